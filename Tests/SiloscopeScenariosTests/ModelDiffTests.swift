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
