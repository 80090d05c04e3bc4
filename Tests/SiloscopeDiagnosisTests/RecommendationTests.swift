import Foundation
import Testing
import SiloscopeGraph
import SiloscopeSimulation
import SiloscopeEconomics
@testable import SiloscopeDiagnosis
@testable import SiloscopeModel

/// A company where the CRM team brokers complaints for two busy owners in different
/// divisions. Under IT its requests to the card team cross the division wall (longer
/// transfers, served after local work); under the CEO every owner is within reach.
/// `idle_a` and `idle_b` are two empty offices directly under the CEO: placing the team
/// under either is the same organization.
func brokerModel(assessment: String = "  structure: {silo_level: 3}\n", candidates: String = "[ceo, it_gmy, marketing_gmy]") -> String {
    """
    siloscope: 1
    organization: {name: "Broker Bank", lifecycle: established}
    units:
      - {id: ceo, name: Genel Müdür, kind: executive}
      - {id: marketing_gmy, name: Pazarlama GMY, kind: executive, parent: ceo}
      - {id: call_center, name: Çağrı Merkezi, kind: contact_center, parent: marketing_gmy, staff: 20, handling_minutes: 6}
      - {id: campaigns, name: Kampanya, kind: marketing, parent: marketing_gmy, staff: 3, handling_minutes: 20}
      - {id: ops_gmy, name: Operasyon GMY, kind: executive, parent: ceo}
      - {id: cards, name: Kart Operasyonları, kind: operations, parent: ops_gmy, staff: 5, handling_minutes: 12, kpis: [{name: SLA, customer_centric: false}]}
      - {id: it_gmy, name: BT GMY, kind: executive, parent: ceo}
      - {id: dev, name: Yazılım, kind: it, parent: it_gmy, staff: 4, handling_minutes: 15}
      - {id: crm, name: CRM Ekibi, kind: crm, parent: it_gmy, staff: 6, handling_minutes: 5}
      - {id: idle_a, name: Ofis A, kind: other, parent: ceo}
      - {id: idle_b, name: Ofis B, kind: other, parent: ceo}
    touchpoints:
      - {id: phone, name: Telefon, channel: phone, unit: call_center}
      - {id: card_desk, name: Kart masası, channel: branch, unit: cards}
    case_types:
      - {id: card_request, name: Kart talebi, kind: request, owner: cards, arrivals: [{touchpoint: card_desk, per_hour: 6}]}
      - {id: card_fee, name: Kart aidatı itirazı, owner: cards, arrivals: [{touchpoint: phone, per_hour: 9}]}
      - {id: offer, name: Kampanya şikayeti, owner: campaigns, arrivals: [{touchpoint: phone, per_hour: 4}]}
    crm:
      unit: crm
      functions: [complaint_management, single_customer_view]
      candidates: \(candidates)
    assessment:
    \(assessment)
    """
}

func load(_ text: String) throws -> LoadedModel {
    try ModelLoader.load(text: text, file: "broker.yaml")
}

func quickOptions(runs: Int = 8, cases: Int = 3_000) -> RecommendationOptions {
    var options = RecommendationOptions()
    options.simulation.runs = runs
    options.simulation.cases = cases
    options.simulation.warmupCases = 300
    options.robustnessSamples = 2
    options.robustnessRuns = 2
    options.robustnessCases = 1_500
    return options
}

func recommend(_ loaded: LoadedModel, _ options: RecommendationOptions) throws -> Recommendation {
    let assessment = Assessment.assess(loaded, questionSet: try AssessmentQuestionSet.bundled())
    return try Recommender.recommend(loaded, assessment: assessment, options: options)
}

