import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ModelEditSystemsTests {
    @Test func sourceOfTruthSwapsTheRolesAndRepointsOtherCopies() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- source_of_truth: {system: crm_db}")
        let crmDB = try #require(applied.model.system("crm_db"))
        let core = try #require(applied.model.system("core"))
        #expect(crmDB.role == .sourceOfTruth && crmDB.copyOf == nil && crmDB.sync == .realtime)
        #expect(core.role == .copy && core.copyOf == "crm_db")
        #expect(core.sync == .daily, "the link keeps its speed, in the other direction")
        #expect(applied.model.system("fin_excel")?.copyOf == "crm_db")
        #expect(applied.model.system("ops_excel")?.copyOf == "crm_db")
        #expect(applied.model.system("screen")?.copyOf == "crm_db", "copies of the new source stay")
        #expect(applied.diff.changedSystems["core"] == ["role", "copy_of", "sync"])
    }

    @Test func sourceOfTruthOfACopyOfACopyAndTheFormerSourcesSync() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- source_of_truth: {system: screen, former_source_sync: realtime}")
        #expect(applied.model.system("screen")?.role == .sourceOfTruth)
        #expect(applied.model.system("core")?.copyOf == "screen")
        #expect(applied.model.system("core")?.sync == .realtime)
        #expect(applied.model.system("crm_db")?.copyOf == "screen")
        let already = try fixture.apply("- source_of_truth: {system: core}")
        #expect(already.model == already.base)
        #expect(already.records[0].summary.contains("already the source of truth"))
    }

    @Test func syncACopy() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- sync: {system: crm_db, mode: realtime}")
        #expect(applied.model.system("crm_db")?.sync == .realtime)
        #expect(applied.records[0].effects == [.systemChanged(system: "crm_db", fields: ["sync"])])
        let source = try fixture.errors("- sync: {system: core, mode: daily}")
        #expect(source.first?.message.contains("'core' is a source of truth, and only a copy is synced") == true)
        #expect(source.first?.message.contains("'crm_db'") == true)
    }

    @Test func addSystem() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - add_system: {id: mova, name: Customer-centric warehouse, kind: data_warehouse, owner: it, holds: [address, segment]}
            - add_system: {id: mova_copy, copy_of: mova, sync: daily}
            """)
        #expect(applied.model.system("mova")?.role == .sourceOfTruth)
        #expect(applied.model.system("mova")?.sync == .realtime)
        #expect(applied.model.system("mova_copy")?.role == .copy)
        #expect(applied.diff.addedSystems == ["mova", "mova_copy"])
        let unknown = try fixture.errors("- add_system: {id: x, copy_of: mvoa}")
        #expect(unknown.first?.message.contains("unknown system 'mvoa'") == true)
        let taken = try fixture.errors("- add_system: {id: core}")
        #expect(taken.first?.message.contains("system 'core' already exists") == true)
    }

    @Test func retireRedirectsReadersToTheSource() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- retire: {system: fin_excel}\n- retire: {system: screen}")
        let model = applied.model
        #expect(model.system("fin_excel") == nil && model.system("screen") == nil)
        #expect(model.campaigns.first { $0.id == "fin_mail" }?.system == "core")
        #expect(model.reporting.first { $0.id == "active_customers" }?.sources == ["ops_excel", "core", "crm_db"])
        #expect(model.reporting.first { $0.id == "fees" }?.sources == ["core"])
        #expect(model.touchpoints.first { $0.id == "phone" }?.reads == ["crm_db", "cards_sys"])
        #expect(applied.diff.removedSystems == ["fin_excel", "screen"])
        #expect(applied.records[0].effects.first == .systemRetired(system: "fin_excel", replacedBy: "core"))
        let source = try fixture.errors("- retire: {system: core}")
        #expect(source.first?.message.contains("only a copy can be retired") == true)
        let twice = try fixture.errors("- retire: {system: fin_excel}\n- retire: {system: fin_excel}")
        #expect(twice.first?.position?.line == 6)
        #expect(twice.first?.message.contains("no longer exists: it was retired by the change at line 5") == true)
    }

    @Test func singleCustomerRecord() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- single_customer_record: {system: core, campaigns: true, reporting: true}")
        #expect(applied.model.touchpoints.allSatisfy { $0.reads == ["core"] })
        #expect(applied.model.campaigns.allSatisfy { $0.system == "core" })
        #expect(applied.model.reporting.allSatisfy { $0.sources == ["core"] })
        #expect(applied.diff.touchpoints.changed == ["phone", "sms"])
        #expect(applied.model.system("core")?.holds == ["address", "accounts", "segment", "card_fees"], "holds what the screens read")
        let touchpointsOnly = try fixture.apply("- single_customer_record: {system: core}")
        #expect(touchpointsOnly.model.campaigns == touchpointsOnly.base.campaigns)
        let copy = try fixture.errors("- single_customer_record: {system: crm_db}")
        #expect(copy.first?.message.contains("add 'source_of_truth: {system: crm_db}' before this change") == true)
        let promoted = try fixture.apply("- source_of_truth: {system: crm_db}\n- single_customer_record: {system: crm_db}")
        #expect(promoted.model.touchpoints.allSatisfy { $0.reads == ["crm_db"] })
    }

    @Test func screensReplaceWhatATouchpointReads() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- screens: {touchpoint: phone, reads: [crm_db, core, crm_db]}")
        let phone = try #require(applied.model.touchpoints.first { $0.id == "phone" })
        #expect(phone.reads == ["crm_db", "core"], "each system once, in the order given")
        #expect(applied.diff.touchpoints.changed == ["phone"])
        #expect(applied.records.first?.summary.contains("'phone' now reads crm_db, core") == true)
        let same = try fixture.apply("- screens: {touchpoint: phone, reads: [crm_db, core]}\n- screens: {touchpoint: phone, reads: [crm_db, core]}")
        #expect(same.records.last?.summary.contains("nothing to change") == true)
        let unknown = try fixture.errors("- screens: {touchpoint: phone, reads: [core, nope]}")
        #expect(unknown.first?.path == "changes[0].screens.reads[1]", "\(unknown)")
        #expect(unknown.first?.message.contains("unknown system 'nope'") == true, "\(unknown)")
        let noTouchpoint = try fixture.errors("- screens: {touchpoint: fax, reads: [core]}")
        #expect(noTouchpoint.first?.message.contains("unknown touchpoint 'fax'") == true, "\(noTouchpoint)")
        let missing = try fixture.errors("- screens: {touchpoint: phone}")
        #expect(missing.first?.message.contains("missing 'reads'") == true, "\(missing)")
    }
}
