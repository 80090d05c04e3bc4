import Foundation
import SiloscopeTestSupport
import Testing

/// `siloscope cost` end to end: the built binary on the bundled bank and on a model
/// without an economics section.
@Suite("siloscope cost, end to end")
struct CostCommandTests {
    static func path(_ relative: String) -> String { SiloscopeBinary.root.appendingPathComponent(relative).path }

    @Test("The bank's business case in JSON has the documented shape, in lira, with every scenario")
    func bankJSON() throws {
        let run = try SiloscopeBinary.run(["cost", Self.path("org-models/bank.yaml"),
                                           "--scenario", Self.path("scenarios/bank-merge-reporting-teams.yaml"),
                                           "--runs", "3", "--cases", "2000", "--draws", "2000", "--format", "json"])
        #expect(run.status == 0, "\(run.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(json["currency"] as? String == "TRY")
        #expect(json["generic"] as? Bool == false)
        let today = try #require(json["today"] as? [String: Any])
        let categories = try #require(today["by_category"] as? [String: Any])
        #expect(Set(categories.keys) == ["handling_and_transfers", "waiting_and_rework", "customers_lost",
                                         "irrelevant_contacts", "duplicate_reporting"])
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        #expect(scenarios.first?["id"] as? String == "bank-merge-reporting-teams")
        // One reporting team instead of seven: the duplicate reporting hours are saved (the
        // staff-time part of the saving is noisy at 3 short runs, so the median, not P10).
        let saving = try #require(scenarios.first?["annual_saving"] as? [String: Any])
        #expect((saving["p50"] as? Double ?? 0) > 0, "\(saving)")
    }

    @Test("Turkish money is written 1.234.567 ₺ and the generic figures say so")
    func turkishAndGeneric() throws {
        let run = try SiloscopeBinary.run(["cost", Self.path("org-models/salon.yaml"), "--economics", "defaults",
                                           "--runs", "2", "--cases", "1000", "--draws", "500", "--lang", "tr"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("GENEL rakamlar"))
        #expect(run.out.contains(" €"))
        #expect(run.out.range(of: #"\d{1,3}(\.\d{3})+ €"#, options: .regularExpression) != nil, "\(run.out)")
    }

    @Test("A model without an economics section is refused with the way to add one")
    func noEconomics() throws {
        let dir = try SiloscopeBinary.temporaryDirectory()
        let model = dir.appendingPathComponent("plain.yaml")
        try "siloscope: 1\norganization: {name: P}\nunits:\n  - {id: ceo, kind: executive}\n".write(to: model, atomically: true, encoding: .utf8)
        let run = try SiloscopeBinary.run(["cost", model.path])
        #expect(run.status == 1)
        #expect(run.err.contains("no economics section") && run.err.contains("--economics defaults"), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test("compare shows the annual saving, or one line saying how to add money")
    func compareMoneyRow() throws {
        let run = try SiloscopeBinary.run(["compare", Self.path("org-models/bank.yaml"),
                                           "--scenario", Self.path("scenarios/bank-merge-reporting-teams.yaml"),
                                           "--runs", "2", "--cases", "1000", "--draws", "500"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Annual saving (P50, P10–P90)") && run.out.contains("₺"))
        let off = try SiloscopeBinary.run(["compare", Self.path("org-models/bank.yaml"),
                                           "--scenario", Self.path("scenarios/bank-merge-reporting-teams.yaml"),
                                           "--runs", "2", "--cases", "1000", "--economics", "off"])
        #expect(off.status == 0)
        #expect(!off.out.contains("Annual saving") && off.out.contains("no money shown"))
    }
}
