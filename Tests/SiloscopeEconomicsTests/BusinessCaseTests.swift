import Foundation
@testable import SiloscopeEconomics
import SiloscopeEngine
import SiloscopeModel
import SiloscopeSimulation
import SiloscopeTestSupport
import Testing

/// The pricing pass against figures computed by hand, and its invariances.
@Suite struct BusinessCaseTests {
    /// A front unit that triages every case (fixed 10 min × triage 0.5 = 5 staff minutes)
    /// and hands it along a declared handoff that keeps the context to the owner (fixed
    /// 20 min); routing accuracy 1, no systems (no stale data), two reporting teams
    /// publishing one KPI. Every quantity is exact: 2 cases an hour, 8,760 hours.
    static func handModel(staffCost: String = "{value: 100, low: 80, high: 120, source: test}",
                          arrivalsAt unit: String = "front", reporters: String = "[rep_a, rep_b]") -> String {
        """
        siloscope: 1
        organization: {name: Hand}
        units:
          - {id: ceo, kind: executive, handling_minutes: 30, handling_distribution: fixed}
          - {id: front, kind: contact_center, parent: ceo, staff: 5, handling_minutes: 10, handling_distribution: fixed}
          - {id: owner, kind: operations, parent: ceo, staff: 5, handling_minutes: 20, handling_distribution: fixed}
          - {id: rep_a, kind: reporting, parent: ceo, staff: 2}
          - {id: rep_b, kind: reporting, parent: ceo, staff: 2}
        handoffs:
          - {from: front, to: owner, context_kept: 1, transfer_minutes: 10}
        touchpoints:
          - {id: tel, channel: phone, unit: \(unit)}
        case_types:
          - {id: c, owner: owner, arrivals: [{touchpoint: tel, per_hour: 2}]}
        reporting:
          - {id: k, produced_by: \(reporters)}
        simulation:
          mode: structural
          parameters: {declared_routing_accuracy: 1}
        economics:
          currency: EUR
          staff_cost_per_hour: \(staffCost)
          contact_cost: {phone: 3}
          reporting_hours_per_month: 100
        """
    }

    static func options(threads: Int? = nil, runs: Int = 4, cases: Int = 2_000) -> SimulationOptions {
        var options = SimulationOptions()
        options.runs = runs
        options.cases = cases
        options.warmupCases = 200
        options.seed = 20_261_204
        options.threads = threads
        return options
    }

    static func price(_ loaded: LoadedModel, economics: Economics? = nil, scenarios: [PricedScenario] = [],
                      simulation: SimulationOptions = options(), draws: Int = 4_000) throws -> BusinessCaseReport {
        let report = try SiloSimulator.run(loaded, options: simulation)
        return BusinessCase.price(organization: loaded.model.organization.name, economics: economics ?? loaded.model.economics!,
                                  generic: false, today: report, scenarios: scenarios,
                                  options: PricingOptions(draws: draws, seed: 7))
    }

    @Test func handComputedModelCostsWhatArithmeticSays() throws {
        let loaded = try ModelLoader.load(text: Self.handModel(), file: "hand.yaml")
        let report = try Self.price(loaded)
        // Handling: 5 extra staff minutes per case × 2 cases/h × 8,760 h / 60 × 100 EUR/h.
        let handling = 5.0 * 2 * 8_760 / 60 * 100
        // Reporting: 100 h/month × 12 × half of the KPI versions duplicate × 100 EUR/h.
        let reporting = 100.0 * 12 * 0.5 * 100
        let byCategory = report.today.byCategory
        #expect(abs(byCategory["handling_and_transfers"]!.p50 / handling - 1) < 0.01, "\(byCategory)")
        #expect(abs(byCategory["duplicate_reporting"]!.p50 / reporting - 1) < 0.01, "\(byCategory)")
        #expect(abs(report.today.annualSiloCost.p50 / (handling + reporting) - 1) < 0.01)
        // Same contacts in both worlds, no reopens, no high effort (one handoff, context kept).
        #expect(byCategory["waiting_and_rework"]!.p90 == 0)
        #expect(byCategory["customers_lost"] == nil)
        #expect(report.today.quantities.cases == 2 * 8_760)
        // The staff cost's range is the only uncertainty: P10 and P90 straddle P50.
        #expect(report.today.annualSiloCost.p10 < report.today.annualSiloCost.p50)
        #expect(report.today.annualSiloCost.p90 > report.today.annualSiloCost.p50)
        #expect(report.today.spreadSources.parameters > 0.99)
    }

