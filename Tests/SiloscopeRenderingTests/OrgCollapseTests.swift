import Testing
import SiloscopeModel
@testable import SiloscopeRendering

/// Collapsing big org charts: depth, focus, kept units and the automatic box limit
/// account for every unit and person, and handoffs follow their units into the boxes.
@Suite struct OrgCollapseTests {
    /// A root, `width` divisions, `width` departments each, `width` teams each; staff
    /// varies so that the largest subtree is not the first.
    static func tree(width: Int = 10) -> OrgModel {
        var units = [Unit(id: "ceo", name: "Genel Müdürlük", kind: .executive, staff: 3)]
        for d in 0..<width {
            units.append(Unit(id: "d\(d)", name: "Bölge \(d)", parent: "ceo", staff: 5 + d))
            for e in 0..<width {
                units.append(Unit(id: "d\(d)_\(e)", name: "Şube \(d).\(e)", parent: "d\(d)", staff: 7))
                for t in 0..<width {
                    units.append(Unit(id: "d\(d)_\(e)_\(t)", name: "Ekip \(d).\(e).\(t)", parent: "d\(d)_\(e)", staff: 1 + (d * t) % 9))
                }
            }
        }
        var model = OrgModel(organization: OrganizationInfo(name: "Büyük Banka"), units: units)
        model.handoffs = [
            Handoff(from: "d1_2_3", to: "d4_5_6", volumePerDay: 10),
            Handoff(from: "d1_7_0", to: "d4_0_0", volumePerDay: 5),
            Handoff(from: "d2_1_1", to: "d2_1_2", volumePerDay: 3),
        ]
        return model
    }

    /// Every unit is drawn or counted in exactly one box; every person likewise.
    static func checkConservation(_ result: OrgCollapse.Result, of model: OrgModel) {
        let hiddenUnits = result.hidden.values.reduce(0) { $0 + $1.units }
        #expect(result.model.units.count + hiddenUnits == model.units.count)
        let people = model.units.reduce(0) { $0 + $1.staff }
        let drawnPeople = result.model.units.reduce(0) { $0 + $1.staff } + result.hidden.values.reduce(0) { $0 + $1.people }
        #expect(drawnPeople == people)
        let drawn = Set(result.model.units.map(\.id))
        for unit in result.model.units { if let parent = unit.parent { #expect(drawn.contains(parent)) } }
    }

    @Test func automaticLimitCollapsesFromTheBottom() throws {
        let model = Self.tree()
        let result = try OrgCollapse().apply(to: model)
        #expect(result.collapsedAutomatically)
        #expect(result.model.units.count <= OrgCollapse.defaultMaximumBoxes)
        // Root, ten divisions and the hundred departments fit (111); no team does, as a
        // department's ten teams would pass 150 only after three more departments.
        #expect(result.model.units.count == 141)
        Self.checkConservation(result, of: model)
        let note = try #require(result.note(language: .en, flags: "--focus X"))
        #expect(note.hasPrefix("141 of 1,111 units drawn, collapsed automatically"))
        #expect(try OrgCollapse(maximumBoxes: nil).apply(to: model).model.units.count == 1_111)
    }

    @Test func depthDrawsLevels() throws {
        let model = Self.tree()
        let result = try OrgCollapse(depth: 2).apply(to: model)
        #expect(result.model.units.map(\.id) == ["ceo"] + (0..<10).map { "d\($0)" })
        #expect(!result.collapsedAutomatically)
        #expect(result.hidden["d3"] == OrgCollapse.Hidden(units: 110, people: 70 + (0..<10).reduce(0) { sum, e in sum + (0..<10).reduce(0) { $0 + 1 + (3 * $1) % 9 } }))
        Self.checkConservation(result, of: model)
        // Handoffs move to the divisions; the one inside d2 disappears.
        #expect(result.model.handoffs.map { "\($0.from)>\($0.to) \($0.volumePerDay ?? 0)" } == ["d1>d4 15.0"])
        #expect(try OrgCollapse(depth: 1).apply(to: model).model.units.map(\.id) == ["ceo"])
    }

    @Test func focusDrawsTheSubtreeAndThePathUp() throws {
        let model = Self.tree()
        let result = try OrgCollapse(focus: "d3_5").apply(to: model)
        #expect(result.model.units.map(\.id) == ["ceo", "d3", "d3_5"] + (0..<10).map { "d3_5_\($0)" })
        #expect(result.hidden["ceo"]?.units == 9 * 111)
        #expect(result.hidden["d3"]?.units == 9 * 11)
        Self.checkConservation(result, of: model)
        let depthAndFocus = try OrgCollapse(depth: 1, focus: "d3").apply(to: model)
        #expect(depthAndFocus.model.units.map(\.id) == ["ceo", "d3"])
        #expect(throws: RenderingError.self) { try OrgCollapse(focus: "d3_55").apply(to: model) }
    }

    @Test func keptUnitsStayWithTheirManagers() throws {
        var model = Self.tree()
        model.crm = CRMTeam(unit: "d9_9_9")
        let result = try OrgCollapse(depth: 2, keep: ["d0_0_1"]).apply(to: model)
        let drawn = Set(result.model.units.map(\.id))
        #expect(drawn.isSuperset(of: ["d0", "d0_0", "d0_0_1", "d9", "d9_9", "d9_9_9"]))
        #expect(result.model.crm?.unit == "d9_9_9")
        Self.checkConservation(result, of: model)
    }

    @Test func collapsedBoxesSayWhatTheyHold() throws {
        let model = Self.tree()
        let result = try OrgCollapse(depth: 2).apply(to: model)
        for (language, text) in [(Language.en, "+110 units, "), (.tr, "+110 birim, ")] {
            let diagram = try OrgView.org.diagram(for: model, language: language, collapsed: result, note: result.note(language: language, flags: "--depth 3"))
            #expect(diagram.nodes.count == 11)
            let label = try #require(diagram.nodes.first { $0.id == "d3" }?.label)
            guard case .html(let html) = label else { Issue.record("not an HTML label"); continue }
            #expect(html.contains(text))
            #expect(diagram.nodes.first { $0.id == "d3" }?.attributes["peripheries"] == "2")
        }
        #expect(Language.en.grouped(1_240) == "1,240" && Language.tr.grouped(1_240_000) == "1.240.000")
        let svg = try OrgView.org.diagram(for: model, collapsed: result, note: "note").rendered(as: .svg, engine: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("+110 units"))
    }
}