@Suite struct RecommendationTests {
    @Test func placementsCloserToTheFrontLineBeatTodaysITPlacement() throws {
        var options = quickOptions()
        options.weights.fit = 0
        options.weights.simulation = 1
        let result = try recommend(try load(brokerModel()), options)
        let today = try #require(result.candidates.first { $0.candidate.isToday })
        #expect(today.candidate.unit == "it_gmy")
        #expect(today.deltaResolutionMinutes.mean == 0 && today.deltaResolutionMinutes.halfWidth == 0)
        // Under IT every complaint crosses four levels to reach the team and four more to
        // the owner; under the CEO or Marketing fewer. Paired against today: clearly better.
        for unit in ["ceo", "marketing_gmy"] {
            let candidate = try #require(result.candidates.first { $0.candidate.unit == unit })
            #expect(candidate.deltaResolutionMinutes.high < 0, "\(unit): \(candidate.deltaResolutionMinutes)")
            #expect(candidate.improvement.low > 0)
        }
        let best = try #require(result.candidates.first)
        #expect(best.candidate.unit != "it_gmy")
        #expect(best.probabilityBestSimulated >= 0.5)
        #expect(result.status != .tooCloseToCall)
        #expect(result.explanation.first?.en.contains(best.candidate.name) == true)
    }

    /// Without a cost per level only reach differs. Under Marketing the team's requests to
    /// the card team (another division) wait behind the card desk's own requests; under
    /// the CEO they carry authority and go first. Priorities move waiting between classes
    /// (the total is conserved when service times are equal), so the effect shows in the
    /// brokered complaints, paid for by the local requests.
    @Test func authorityMovesWaitingFromBrokeredComplaintsToLocalWork() throws {
        var options = SimulationOptions()
        options.runs = 10
        options.cases = 6_000
        options.warmupCases = 500
        options.parameters = ["transfer_minutes_per_level": 0]
        func figures(_ parent: String, authority: Double) throws -> (complaint: Interval, local: Interval) {
            var loaded = try load(brokerModel())
            if let crm = loaded.model.units.firstIndex(where: { $0.id == "crm" }) { loaded.model.units[crm].parent = parent }
            // A busy card team (75 %), where the order of service matters.
            if let cards = loaded.model.units.firstIndex(where: { $0.id == "cards" }) { loaded.model.units[cards].staff = 4 }
            var run = options
            run.parameters["crm_out_of_reach_priority"] = authority
            let report = try SiloSimulator.run(loaded, options: run)
            let complaint = try #require(report.caseTypes.first { $0.id == "card_fee" }?.resolutionMinutes)
            let local = try #require(report.caseTypes.first { $0.id == "card_request" }?.resolutionMinutes)
            return (complaint, local)
        }
        let ceo = try figures("ceo", authority: 1)
        let marketing = try figures("marketing_gmy", authority: 1)
        // Same seed, same arrivals (common random numbers): the means compare directly.
        #expect(ceo.complaint.mean < marketing.complaint.mean - 0.5, "CEO \(ceo.complaint) vs Marketing \(marketing.complaint)")
        #expect(ceo.local.mean > marketing.local.mean)
        // With the authority effect off, placement no longer matters at all here.
        let ceoOff = try figures("ceo", authority: 0)
        let marketingOff = try figures("marketing_gmy", authority: 0)
        #expect(abs(ceoOff.complaint.mean - marketingOff.complaint.mean) < abs(ceo.complaint.mean - marketing.complaint.mean) / 4)
    }

    @Test func identicalPlacementsCannotBeToldApart() throws {
        var options = quickOptions()
        options.weights.fit = 0
        options.weights.simulation = 1
        var text = brokerModel(candidates: "[idle_a, idle_b]")
        text = text.replacingOccurrences(of: "{id: crm, name: CRM Ekibi, kind: crm, parent: it_gmy", with: "{id: crm, name: CRM Ekibi, kind: crm, parent: idle_a")
        let result = try recommend(try load(text), options)
        #expect(result.candidates.count == 2)
        #expect(result.status == .tooCloseToCall || result.status == .cannotRecommendYet)
        #expect(result.candidates[0].resolutionMinutes == result.candidates[1].resolutionMinutes)
        #expect(result.headline.en.contains("cannot"))
    }