    @Test func aModelWithoutFrictionCostsNoSiloMoney() throws {
        // Cases arrive at their owner; one team publishes the KPI.
        let loaded = try ModelLoader.load(text: Self.handModel(arrivalsAt: "owner", reporters: "[rep_a]"), file: "flat.yaml")
        let report = try Self.price(loaded)
        #expect(report.today.annualSiloCost.p10 == 0 && report.today.annualSiloCost.p90 == 0, "\(report.today)")
        for (name, spread) in report.today.byCategory { #expect(spread.p10 == 0 && spread.p90 == 0, "\(name)") }
    }

    @Test func doublingOneFigureDoublesItsCategoryAndNothingElse() throws {
        let loaded = try ModelLoader.load(path: SiloscopeBinary.root.appendingPathComponent("org-models/bank.yaml").path)
        let report = try SiloSimulator.run(loaded, options: Self.options(runs: 3, cases: 3_000))
        let economics = loaded.model.economics!
        var doubled = economics
        let margin = economics.customer!.marginPerYear!
        doubled.customer!.marginPerYear = EconomicFigure(margin.value * 2, low: margin.low.map { $0 * 2 },
                                                         high: margin.high.map { $0 * 2 })
        func price(_ e: Economics) -> BusinessCaseReport {
            BusinessCase.price(organization: "bank", economics: e, generic: false, today: report, scenarios: [],
                               options: PricingOptions(draws: 3_000, seed: 11))
        }
        let base = price(economics), twice = price(doubled)
        let lost = CostCategory.customersLost.rawValue
        for (name, spread) in base.today.byCategory {
            let other = twice.today.byCategory[name]!
            let factor = name == lost ? 2.0 : 1.0
            for (a, b) in [(spread.p10, other.p10), (spread.p50, other.p50), (spread.p90, other.p90), (spread.mean, other.mean)] {
                #expect(abs(b - factor * a) <= 1e-9 * max(1, abs(a)), "\(name): \(a) → \(b)")
            }
        }
        #expect(base.today.byCategory[lost]!.p50 > 0)
    }

    @Test func theSameSeedGivesTheSameMoneyWhateverTheThreadCount() throws {
        let loaded = try ModelLoader.load(path: SiloscopeBinary.root.appendingPathComponent("org-models/gsm.yaml").path)
        var one = try Self.price(loaded, simulation: Self.options(threads: 1, runs: 4), draws: 2_000)
        var two = try Self.price(loaded, simulation: Self.options(threads: 2, runs: 4), draws: 2_000)
        one.wallSeconds = 0
        two.wallSeconds = 0
        #expect(one == two)
        #expect(one.today.annualSiloCost.p50 > 0)
    }

    @Test func aScenarioThatChangesNothingSavesExactlyNothing() throws {
        let loaded = try ModelLoader.load(text: Self.handModel(), file: "hand.yaml")
        let simulation = Self.options()
        let today = try SiloSimulator.run(loaded, options: simulation)
        let control = PricedScenario(id: "control", name: "control", report: try SiloSimulator.run(loaded, options: simulation),
                                     investment: Investment(capex: EconomicFigure(1_000)))
        let report = BusinessCase.price(organization: "hand", economics: loaded.model.economics!, generic: false,
                                        today: today, scenarios: [control], options: PricingOptions(draws: 500, seed: 3))
        let saving = report.scenarios[0].annualSaving
        #expect(saving.p10 == 0 && saving.p90 == 0)
        #expect(report.scenarios[0].paybackMonths.p50 == .infinity)
        #expect(report.scenarios[0].probabilityPaybackWithin["24"] == 0)
        #expect(abs(report.scenarios[0].npv.p50 + 1_000) < 1e-9)
    }

    @Test func todaysMoneyDoesNotMoveWhenAScenarioIsPricedBesideIt() throws {
        let loaded = try ModelLoader.load(text: Self.handModel(), file: "hand.yaml")
        let today = try SiloSimulator.run(loaded, options: Self.options())
        func price(_ scenarios: [PricedScenario]) -> BusinessCaseReport {
            BusinessCase.price(organization: "hand", economics: loaded.model.economics!, generic: false,
                               today: today, scenarios: scenarios, options: PricingOptions(draws: 1_000, seed: 9))
        }
        let alone = price([])
        let beside = price([PricedScenario(id: "s", name: "s", report: today,
                                           investment: Investment(capex: EconomicFigure(5, low: 1, high: 9)))])
        #expect(alone.today == beside.today)
    }

    @Test func missingFiguresAreReportedNotPricedAsZero() throws {
        let loaded = try ModelLoader.load(path: SiloscopeBinary.root.appendingPathComponent("org-models/bank.yaml").path)
        var economics = loaded.model.economics!
        economics.customer = nil
        let report = try Self.price(loaded, economics: economics, simulation: Self.options(runs: 2, cases: 1_000), draws: 200)
        #expect(report.today.byCategory[CostCategory.customersLost.rawValue] == nil)
        #expect(report.notPriced.contains { $0.hasPrefix("customers_lost") }, "\(report.notPriced)")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let loaded = try ModelLoader.load(text: Self.handModel(), file: "hand.yaml")
        let today = try SiloSimulator.run(loaded, options: Self.options())
        let scenario = PricedScenario(id: "s", name: "s", report: today, investment: nil)
        let report = BusinessCase.price(organization: "hand", economics: loaded.model.economics!, generic: false,
                                        today: today, scenarios: [scenario], options: PricingOptions(draws: 100))
        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(json["currency"] as? String == "EUR")
        let todayJSON = try #require(json["today"] as? [String: Any])
        let silo = try #require(todayJSON["annual_silo_cost"] as? [String: Any])
        #expect(Set(silo.keys).isSuperset(of: ["p10", "p50", "p90", "mean"]))
        #expect(todayJSON["by_category"] is [String: Any])
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        #expect(Set(scenarios[0].keys).isSuperset(of: ["id", "annual_saving", "payback_months", "npv", "probability_payback_within"]))
        let within = try #require(scenarios[0]["probability_payback_within"] as? [String: Any])
        #expect(Set(within.keys) == ["12", "24"])
        #expect(json["tornado"] is [[String: Any]])
    }
}

/// Cash flows, percentiles and draws against hand arithmetic.
@Suite struct PricingArithmeticTests {
    @Test func paybackAndNPVByHand() {
        // 120 a year is 10 a month: a capex of 100 pays back in 10 months.
        let flat = Cashflow(saving: 120, capex: 100, opex: 0, rampMonths: 0, discountRate: 0, horizonYears: 1)
        #expect(abs(flat.paybackMonths(limit: 600) - 10) < 1e-9)
        #expect(abs(flat.npv - 20) < 1e-9)
        // Ramp over 6 months: 10/6, 20/6, … 60/6 = 35 by month 6, then 10 a month: 6.5 more.
        let ramp = Cashflow(saving: 120, capex: 100, opex: 0, rampMonths: 6, discountRate: 0, horizonYears: 1)
        #expect(abs(ramp.paybackMonths(limit: 600) - 12.5) < 1e-9)
        // Running costs above the saving: never.
        let losing = Cashflow(saving: 120, capex: 100, opex: 240, rampMonths: 0, discountRate: 0, horizonYears: 1)
        #expect(losing.paybackMonths(limit: 600) == .infinity)
        // Discounting: 12 payments of 10 at 12.68 % a year (1 % a month).
        let discounted = Cashflow(saving: 120, capex: 0, opex: 0, rampMonths: 0, discountRate: pow(1.01, 12) - 1, horizonYears: 1)
        let annuity = (1 - pow(1.01, -12)) / 0.01 * 10
        #expect(abs(discounted.npv - annuity) < 1e-9)
    }

