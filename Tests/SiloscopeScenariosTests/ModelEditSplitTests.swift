import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ModelEditSplitTests {
    @Test func splitSharesTheWorkAsThePartsSay() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - split:
                unit: call_center
                into:
                  - {id: cc_retail, name: Retail Line, staff: 80}
                  - {id: cc_digital, staff: 20, touchpoints: [app], case_types: [address_change], handling_minutes: 6}
            """)
        let model = applied.model
        let retail = try #require(model.unit("cc_retail"))
        let digital = try #require(model.unit("cc_digital"))
        #expect(model.unit("call_center") == nil)
        #expect(retail.parent == "ops" && digital.parent == "ops")
        #expect(retail.name == "Retail Line" && digital.name == "cc_digital")
        #expect(retail.staff == 80 && digital.staff == 20)
        #expect(retail.caseHandlers == 8 && digital.caseHandlers == 2, "case handlers shared in proportion to staff")
        #expect(retail.handlingMinutes == 8 && digital.handlingMinutes == 6)
        #expect(retail.kpis.count == 2 && digital.kpis.count == 2, "KPIs inherited")
        // Unclaimed work goes to the first part.
        #expect(model.touchpoints.first { $0.id == "phone" }?.unit == "cc_retail")
        #expect(model.touchpoints.first { $0.id == "app" }?.unit == "cc_digital")
        #expect(model.caseTypes.first { $0.id == "address_change" }?.owner == "cc_digital")
        #expect(model.system("screen")?.owner == "cc_retail")
        // Handoffs copied to every part, volumes shared by staff.
        #expect(model.handoffs("cc_retail", "cards").first?.volumePerDay == 24)
        #expect(model.handoffs("cc_digital", "cards").first?.volumePerDay == 6)
        #expect(model.handoffs("cc_digital", "cards").first?.contextKept == 0.6)
        // Routing: the row is copied to both parts.
        #expect(model.routing.filter { $0.from.hasPrefix("cc_") }.count == 2)
        #expect(applied.diff.splitInto == ["call_center": ["cc_retail", "cc_digital"]])
        #expect(applied.diff.removedUnits == ["call_center"])
        #expect(applied.diff.addedUnits == ["cc_digital", "cc_retail"])
        #expect(applied.records[0].effects.prefix(2) == [.unitSplit(unit: "call_center", into: ["cc_retail", "cc_digital"]), .unitRemoved("call_center")])
    }

    @Test func splitCanKeepTheOriginalIDAndMovesClaimedChildren() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply(
            "- split: {unit: crm, into: [{id: crm, staff: 4}, {id: crm_campaigns, staff: 2, children: [crm_analytics]}]}")
        #expect(applied.model.unit("crm")?.staff == 4)
        #expect(applied.model.unit("crm")?.name == "CRM Team")
        #expect(applied.model.unit("crm_analytics")?.parent == "crm_campaigns")
        #expect(applied.model.crm?.unit == "crm")
        #expect(applied.diff.removedUnits.isEmpty)
        #expect(applied.diff.addedUnits == ["crm_campaigns"])
        #expect(applied.model.handoffs("marketing", "crm").count == 1)
        #expect(applied.model.handoffs("marketing", "crm_campaigns").count == 1)
    }

    @Test func splitErrors() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let notOurs = try fixture.errors("- split: {unit: call_center, into: [{id: a, staff: 1}, {id: b, staff: 1, touchpoints: [sms]}]}")
        #expect(notOurs.first?.message.contains("touchpoint 'sms' does not belong to 'call_center'") == true)
        #expect(notOurs.first?.path == "changes[0].split.into[1].touchpoints[0]")
        let twice = try fixture.errors("- split: {unit: call_center, into: [{id: a, staff: 1, touchpoints: [app]}, {id: b, staff: 1, touchpoints: [app]}]}")
        #expect(twice.first?.message.contains("claimed by both 'a' and 'b'") == true)
        let taken = try fixture.errors("- split: {unit: call_center, into: [{id: cards, staff: 1}, {id: b, staff: 1}]}")
        #expect(taken.first?.message.contains("unit 'cards' already exists") == true)
        #expect(taken.first?.path == "changes[0].split.into[0].id")
        let unknown = try fixture.errors("- split: {unit: call_centre, into: [{id: a, staff: 1}, {id: b, staff: 1}]}")
        #expect(unknown.first?.message.contains("did you mean 'call_center'?") == true)
    }
}