    @Test func sameSeedGivesIdenticalJSON() throws {
        let loaded = try load(brokerModel())
        var a = try recommend(loaded, quickOptions(runs: 4, cases: 1_500))
        var b = try recommend(loaded, quickOptions(runs: 4, cases: 1_500))
        a.wallSeconds = 0
        b.wallSeconds = 0
        #expect(try a.json() == b.json())
    }

    @Test func jsonFieldNamesAreStable() throws {
        let result = try recommend(try load(brokerModel()), quickOptions(runs: 3, cases: 1_000))
        let object = try #require(try JSONSerialization.jsonObject(with: result.json()) as? [String: Any])
        for key in ["organization", "crm_unit", "today", "status", "headline", "weights", "runs", "cases_per_run", "seed",
                    "candidates", "explanation", "robustness", "unknowns", "needed", "wall_seconds"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let candidate = try #require((object["candidates"] as? [[String: Any]])?.first)
        for key in ["candidate", "rank", "resolution_minutes", "delta_resolution_minutes", "improvement", "simulation_score",
                    "fit_score", "score", "probability_best", "probability_best_simulated", "fit_reasons"] {
            #expect(candidate[key] != nil, "missing candidates[].\(key)")
        }
    }

    @Test func unansweredDeterminantsAreListedWithTheirEffect() throws {
        let loaded = try load(brokerModel(assessment: "  goal: retention\n"))
        let assessment = Assessment.assess(loaded, questionSet: try AssessmentQuestionSet.bundled())
        let result = try Recommender.recommend(loaded, assessment: assessment, options: quickOptions(runs: 3, cases: 1_000))
        #expect(!result.unknowns.isEmpty)
        for unknown in result.unknowns {
            // Listed only when neither answered nor inferred from the model.
            #expect(assessment.item(answerID: unknown.answerID)?.score == nil, "\(unknown.answerID)")
            #expect(PlacementFit.inputs.contains(unknown.answerID))
            #expect(unknown.couldChangeWinner == (unknown.winnerIfLow != result.candidates[0].candidate.unit
                                                   || unknown.winnerIfHigh != result.candidates[0].candidate.unit))
        }
        // Answering one removes it from the list.
        let answered = try load(brokerModel(assessment: "  goal: retention\n  expectations: {cost_reduction: 2}\n"))
        let again = try recommend(answered, quickOptions(runs: 3, cases: 1_000))
        #expect(!again.unknowns.map(\.answerID).contains("expectations.cost_reduction"))
    }

    @Test func candidateErrors() throws {
        let noCRM = try load(brokerModel().replacingOccurrences(of: "crm:\n  unit: crm\n  functions: [complaint_management, single_customer_view]\n  candidates: [ceo, it_gmy, marketing_gmy]\n", with: ""))
        #expect(throws: RecommendationError.self) { try recommend(noCRM, quickOptions()) }
        do {
            _ = try recommend(noCRM, quickOptions())
        } catch let error as RecommendationError {
            #expect(error.description.contains("no CRM team"))
        }
        // Validation refuses a candidate that is the team itself, with the line.
        let selfCandidate = brokerModel(candidates: "[ceo, crm]")
        let error = #expect(throws: DiagnosticsError.self) { try load(selfCandidate) }
        #expect(error?.errors.first?.path == "crm.candidates")
        #expect(error?.errors.first?.position != nil)
    }

    @Test func defaultCandidatesAreTheChiefExecutiveAndDivisionHeads() throws {
        let loaded = try load(brokerModel(candidates: "[]"))
        let graph = try OrgGraph(loaded.model)
        let (_, candidates) = try PlacementCandidates.resolve(loaded, graph: graph)
        #expect(candidates.map(\.unit) == ["it_gmy", "ceo", "marketing_gmy", "ops_gmy", "idle_a", "idle_b"])
        #expect(candidates.first { $0.unit == "marketing_gmy" }?.function == "contact_center")
        #expect(candidates.first { $0.unit == "ceo" }?.function == "chief_executive")
    }
}

