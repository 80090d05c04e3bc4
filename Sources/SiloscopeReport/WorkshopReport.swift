import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation

/// Everything a workshop report shows, computed once and rendered in any language:
/// today's simulation, the assessment, the recommendation, and each scenario against
/// today.
///
/// ```swift
/// let loaded = try ModelLoader.load(path: "org-models/bank.yaml")
/// let scenario = try ScenarioLoader.load(path: "scenarios/bank-crm-under-ceo.yaml")
/// let report = try WorkshopReport.build(loaded, scenarios: [scenario])
/// let html = try report.html(language: .tr)
/// ```
public struct WorkshopReport: Sendable {
    /// The model file, as the user named it.
    public var modelFile: String
    /// Today's organization.
    public var model: OrgModel
    /// The options used.
    public var options: ReportOptions
    /// Today's simulation.
    public var simulation: SimulationReport
    /// The assessment: maturity, readiness, lifecycle focus, determinants.
    public var assessment: AssessmentReport
    /// Where the CRM team should sit; `nil` when no recommendation could be made (see
    /// ``recommendationProblem``).
    public var recommendation: Recommendation?
    /// Why there is no recommendation (no CRM team, too few candidates, a placement that
    /// cannot be simulated).
    public var recommendationProblem: String?
    /// Each scenario against today, in the order given.
    public var scenarios: [ScenarioOutcome]
    /// The business case in money, when the model has an economics section.
    public var businessCase: BusinessCaseReport?
    /// Wall-clock seconds spent computing (not rendering).
    public var computeSeconds: Double

    /// Simulates, assesses, recommends and compares.
    ///
    /// Today's organization, each placement of the CRM team and each scenario are
    /// simulated with the same seed, runs and cases (common random numbers), so their
    /// differences are paired.
    ///
    /// - Parameters:
    ///   - loaded: The validated model.
    ///   - scenarios: Scenarios to compare with today; each must name this model as its
    ///     base (or none).
    ///   - options: Runs, cases, seed, cover date.
    /// - Returns: The report's data; render it with ``html(language:)``.
    /// - Throws: ``ReportError`` when today's organization or a scenario cannot be
    ///   simulated or a scenario does not apply. A recommendation that cannot be made is
    ///   not an error: the report says why.
    public static func build(_ loaded: LoadedModel, scenarios: [Scenario] = [],
                             options: ReportOptions = ReportOptions()) throws(ReportError) -> WorkshopReport {
        let started = ContinuousClock.now
        try options.validate()
        let file = loaded.sources.file
        // Scenarios first: a scenario that does not apply fails before minutes of simulating.
        var applied: [AppliedScenario] = []
        for scenario in scenarios {
            do {
                applied.append(try scenario.apply(to: loaded))
            } catch {
                throw .scenario(file: scenario.file, error)
            }
        }
        let simulation: SimulationReport
        do {
            simulation = try SiloSimulator.run(loaded, options: options.simulation)
        } catch {
            throw .simulation(file: file, error)
        }
        let outcomes = try ScenarioOutcome.compute(applied, base: loaded, today: simulation, options: options.simulation)
        let questions: AssessmentQuestionSet
        do { questions = try AssessmentQuestionSet.bundled() } catch { throw .questionSet(error) }
        let assessment = Assessment.assess(loaded, questionSet: questions)
        var recommendation: Recommendation?
        var problem: String?
        do {
            recommendation = try Recommender.recommend(loaded, assessment: assessment, options: options.recommendation)
        } catch {
            problem = error.description
        }
        // Money from the simulations already run: today and each scenario, paired.
        var taken: [String] = []
        let priced = outcomes.map { outcome in
            let id = Comparison.scenarioID(outcome.applied.scenario.file, taken: taken)
            taken.append(id)
            return PricedScenario(id: id, name: outcome.name, report: outcome.simulation, investment: outcome.applied.scenario.investment)
        }
        let businessCase = loaded.model.economics.map { economics in
            BusinessCase.price(organization: loaded.model.organization.name, economics: economics, generic: false,
                               today: simulation, scenarios: priced, options: PricingOptions(seed: options.simulation.seed))
        }
        return WorkshopReport(
            modelFile: file, model: loaded.model, options: options, simulation: simulation, assessment: assessment,
            recommendation: recommendation, recommendationProblem: problem, scenarios: outcomes,
            businessCase: businessCase, computeSeconds: (ContinuousClock.now - started).seconds)
    }

    /// The report as one self-contained HTML page.
    ///
    /// Renders the diagrams through Graphviz (in-process) and writes the page: inline CSS
    /// and SVG, no script, no external resource, a Content-Security-Policy that forbids
    /// every fetch.
    ///
    /// - Parameter language: English or Turkish.
    /// - Returns: The page.
    /// - Throws: ``ReportError/rendering(diagram:_:)`` when a diagram cannot be drawn.
    public func html(language: Language) throws(ReportError) -> String {
        try ReportPage(report: self, language: language).render()
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
