import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// `move`, `move_crm`, `set_unit` and `add_unit`.
@Suite struct ModelEditUnitsTests {
    @Test func moveChangesTheParentAndKeepsTheSubtree() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- move: {unit: crm, to: marketing}")
        #expect(applied.model.unit("crm")?.parent == "marketing")
        #expect(applied.model.unit("crm_analytics")?.parent == "crm")
        #expect(applied.records.first?.effects == [.unitMoved(unit: "crm", from: "it", to: "marketing")])
        #expect(applied.records.first?.position?.line == 5)
        #expect(applied.diff.movedUnits == [ModelDiff.Move(unit: "crm", from: "it", to: "marketing")])
        #expect(applied.diff.crm == ["placement"])
    }

    @Test func moveCRMReadsTheModelsCRMUnit() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- move_crm: {to: ceo}")
        #expect(applied.model.unit("crm")?.parent == "ceo")
    }

    @Test func moveToTheCurrentParentIsANoOpControl() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- move_crm: {to: it}")
        #expect(applied.model == applied.base)
        #expect(applied.records.first?.effects == [])
        #expect(applied.records.first?.summary.contains("already reports to 'it'") == true)
        #expect(applied.diff.isEmpty)
    }

    @Test func moveUnderOwnDescendantNamesTheLineUnitAndDescendant() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let errors = try fixture.errors("- set_simulation: {parameters: {escalation_hops: 1}}\n- move: {unit: it, to: crm_analytics}")
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.position?.line == 6)
        #expect(error.position?.column == 26, "points at the 'to' value")
        #expect(error.path == "changes[1].move.to")
        #expect(error.file.hasSuffix("scenarios/s.yaml"))
        #expect(error.message.contains("cannot move 'it' under 'crm_analytics'"))
        #expect(error.message.contains("crm_analytics → crm → it"))
        #expect(error.message.contains("reporting cycle"))
    }

    @Test func moveErrors() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let unknown = try fixture.errors("- move: {unit: crm, to: markting}")
        #expect(unknown.first?.message.contains("unknown unit 'markting' (did you mean 'marketing'?)") == true)
        #expect(unknown.first?.path == "changes[0].move.to")
        #expect(unknown.first?.position?.line == 5)
        let itself = try fixture.errors("- move: {unit: crm, to: crm}")
        #expect(itself.first?.message.contains("cannot report to itself") == true)
        let root = try fixture.errors("- move: {unit: ceo, to: it}")
        #expect(root.first?.message.contains("root of the org chart") == true)
    }

    @Test func setUnitChangesStaffHandlingTimeAndKPIs() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - set_unit: {unit: call_center, staff: 140, handling_minutes: 9, case_handlers: 14}
            - set_unit: {unit: call_center, remove_kpis: [AHT]}
            - set_unit:
                units: [call_center, cards]
                add_kpis: [{name: NPS, customer_centric: true}]
            - set_unit: {unit: marketing, kpis: [{name: Retention, customer_centric: true}], handling_distribution: lognormal, handling_cv: 0.5}
            """)
        let callCenter = try #require(applied.model.unit("call_center"))
        #expect(callCenter.staff == 140)
        #expect(callCenter.handlingMinutes == 9)
        #expect(callCenter.caseHandlers == 14)
        #expect(callCenter.kpis.map(\.name) == ["First-contact resolution", "NPS"])
        #expect(applied.model.unit("cards")?.kpis.map(\.name) == ["SLA", "NPS"])
        #expect(applied.model.unit("marketing")?.kpis == [KPI(name: "Retention", customerCentric: true)])
        #expect(applied.model.unit("marketing")?.handlingDistribution == .lognormal(cv: 0.5))
        #expect(applied.records[0].effects == [.unitChanged(unit: "call_center", fields: ["staff", "case_handlers", "handling_minutes"])])
        #expect(applied.diff.changedUnits["call_center"] == ["staff", "case_handlers", "handling_minutes", "kpis"])
    }

    @Test func setUnitErrorsPointAtTheListItem() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let errors = try fixture.errors("- set_unit:\n    units: [cards, call_centre]\n    staff: 3")
        #expect(errors.first?.path == "changes[0].set_unit.units[1]")
        #expect(errors.first?.position?.line == 6)
        #expect(errors.first?.message.contains("did you mean 'call_center'?") == true)
        let kpi = try fixture.errors("- set_unit: {unit: cards, remove_kpis: [SLAs]}")
        #expect(kpi.first?.message.contains("has no KPI named 'SLAs' (did you mean 'SLA'?)") == true)
    }

    @Test func addUnit() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- add_unit: {id: cx, name: Customer Experience, kind: customer_service, parent: ceo, staff: 5}\n- move: {unit: crm, to: cx}")
        #expect(applied.model.unit("cx")?.staff == 5)
        #expect(applied.model.unit("crm")?.parent == "cx")
        #expect(applied.diff.addedUnits == ["cx"])
        let duplicate = try fixture.errors("- add_unit: {id: cards, parent: ceo}")
        #expect(duplicate.first?.message.contains("unit 'cards' already exists") == true)
        let noParent = try fixture.errors("- add_unit: {id: cx}")
        #expect(noParent.first?.message.contains("missing required field 'parent'") == true)
    }
}
