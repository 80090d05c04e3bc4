import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ModelEditMergeTests {
    @Test func mergeAddsStaffAndRedirectsEveryReference() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply(
            "- merge: {units: [rep_ops, rep_fin], into: {id: rep_hub, name: Reporting Hub, parent: finance}}")
        let model = applied.model
        let hub = try #require(model.unit("rep_hub"))
        #expect(hub.staff == 9)
        #expect(hub.parent == "finance")
        #expect(hub.kind == .reporting)
        #expect(hub.name == "Reporting Hub")
        #expect(hub.kpis.map(\.name) == ["Reports on time", "Budget accuracy"], "KPIs by name, once")
        #expect(abs((hub.handlingMinutes ?? 0) - (4 * 30 + 5 * 60) / 9.0) < 1e-9, "staff-weighted mean")
        #expect(model.unit("rep_ops") == nil && model.unit("rep_fin") == nil)
        #expect(model.units.firstIndex { $0.id == "rep_hub" } == 8, "takes the first merged unit's place")
        // Children of merged units report to the merged unit.
        #expect(model.unit("rep_fin_excel")?.parent == "rep_hub")
        // Self-handoffs dropped; duplicates combined.
        #expect(model.handoffs("rep_hub", "rep_hub").isEmpty)
        #expect(!model.handoffs.contains { $0.from == $0.to })
        let fromCards = model.handoffs("cards", "rep_hub")
        #expect(fromCards.count == 1)
        #expect(fromCards.first?.volumePerDay == 4)
        #expect(abs((fromCards.first?.contextKept ?? 0) - (0.2 * 3 + 0.8 * 1) / 4) < 1e-9, "volume-weighted")
        #expect(model.handoffs("call_center", "rep_hub").count == 1)
        // Case ownership, campaign and system owners, reporting producers.
        #expect(model.caseTypes.first { $0.id == "report_request" }?.owner == "rep_hub")
        #expect(model.campaigns.first { $0.id == "fin_mail" }?.owner == "rep_hub")
        #expect(model.system("fin_excel")?.owner == "rep_hub")
        #expect(model.system("ops_excel")?.owner == "rep_hub")
        #expect(model.reporting.first { $0.id == "active_customers" }?.producedBy == ["rep_hub", "crm"])
        // Routing rows averaged, self-loops kept.
        let row = try #require(model.routing.first { $0.from == "rep_hub" })
        #expect(model.routing.filter { $0.from == "rep_hub" }.count == 1)
        #expect(abs((row.to.first { $0.unit == "rep_hub" }?.probability ?? 0) - 0.35) < 1e-9)
        #expect(abs((row.to.first { $0.unit == "cards" }?.probability ?? 0) - 0.05) < 1e-9)
        // Records and diff.
        let effects = applied.records[0].effects
        #expect(effects.first == .unitsMerged(units: ["rep_ops", "rep_fin"], into: "rep_hub"))
        #expect(effects.contains(.unitRemoved("rep_ops")) && effects.contains(.unitAdded("rep_hub")))
        #expect(effects.contains(.handoffRemoved(HandoffKey(from: "rep_ops", to: "rep_fin"))))
        #expect(effects.contains(.handoffRedirected(from: HandoffKey(from: "cards", to: "rep_fin"), to: HandoffKey(from: "cards", to: "rep_hub"))))
        #expect(applied.diff.mergedInto == ["rep_ops": "rep_hub", "rep_fin": "rep_hub"])
        #expect(applied.diff.removedUnits == ["rep_fin", "rep_ops"])
        #expect(applied.diff.addedUnits == ["rep_hub"])
        #expect(applied.diff.removedHandoffs.contains(HandoffKey(from: "rep_ops", to: "rep_fin")))
        #expect(applied.diff.addedHandoffs.contains(HandoffKey(from: "cards", to: "rep_hub")))
    }

    @Test func mergeIntoOneOfTheUnitsKeepsItsIDAndDefaultsTheParentToTheLowestCommonManager() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- merge: {units: [rep_fin, rep_ops], into: rep_fin}")
        let merged = try #require(applied.model.unit("rep_fin"))
        #expect(merged.parent == "ceo", "the lowest common manager of finance's and ops' reporting teams")
        #expect(merged.name == "Finance Reporting")
        #expect(merged.staff == 9)
        #expect(applied.diff.removedUnits == ["rep_ops"])
        #expect(applied.diff.movedUnits.contains(ModelDiff.Move(unit: "rep_fin", from: "finance", to: "ceo")))
    }

    @Test func mergingAUnitWithItsChildTakesTheUpperUnitsParent() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- merge: {units: [crm_analytics, crm], into: crm}")
        #expect(applied.model.unit("crm")?.parent == "it")
        #expect(applied.model.unit("crm")?.staff == 9)
        #expect(applied.model.crm?.unit == "crm")
    }

    @Test func mergingTheCRMTeamRedirectsTheCRMSection() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- merge: {units: [crm, marketing], into: {id: cmo_office}}")
        #expect(applied.model.crm?.unit == "cmo_office")
        #expect(applied.model.crm?.candidates == ["ceo", "it"], "the merged unit is not its own candidate")
        #expect(applied.model.handoffs("cmo_office", "cmo_office").isEmpty)
    }

    @Test func mergeOfAMissingUnitNamesTheLineAndSuggests() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let errors = try fixture.errors("- merge:\n    units: [rep_ops, rep_fni]\n    into: rep_hub")
        #expect(errors.count == 1)
        #expect(errors.first?.position?.line == 6)
        #expect(errors.first?.path == "changes[0].merge.units[1]")
        #expect(errors.first?.message.contains("unknown unit 'rep_fni' (did you mean 'rep_fin'?)") == true)
    }

    @Test func mergeErrors() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let taken = try fixture.errors("- merge: {units: [rep_ops, rep_fin], into: cards}")
        #expect(taken.first?.message.contains("'cards' is already a unit and is not one of the merged units") == true)
        let intoMember = try fixture.errors("- merge: {units: [rep_ops, rep_fin], into: {id: hub, parent: rep_ops}}")
        #expect(intoMember.first?.message.contains("one of the units it merges") == true)
        #expect(intoMember.first?.path == "changes[0].merge.into.parent")
        let cycle = try fixture.errors("- merge: {units: [rep_ops, rep_fin], into: {id: hub, parent: rep_fin_excel}}")
        #expect(cycle.first?.message.contains("reporting cycle") == true)
    }

    @Test func laterChangesNamingAMergedUnitAreToldWhatHappened() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let errors = try fixture.errors("- merge: {units: [rep_ops, rep_fin], into: rep_hub}\n- set_unit: {unit: rep_ops, staff: 3}")
        #expect(errors.first?.position?.line == 6)
        #expect(errors.first?.message.contains("unit 'rep_ops' no longer exists: it was merged into 'rep_hub' by the change at line 5") == true)
    }
}
