import Testing
import SiloscopeModel
@testable import SiloscopeRendering

/// Collapsing the before/after set of a big organization: one set of drawn units for
/// both pictures, every changed unit drawn, every unit and person accounted for on each
/// side, and unchanged units at the same place in both pictures.
@Suite struct BeforeAfterCollapseTests {
    /// 2,955 units (a root, 14 divisions, 196 departments, 2,744 teams) and a
    /// reorganization of deep units: a team moves to another division, two teams merge
    /// into a new one elsewhere, a team's staff changes, a handoff is added.
    static func reorganization() -> (before: OrgModel, after: OrgModel, mergedInto: [String: String]) {
        let before = OrgCollapseTests.tree(width: 14)
        var after = before
        after.units.removeAll { ["d3_3_1", "d3_3_2"].contains($0.id) }
        for index in after.units.indices {
            switch after.units[index].id {
            case "d1_2_3": after.units[index].parent = "d7_7"
            case "d9_9_9": after.units[index].staff += 4
            default: break
            }
        }
        after.units.append(Unit(id: "merged", name: "Birleşik Ekip", parent: "d5_5", staff: 9))
        after.handoffs.append(Handoff(from: "d2_1_1", to: "d8_8_8", volumePerDay: 2))
        return (before, after, ["d3_3_1": "merged", "d3_3_2": "merged"])
    }

    /// Each unit is drawn or hidden in exactly one box on each side, and so is each person.
    static func checkConservation(_ result: OrgCollapse.Result, of model: OrgModel) {
        OrgCollapseTests.checkConservation(result, of: model)
    }

    @Test func drawsEveryChangeWithinTheLimitAndCountsTheRest() throws {
        let (before, after, merged) = Self.reorganization()
        let changed: Set<String> = ["d1_2_3", "d9_9_9", "d3_3_1", "d3_3_2", "merged", "d2_1_1", "d8_8_8"]
        let collapse = try OrgCollapse().apply(before: before, after: after, mergedInto: merged)
        #expect(collapse.changedUnits == changed)
        #expect(collapse.collapsedAutomatically)
        #expect(collapse.totalUnits == before.units.count + 1)
        // At most the limit plus the changed units and their managers.
        var withManagers = Set<String>()
        for model in [before, after] {
            let parents = Dictionary(uniqueKeysWithValues: model.units.map { ($0.id, $0.parent) })
            for id in changed where parents[id] != nil {
                var cursor: String? = id
                while let unit = cursor { withManagers.insert(unit); cursor = parents[unit] ?? nil }
            }
        }
        #expect(collapse.drawnUnits <= OrgCollapse.defaultMaximumBoxes + withManagers.count)
        #expect(collapse.drawnUnits < 300)
        let drawnBefore = Set(collapse.before.model.units.map(\.id))
        let drawnAfter = Set(collapse.after.model.units.map(\.id))
        #expect(changed.subtracting(["merged"]).isSubset(of: drawnBefore))
        #expect(changed.subtracting(["d3_3_1", "d3_3_2"]).isSubset(of: drawnAfter))
        Self.checkConservation(collapse.before, of: before)
        Self.checkConservation(collapse.after, of: after)
        // One set of drawn units: what is in both models is drawn in both or in neither.
        let inBoth = Set(before.units.map(\.id)).intersection(after.units.map(\.id))
        #expect(drawnBefore.intersection(inBoth) == drawnAfter.intersection(inBoth))
        // A collapsed subtree is the same box on both sides; staff differs only where it changed.
        for (id, hidden) in collapse.after.hidden {
            guard let old = collapse.before.hidden[id] else { continue }
            #expect(old.units == hidden.units, "\(id)")
        }
        // d9_9's box hides nothing that changed: d9_9_9 (staff +4) is drawn beside it.
        #expect(drawnAfter.contains("d9_9"))
        let note = try #require(collapse.note(language: .tr, flags: "--focus d4"))
        #expect(note.hasPrefix("2.956 birimin \(collapse.drawnUnits) tanesi çizildi, okunaklı kalması için otomatik olarak daraltıldı; değişen her birim çizildi"))
    }

    @Test func picturesShareOneLayoutAndNameTheCollapsedBoxes() throws {
        let (before, after, merged) = Self.reorganization()
        var changes = ModelDiff(before: before, after: after)
        changes.mergedInto = merged
        var view = BeforeAfterView(before: before, after: after, changes: changes)
        view.language = .tr
        let collapse = try view.collapse(OrgCollapse())
        view.note = collapse.note(language: .tr, flags: "--max-boxes 0")
        #expect(view.before.units.count == collapse.before.model.units.count)
        #expect(view.changes.move(of: "d1_2_3")?.to == "d7_7")
        #expect(view.changes.mergedInto == merged)
        #expect(view.changes.addedHandoffs.contains(HandoffKey(from: "d2_1_1", to: "d8_8_8")))
        let diagrams = try view.diagrams()
        let nodes = { (diagram: Diagram) in
            Dictionary(diagram.nodes.map { ($0.id, $0) }) { first, _ in first }
        }
        let old = nodes(diagrams.before), new = nodes(diagrams.after), diff = nodes(diagrams.diff)
        // Unchanged drawn units sit at the same place in both pictures.
        var same = 0
        let relocated = try BeforeAfterUnion(before: view.before, after: view.after, changes: view.changes).relocatedUnits
        for unit in view.before.units where !collapse.changedUnits.contains(unit.id) && !relocated.contains(unit.id) {
            guard let a = old[unit.id], let b = new[unit.id] else { continue }
            #expect(a.attributes["pos"] == b.attributes["pos"], "\(unit.id)")
            same += 1
        }
        #expect(same > 100)
        // Collapsed boxes say what they stand for, in Turkish, with each side's people.
        let hidden = try #require(collapse.after.hidden["d0"])
        let summary = "+\(Language.tr.grouped(hidden.units)) birim, \(Language.tr.grouped(hidden.people)) kişi"
        #expect(new["d0"]?.label.attributeValue.contains(summary) == true)
        #expect(old["d0"]?.label.attributeValue.contains(summary) == true)
        // The moved team is drawn at its new place, and in the diff with a ghost.
        #expect(new["d1_2_3"] != nil && new["was d1_2_3"] != nil && diff["d1_2_3"] != nil && diff["was d1_2_3"] != nil)
        #expect(diff["merged"] != nil && diff["d3_3_1"] != nil && diff["d9_9_9"] != nil)
        #expect(diagrams.after.nodes.count < 400)
        let legend = try #require(new["legend"]?.label.attributeValue)
        #expect(legend.contains("değişen her birim çizildi") && legend.contains("daraltılmış alt ağaç"))
    }

    @Test func smallOrganizationsAreLeftAlone() throws {
        let before = OrgCollapseTests.tree(width: 4)
        var after = before
        after.units[5].staff += 1
        var view = BeforeAfterView(before: before, after: after)
        let collapse = try view.collapse(OrgCollapse())
        #expect(collapse.hiddenUnits == 0 && collapse.note(language: .en, flags: "") == nil)
        #expect(view.before == before && view.after == after && view.hiddenAfter.isEmpty)
    }

    @Test func differentRootsAreAnError() throws {
        let before = OrgCollapseTests.tree(width: 3)
        var after = before
        after.units[0].id = "ceo2"
        for index in after.units.indices where after.units[index].parent == "ceo" { after.units[index].parent = "ceo2" }
        #expect(throws: RenderingError.self) { try OrgCollapse().apply(before: before, after: after) }
    }
}
