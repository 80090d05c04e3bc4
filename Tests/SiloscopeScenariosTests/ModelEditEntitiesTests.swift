import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// `add_touchpoint`, `add_case_type`, `add_campaign`, `set_case_type`, `set_crm`,
/// `set_simulation`.
@Suite struct ModelEditEntitiesTests {
    @Test func additions() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - add_touchpoint: {id: chat, name: Web chat, channel: chat, unit: call_center, reads: [core]}
            - add_case_type:
                id: lost_card
                name: Lost card
                owner: cards
                data_needed: [card_fees]
                arrivals: [{touchpoint: chat, per_hour: 1.5}, {touchpoint: phone, per_hour: 0.5}]
            - add_campaign: {id: loyalty, owner: marketing, system: core, touchpoints: [sms, chat], audience: 500, suppression: [{data: address, share: 0.2}]}
            """)
        #expect(applied.model.touchpoints.last == Touchpoint(id: "chat", name: "Web chat", channel: .chat, unit: "call_center", reads: ["core"]))
        #expect(applied.model.caseTypes.last?.totalPerHour == 2)
        #expect(applied.model.campaigns.last?.suppression == [Suppression(reason: "address", data: "address", share: 0.2)])
        #expect(applied.diff.touchpoints.added == ["chat"])
        #expect(applied.diff.caseTypes.added == ["lost_card"])
        #expect(applied.diff.campaigns.added == ["loyalty"])
    }

    @Test func additionErrorsPointAtTheField() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let touchpoint = try fixture.errors("- add_touchpoint: {id: chat, unit: call_center, reads: [core, crmdb]}")
        #expect(touchpoint.first?.path == "changes[0].add_touchpoint.reads[1]")
        #expect(touchpoint.first?.message.contains("unknown system 'crmdb' (did you mean 'crm_db'?)") == true)
        let caseType = try fixture.errors("- add_case_type: {id: card_fee, owner: cards, arrivals: [{touchpoint: fone, per_hour: 1}]}")
        #expect(caseType.map(\.path) == ["changes[0].add_case_type.id", "changes[0].add_case_type.arrivals[0].touchpoint"])
        let campaign = try fixture.errors("- add_campaign: {id: c, owner: marketing, system: core, audience: 10, suppression: [{data: a, share: 0.7}, {data: b, share: 0.6}]}")
        #expect(campaign.first?.message.contains("this change leaves the model invalid: suppression shares add up to") == true,
                "validation problems of the result point at the change")
        #expect(campaign.first?.position?.line == 5)
    }

    @Test func setCaseTypeMovesOwnership() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- set_case_type: {case_type: card_fee, owner: crm, handling_minutes: 12}")
        #expect(applied.model.caseTypes.first?.owner == "crm")
        #expect(applied.model.caseTypes.first?.handlingMinutes == 12)
        #expect(applied.records[0].effects == [.caseTypeChanged(caseType: "card_fee", fields: ["owner", "handling_minutes"])])
        let unknown = try fixture.errors("- set_case_type: {case_type: card_fees, owner: crm}")
        #expect(unknown.first?.message.contains("did you mean 'card_fee'?") == true)
    }

    @Test func setCRM() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- set_crm: {add_functions: [complaint_management, single_customer_view], candidates: [ceo, marketing]}")
        #expect(applied.model.crm?.functions == [.campaignManagement, .complaintManagement, .singleCustomerView])
        #expect(applied.model.crm?.candidates == ["ceo", "marketing"])
        #expect(applied.diff.crm == ["functions", "candidates"])
        let below = try fixture.errors("- set_crm: {candidates: [crm_analytics]}")
        #expect(below.first?.message.contains("reports to the CRM team") == true)
        let absent = try fixture.errors("- set_crm: {remove_functions: [loyalty]}")
        #expect(absent.first?.message.contains("has no function 'loyalty'") == true)
    }

    @Test func setSimulation() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- set_simulation: {mode: explicit, parameters: {escalation_hops: 2, declared_context_kept: 0.5}}")
        #expect(applied.model.simulation.mode == .explicit)
        #expect(applied.model.simulation.parameters == ["escalation_hops": 2, "declared_context_kept": 0.5])
        #expect(applied.diff.simulation == ["mode", "declared_context_kept", "escalation_hops"])
    }
}
