import Testing
@testable import SiloscopeModel

/// The `economics:` section: loading, its checks at `file:line:column`, and round trip.
@Suite struct EconomicsSectionTests {
    static let header = "siloscope: 1\norganization: {name: T}\nunits:\n  - {id: ceo, kind: executive}\n  - {id: cc, parent: ceo}\n"

    func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try ModelLoader.load(text: text, file: "m.yaml")
            return []
        } catch {
            return error.errors
        }
    }

    static let full = header + """
    economics:
      currency: TRY
      staff_cost_per_hour: {value: 450, low: 380, high: 560, source: "TÜİK 2023, estimate"}
      unit_cost_per_hour: {cc: 300}
      contact_cost: {phone: {value: 12, low: 8, high: 20}, web: 1.5}
      customer:
        margin_per_year: 4200
        remaining_years: {value: 6, low: 4, high: 9}
        churn_uplift: {high_effort: {value: 0.12, low: 0.05, high: 0.2}, unresolved: 0.3}
      irrelevant_contact: {cost: 0.4, opt_out: 0.01, permission_value: 35, waves_per_year: {value: 4, low: 2, high: 6}}
      reporting_hours_per_month: 1200
      discount_rate: 0.35
      horizon_years: 3
      hours_per_year: 3000

    """

    @Test func loadsEveryField() throws {
        let economics = try #require(try ModelLoader.load(text: Self.full, file: "m.yaml").model.economics)
        #expect(economics.currency == "TRY")
        #expect(economics.staffCostPerHour == EconomicFigure(450, low: 380, high: 560, source: "TÜİK 2023, estimate"))
        #expect(economics.unitCostPerHour["cc"] == EconomicFigure(300))
        #expect(economics.contactCost["phone"]?.high == 20 && economics.contactCost["web"]?.value == 1.5)
        #expect(economics.customer?.churnUpliftHighEffort?.low == 0.05)
        #expect(economics.customer?.churnUpliftUnresolved?.value == 0.3)
        #expect(economics.irrelevantContact?.permissionValue?.value == 35)
        #expect(economics.reportingHoursPerMonth?.value == 1200)
        #expect(economics.discountRate?.value == 0.35 && economics.horizonYears?.value == 3)
        #expect(economics.irrelevantContact?.wavesPerYear == EconomicFigure(4, low: 2, high: 6))
        #expect(economics.hoursPerYear?.value == 3000)
    }

    @Test func absentSectionIsNil() throws {
        #expect(try ModelLoader.load(text: Self.header, file: "m.yaml").model.economics == nil)
    }

    @Test func roundTripsThroughTheWriter() throws {
        let model = try ModelLoader.load(text: Self.full, file: "m.yaml").model
        let again = try ModelLoader.load(text: model.yamlText(), file: "w.yaml").model
        #expect(again == model)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let line: Int
        let path: String
        let fragment: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown currency", body: "economics:\n  currency: TRL\n", line: 7, path: "economics.currency", fragment: "unknown currency code 'TRL'"),
        Case(name: "missing currency", body: "economics:\n  staff_cost_per_hour: 10\n", line: 7, path: "economics.currency", fragment: "missing required field 'currency'"),
        Case(name: "negative money", body: "economics:\n  currency: EUR\n  staff_cost_per_hour: -5\n", line: 8, path: "economics.staff_cost_per_hour", fragment: "0 or more"),
        Case(name: "non-finite money", body: "economics:\n  currency: EUR\n  contact_cost: {phone: .inf}\n", line: 8, path: "economics.contact_cost.phone", fragment: "finite"),
        Case(name: "low above high", body: "economics:\n  currency: EUR\n  staff_cost_per_hour: {value: 5, low: 9, high: 3}\n", line: 8, path: "economics.staff_cost_per_hour.low", fragment: "low 9.0 is above high 3.0"),
        Case(name: "value outside range", body: "economics:\n  currency: EUR\n  staff_cost_per_hour: {value: 50, low: 1, high: 3}\n", line: 8, path: "economics.staff_cost_per_hour.value", fragment: "above high"),
        Case(name: "probability over one", body: "economics:\n  currency: EUR\n  customer:\n    churn_uplift: {unresolved: 1.2}\n", line: 9, path: "economics.customer.churn_uplift.unresolved", fragment: "between 0 and 1"),
        Case(name: "probability range over one", body: "economics:\n  currency: EUR\n  irrelevant_contact: {opt_out: {value: 0.5, high: 1.5}}\n", line: 8, path: "economics.irrelevant_contact.opt_out.high", fragment: "between 0 and 1"),
        Case(name: "unknown unit", body: "economics:\n  currency: EUR\n  unit_cost_per_hour: {c: 10}\n", line: 8, path: "economics.unit_cost_per_hour.c", fragment: "unknown unit 'c' (did you mean 'cc'?)"),
        Case(name: "unknown channel", body: "economics:\n  currency: EUR\n  contact_cost: {phon: 10}\n", line: 8, path: "economics.contact_cost.phon", fragment: "unknown touchpoint channel 'phon' (did you mean 'phone'?)"),
        Case(name: "unknown field", body: "economics:\n  currency: EUR\n  horizon: 3\n", line: 8, path: "economics.horizon", fragment: "horizon"),
        Case(name: "more hours than a year has", body: "economics:\n  currency: EUR\n  hours_per_year: 9000\n", line: 8, path: "economics.hours_per_year", fragment: "8784"),
        Case(name: "negative waves", body: "economics:\n  currency: EUR\n  irrelevant_contact: {waves_per_year: -1}\n", line: 8, path: "economics.irrelevant_contact.waves_per_year", fragment: "0 or more"),
        Case(name: "zero horizon", body: "economics:\n  currency: EUR\n  horizon_years: 0\n", line: 8, path: "economics.horizon_years", fragment: "greater than 0"),
    ]

    @Test(arguments: cases)
    func reportsAtLineAndField(_ c: Case) throws {
        let found = errors(Self.header + c.body)
        let match = found.first { $0.message.contains(c.fragment) }
        let diagnostic = try #require(match, "no error containing \(c.fragment) in \(found)")
        #expect(diagnostic.position?.line == c.line, "\(diagnostic)")
        #expect(diagnostic.path == c.path, "\(diagnostic)")
        #expect(diagnostic.description.hasPrefix("m.yaml:\(c.line):"))
    }
}