@Suite struct PlacementFitTests {
    @Test func marketingSteersAndITRisksATechnologyProjectAtLowMaturity() {
        let inputs = FitInputs(maturity: ["analytics_segmentation": 1, "data_integration": 2])
        let marketing = PlacementFit.evaluate(function: "marketing", inputs: inputs)
        let it = PlacementFit.evaluate(function: "it", inputs: inputs)
        #expect(marketing.reasons.contains { $0.rule == "business_steers" && $0.article == "001" })
        #expect(it.reasons.contains { $0.rule == "technology_project_risk" && $0.contribution < 0 })
        #expect(marketing.score > it.score)
    }

    @Test func strongITReadinessSupportsAnITHomeAsArticle002Argues() {
        let strong = FitInputs(scores: ["readiness.it.service_automation": 4, "readiness.it.customer_data": 4, "readiness.it.automation_infrastructure": 4],
                               maturity: ["analytics_segmentation": 4, "data_integration": 4])
        let weak = FitInputs(scores: ["readiness.it.service_automation": 0, "readiness.it.customer_data": 1, "readiness.it.automation_infrastructure": 0],
                             maturity: ["analytics_segmentation": 4, "data_integration": 4])
        #expect(PlacementFit.evaluate(function: "it", inputs: strong).score > PlacementFit.evaluate(function: "it", inputs: weak).score)
        #expect(PlacementFit.evaluate(function: "it", inputs: strong).reasons.contains { $0.article == "002" })
    }

    @Test(arguments: [0.0, 2.0, 4.0])
    func siloLevelRaisesTheChiefExecutivesFit(_ silo: Double) {
        let low = PlacementFit.evaluate(function: "chief_executive", inputs: FitInputs(scores: ["structure.silo_level": 0])).score
        let this = PlacementFit.evaluate(function: "chief_executive", inputs: FitInputs(scores: ["structure.silo_level": silo])).score
        #expect(this >= low)
        #expect((-1...1).contains(this))
    }

    @Test func unknownInputsAddNoReason() {
        let result = PlacementFit.evaluate(function: "it", inputs: FitInputs())
        #expect(result.reasons.isEmpty)
        #expect(result.score == 0)
    }
}

/// Placements priced in money: the saving against today and the probability of saving the most.
@Suite struct RecommendationMoneyTests {
    static let economics = """

    economics:
      currency: EUR
      staff_cost_per_hour: {value: 40, low: 30, high: 55}
      contact_cost: {phone: 1, branch: 2}
      customer:
        margin_per_year: {value: 300, low: 200, high: 450}
        remaining_years: 4
        churn_uplift: {high_effort: {value: 0.05, low: 0.02, high: 0.1}, unresolved: 0.1}
    """

    @Test func everyPlacementIsPricedAgainstToday() throws {
        let result = try recommend(try load(brokerModel() + Self.economics), quickOptions())
        #expect(result.currency == "EUR")
        let today = try #require(result.candidates.first { $0.candidate.isToday })
        #expect(today.annualSaving == Spread(p10: 0, p50: 0, p90: 0, mean: 0), "today saves exactly nothing against itself")
        let shares = result.candidates.compactMap(\.probabilityBestSaving)
        #expect(shares.count == result.candidates.count)
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        let ordered = result.byAnnualSaving.map { $0.annualSaving!.mean }
        #expect(ordered == ordered.sorted(by: >))
        // Moving the broker closer to the front line saves staff time: someone saves money.
        #expect(result.byAnnualSaving.first!.annualSaving!.mean > 0)
        #expect(result.table(language: .en).contains("BY EXPECTED ANNUAL SAVING"))
    }

    @Test func withoutEconomicsThereIsNoMoneyButAHint() throws {
        let result = try recommend(try load(brokerModel()), quickOptions(runs: 3, cases: 1_000))
        #expect(result.currency == nil)
        #expect(result.candidates.allSatisfy { $0.annualSaving == nil })
        #expect(result.table(language: .en).contains("no money shown: add an economics section"))
    }
}
