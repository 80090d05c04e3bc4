import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ModelDiffTests {
    private func model(_ units: [SiloscopeModel.Unit], handoffs: [Handoff] = [], systems: [DataSystem] = []) -> OrgModel {
        OrgModel(organization: OrganizationInfo(name: "x"), units: units, handoffs: handoffs, systems: systems)
    }

    @Test func identicalModelsHaveNoDifferences() {
        let a = model([SiloscopeModel.Unit(id: "ceo", name: "CEO")])
        #expect(ModelDiff(before: a, after: a).isEmpty)
    }

    @Test func unitsHandoffsAndSystemsByID() {
        let before = model(
            [SiloscopeModel.Unit(id: "ceo", name: "CEO"), SiloscopeModel.Unit(id: "a", name: "A", parent: "ceo", staff: 3),
             SiloscopeModel.Unit(id: "b", name: "B", parent: "ceo"), SiloscopeModel.Unit(id: "gone", name: "G", parent: "ceo")],
            handoffs: [Handoff(from: "a", to: "b"), Handoff(from: "b", to: "a", contextKept: 0.5), Handoff(from: "gone", to: "a")],
            systems: [DataSystem(id: "core", name: "Core"), DataSystem(id: "copy", name: "Copy", role: .copy, copyOf: "core", sync: .daily)])
        let after = model(
            [SiloscopeModel.Unit(id: "ceo", name: "CEO"), SiloscopeModel.Unit(id: "a", name: "A", parent: "b", staff: 4),
             SiloscopeModel.Unit(id: "b", name: "B", parent: "ceo"), SiloscopeModel.Unit(id: "new", name: "N", parent: "ceo")],
            handoffs: [Handoff(from: "a", to: "b"), Handoff(from: "b", to: "a", contextKept: 0.9), Handoff(from: "new", to: "a")],
            systems: [DataSystem(id: "core", name: "Core"), DataSystem(id: "copy", name: "Copy", role: .copy, copyOf: "core", sync: .realtime)])
        let diff = ModelDiff(before: before, after: after)
        #expect(diff.movedUnits == [ModelDiff.Move(unit: "a", from: "ceo", to: "b")])
        #expect(diff.addedUnits == ["new"] && diff.removedUnits == ["gone"])
        #expect(diff.changedUnits == ["a": ["staff"]])
        #expect(diff.addedHandoffs == [HandoffKey(from: "new", to: "a")])
        #expect(diff.removedHandoffs == [HandoffKey(from: "gone", to: "a")])
        #expect(diff.changedHandoffs == [HandoffKey(from: "b", to: "a")])
        #expect(diff.changedSystems == ["copy": ["sync"]])
        #expect(!diff.isEmpty)
        // The lookups agree with the lists.
        #expect(diff.move(of: "a") == ModelDiff.Move(unit: "a", from: "ceo", to: "b") && diff.move(of: "b") == nil)
        #expect(diff.isAdded("new") && !diff.isAdded("gone") && diff.isRemoved("gone") && !diff.isRemoved("a"))
        #expect(diff.isAdded(HandoffKey(from: "new", to: "a")) && diff.isRemoved(HandoffKey(from: "gone", to: "a")))
        #expect(diff.isChanged(HandoffKey(from: "b", to: "a")) && !diff.isChanged(HandoffKey(from: "a", to: "b")))
    }

    @Test("the JSON form reads back to the same diff, lookups included")
    func jsonRoundTrip() throws {
        let before = model([SiloscopeModel.Unit(id: "ceo", name: "CEO"), SiloscopeModel.Unit(id: "a", name: "A", parent: "ceo"),
                            SiloscopeModel.Unit(id: "b", name: "B", parent: "ceo"), SiloscopeModel.Unit(id: "r", name: "R", parent: "a")],
                           handoffs: [Handoff(from: "a", to: "b")])
        let after = model([SiloscopeModel.Unit(id: "ceo", name: "CEO"), SiloscopeModel.Unit(id: "ab", name: "AB", parent: "ceo"),
                           SiloscopeModel.Unit(id: "r", name: "R", parent: "ab", head: "Ayşe")],
                          handoffs: [Handoff(from: "r", to: "ab")])
        let records = [ChangeRecord(changeIndex: 0, keyword: "merge", position: nil, summary: "",
                                    effects: [.unitsMerged(units: ["a", "b"], into: "ab")])]
        let diff = ModelDiff(before: before, after: after, records: records)
        let data = try JSONEncoder().encode(diff)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"merged_into\"") && text.contains("r → ab") && text.contains("\"case_types\""))
        let back = try JSONDecoder().decode(ModelDiff.self, from: data)
        #expect(back == diff)
        #expect(back.move(of: "r")?.to == "ab" && back.isRemoved("a") && back.isAdded(HandoffKey(from: "r", to: "ab")))
        // By id, a merge is two removals and an addition; the explained lists take them out.
        #expect(diff.removedUnits == ["a", "b"] && diff.unexplainedRemovals.isEmpty)
        #expect(diff.addedUnits == ["ab"] && diff.unexplainedAdditions == ["ab"], "a new merge target is still new")
        #expect(diff.movedUnits.map(\.unit) == ["r"] && diff.ownMoves.isEmpty, "r followed its unit into the merge")
        #expect(diff.changedUnits["r"] == ["head"])
        let bad = Data(text.replacingOccurrences(of: "r → ab", with: "r to ab").utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ModelDiff.self, from: bad) }
    }

    @Test func aUnitMergedTwiceEndsInTheLastMerge() {
        let records = [
            ChangeRecord(changeIndex: 0, keyword: "merge", position: nil, summary: "", effects: [.unitsMerged(units: ["a", "b"], into: "ab")]),
            ChangeRecord(changeIndex: 1, keyword: "merge", position: nil, summary: "", effects: [.unitsMerged(units: ["ab", "c"], into: "c")]),
        ]
        let empty = model([])
        let diff = ModelDiff(before: empty, after: empty, records: records)
        #expect(diff.mergedInto == ["a": "c", "b": "c", "ab": "c"])
    }

    @Test func handoffKeysReadAndSort() {
        #expect(HandoffKey(from: "a", to: "b").description == "a → b")
        #expect([HandoffKey(from: "b", to: "a"), HandoffKey(from: "a", to: "c")].sorted().first == HandoffKey(from: "a", to: "c"))
    }
}
