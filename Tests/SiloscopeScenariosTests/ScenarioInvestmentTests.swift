import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// A scenario's optional `investment:` section (issue 15): read with the economics checks.
@Suite struct ScenarioInvestmentTests {
    static let head = "siloscope_scenario: 1\nname: x\nchanges: []\n"

    @Test func readsEveryField() throws {
        let text = Self.head + "investment:\n  capex: {value: 2500000, low: 2000000, high: 4000000, source: vendor quote}\n"
            + "  opex_per_year: 300000\n  ramp_up_months: 6\n  realisation: {value: 0.7, low: 0.5, high: 0.9}\n"
        let scenario = try ScenarioLoader.load(text: text, file: "s.yaml")
        let investment = try #require(scenario.investment)
        #expect(investment.capex == EconomicFigure(2_500_000, low: 2_000_000, high: 4_000_000, source: "vendor quote"))
        #expect(investment.opexPerYear?.value == 300_000 && investment.rampUpMonths?.value == 6)
        #expect(investment.realisation?.low == 0.5)
        #expect(try ScenarioLoader.load(text: Self.head, file: "s.yaml").investment == nil)
    }

    @Test(arguments: [
        ("  capex: -1\n", "investment.capex", "0 or more"),
        ("  realisation: 1.4\n", "investment.realisation", "between 0 and 1"),
        ("  opex_per_year: {value: 5, low: 6, high: 2}\n", "investment.opex_per_year.low", "above high"),
        ("  capx: 3\n", "investment.capx", "capex"),
    ])
    func badInvestmentIsAnErrorAtItsLine(_ body: String, _ path: String, _ fragment: String) throws {
        do {
            _ = try ScenarioLoader.load(text: Self.head + "investment:\n" + body, file: "s.yaml")
            Issue.record("expected an error for \(body)")
        } catch {
            let found = try #require(error.errors.first { $0.message.contains(fragment) }, "\(error.errors)")
            #expect(found.path == path)
            #expect(found.description.hasPrefix("s.yaml:5:"), "\(found)")
        }
    }
}