    @Test func percentilesTreatNeverAsTheLargest() {
        let spread = Spread([1, 2, 3, 4, .infinity, .infinity, .infinity, .infinity, .infinity, .infinity, .infinity])
        #expect(spread.p10 == 2)
        #expect(spread.p50 == .infinity)
        let data = try? JSONEncoder().encode(spread)
        #expect(data.map { String(decoding: $0, as: UTF8.self).contains("null") } == true)
    }

    @Test func pertDrawsStayInRangeWithTheRightMean() {
        let parameter = PriceParameter(name: "x", EconomicFigure(2, low: 1, high: 6))
        let draw = PERTDraw(parameter)
        var random = Xoshiro256StarStar(seed: 5)
        var sum = 0.0
        let n = 200_000
        for _ in 0..<n {
            let x = draw.draw(&random)
            #expect(x >= 1 && x <= 6)
            sum += x
        }
        // PERT mean (1 + 4·2 + 6) / 6 = 2.5; standard error ≈ 0.9 / √n ≈ 0.002.
        #expect(abs(sum / Double(n) - 2.5) < 0.01)
    }

    @Test func moneyIsWrittenTheWayEachLanguageWritesIt() {
        #expect(MoneyFormat(currency: "TRY", language: .tr).format(1_234_567) == "1.234.567 ₺")
        #expect(MoneyFormat(currency: "TRY", language: .en).format(1_234_567) == "₺1,234,567")
        #expect(MoneyFormat(currency: "CHF", language: .en).format(-1_500) == "−CHF 1,500")
        #expect(MoneyFormat(currency: "EUR", language: .tr).format(999) == "999 €")
        #expect(MoneyFormat(currency: "TRY", language: .en).compact(70_050_359) == "₺70.1M")
        #expect(MoneyFormat(currency: "TRY", language: .tr).compact(-737_256) == "−737 B ₺")
        #expect(MoneyFormat(currency: "USD", language: .en).compact(2_000_000_000) == "$2B")
    }
}
