import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ModelEditHandoffsTests {
    @Test func addRemoveAndChangeHandoffs() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - add_handoff: {from: call_center, to: crm, case_types: [card_fee], channel: shared_system, context_kept: 0.9, transfer_minutes: 10}
            - remove_handoff: {from: call_center, to: rep_ops}
            - change_handoff: {from: call_center, to: cards, context_kept: 0.95, channel: shared_system}
            """)
        let added = try #require(applied.model.handoffs("call_center", "crm").first)
        #expect(added.channel == .sharedSystem && added.contextKept == 0.9 && added.caseTypes == ["card_fee"])
        #expect(applied.model.handoffs("call_center", "rep_ops").isEmpty)
        let changed = try #require(applied.model.handoffs("call_center", "cards").first)
        #expect(changed.contextKept == 0.95 && changed.channel == .sharedSystem && changed.transferMinutes == 30)
        #expect(applied.diff.addedHandoffs == [HandoffKey(from: "call_center", to: "crm")])
        #expect(applied.diff.removedHandoffs == [HandoffKey(from: "call_center", to: "rep_ops")])
        #expect(applied.diff.changedHandoffs == [HandoffKey(from: "call_center", to: "cards")])
        #expect(applied.records[2].effects == [.handoffChanged(HandoffKey(from: "call_center", to: "cards"), fields: ["channel", "context_kept"])])
    }

    @Test func handoffErrors() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let missing = try fixture.errors("- remove_handoff: {from: call_center, to: card}")
        #expect(missing.first?.message.contains("unknown unit 'card' (did you mean 'cards'?)") == true)
        let none = try fixture.errors("- remove_handoff: {from: call_center, to: marketing}")
        #expect(none.first?.message.contains("no handoff from 'call_center' to 'marketing'") == true)
        #expect(none.first?.message.contains("'call_center' hands work to 'cards', 'rep_ops'") == true)
        let exists = try fixture.errors("- add_handoff: {from: call_center, to: cards, case_types: [card_fee]}")
        #expect(exists.first?.message.contains("already a handoff") == true)
        let itself = try fixture.errors("- add_handoff: {from: cards, to: cards}")
        #expect(itself.first?.message.contains("cannot hand work to itself") == true)
        let caseType = try fixture.errors("- add_handoff: {from: cards, to: crm, case_types: [card_fees]}")
        #expect(caseType.first?.message.contains("unknown case type 'card_fees' (did you mean 'card_fee'?)") == true)
        let nothing = try fixture.errors("- change_handoff: {from: call_center, to: cards}")
        #expect(nothing.first?.message.contains("nothing to change") == true)
    }

    @Test func aHandoffForOtherCaseTypesMayBeAdded() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- add_handoff: {from: call_center, to: cards, case_types: [address_change]}")
        #expect(applied.model.handoffs("call_center", "cards").count == 2)
    }
}
