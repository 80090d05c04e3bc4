import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// Every scenario shipped in `scenarios/` loads, applies to its own base model and gives
/// a valid model, and does what its comment says.
@Suite struct ShippedScenarioTests {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `scenarios/*.yaml`, relative to the root.
    static func shippedFiles() -> [String] {
        let directory = root.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/\($0)" }
    }

    /// Loads and applies a shipped scenario to the base it names.
    static func apply(_ file: String) throws -> AppliedScenario {
        let scenario = try ScenarioLoader.load(path: root.appendingPathComponent(file).path)
        return try scenario.apply(to: ScenarioLoader.loadBase(of: scenario))
    }

    @Test func atLeastSixBankScenariosAndSomeOnOtherExamples() {
        let files = Self.shippedFiles()
        #expect(files.filter { $0.hasPrefix("scenarios/bank-") }.count >= 6)
        #expect(files.contains { !$0.hasPrefix("scenarios/bank-") })
        for required in ["bank-crm-under-marketing", "bank-crm-under-ceo", "bank-crm-under-it", "bank-single-customer-record",
                         "bank-merge-reporting-teams", "bank-customer-centric-kpis"] {
            #expect(files.contains("scenarios/\(required).yaml"), "missing \(required)")
        }
    }

    @Test(arguments: shippedFiles())
    func appliesToItsBaseAndValidates(file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        #expect(text.hasPrefix("# What it tests:"), "\(file) starts with a comment on what it tests")
        let baseText = try Self.baseText(of: file)
        let applied = try Self.apply(file)
        let findings = applied.model.validate(sources: ModelSourceMap(file: file))
        #expect(!findings.hasErrors, "\(findings)")
        #expect(applied.warnings.isEmpty, "\(applied.warnings)")
        #expect(applied.records.count == applied.scenario.changes.count)
        #expect(!applied.scenario.description.isNilOrEmpty)
        #expect(try Self.baseText(of: file) == baseText, "the base model file is never modified")
    }

    private static func baseText(of file: String) throws -> Data {
        let scenario = try ScenarioLoader.load(path: root.appendingPathComponent(file).path)
        let path = try #require(scenario.resolvedBasePath)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func crmPlacements() throws {
        #expect(try Self.apply("scenarios/bank-crm-under-marketing.yaml").model.unit("crm_ekibi")?.parent == "gmy_pazarlama")
        #expect(try Self.apply("scenarios/bank-crm-under-ceo.yaml").model.unit("crm_ekibi")?.parent == "genel_mudur")
        let control = try Self.apply("scenarios/bank-crm-under-it.yaml")
        #expect(control.model.unit("crm_ekibi")?.parent == "gmy_bt")
        #expect(control.diff.isEmpty, "today's placement: a no-move control")
        #expect(try Self.apply("scenarios/gsm-crm-under-ceo.yaml").model.unit("crm_ekibi")?.parent == "ceo")
    }

    @Test func singleCustomerRecord() throws {
        let applied = try Self.apply("scenarios/bank-single-customer-record.yaml")
        #expect(applied.model.touchpoints.allSatisfy { $0.reads == ["mova"] })
        #expect(applied.model.campaigns.allSatisfy { $0.system == "mova" })
        let mova = try #require(applied.model.system("mova"))
        #expect(mova.role == .sourceOfTruth)
        #expect(mova.holds.contains("tax_payments"), "MTV suppression data is in the record")
        #expect(applied.model.system("kart_adres") == nil)
    }

    @Test func reportingTeamsMerged() throws {
        let applied = try Self.apply("scenarios/bank-merge-reporting-teams.yaml")
        let merged = try #require(applied.model.unit("merkezi_raporlama"))
        #expect(merged.staff == 36)
        #expect(!applied.model.units.contains { $0.kind == .reporting && $0.id != "merkezi_raporlama" })
        #expect(applied.diff.mergedInto.count == 7)
        let producers = { (model: OrgModel) in model.reporting.reduce(0) { $0 + $1.producedBy.count } }
        #expect(producers(applied.model) < producers(applied.base), "fewer producers, fewer truths")
    }

    @Test func customerCentricFrontLine() throws {
        let applied = try Self.apply("scenarios/bank-customer-centric-kpis.yaml")
        for id in ["cagri_merkezi", "bolge_istanbul_avrupa", "bolge_ege", "dijital_bankacilik", "marka_iletisim"] {
            let unit = try #require(applied.model.unit(id))
            #expect(unit.kpis.filter(\.customerCentric).count >= unit.kpis.count / 2 + 1, "\(id)")
        }
        #expect(applied.diff.movedUnits.isEmpty)
    }

    @Test func dataTeamEmbedded() throws {
        let applied = try Self.apply("scenarios/ecommerce-data-team-embedded.yaml")
        let model = applied.model
        #expect(model.unit("veri_bilimi") == nil)
        #expect(model.unit("veri_bilimi_oneri")?.parent == "cto")
        #expect(model.unit("veri_bilimi_pazarlama")?.parent == "cmo")
        #expect(model.unit("veri_bilimi_ticari")?.parent == "cco")
        #expect(model.caseTypes.first { $0.id == "alakasiz_oneri" }?.owner == "veri_bilimi_oneri")
        #expect(model.handoffs.filter { $0.to.hasPrefix("veri_bilimi") }.allSatisfy { $0.to == "veri_bilimi_oneri" })
        #expect(applied.diff.splitInto["veri_bilimi"]?.count == 3)
        #expect(try Self.apply("scenarios/ecommerce-crm-under-cmo.yaml").model.unit("crm_ekibi")?.parent == "cmo")
    }

    @Test func oneOfferList() throws {
        let applied = try Self.apply("scenarios/gsm-one-offer-list.yaml")
        #expect(applied.model.system("bayi_teklif_listesi") == nil)
        #expect(applied.model.touchpoints.filter { $0.id.hasPrefix("bayi_") }.allSatisfy { $0.reads.contains("kampanya_platformu") })
    }
}

extension Optional where Wrapped == String {
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}
