import Foundation
import SiloscopeModel
import Testing

@testable import SiloscopeRendering

@Suite("Before/after, diff and heatmap pictures")
struct BeforeAfterTests {
    static let friction: (before: [HandoffKey: EdgeFriction], after: [HandoffKey: EdgeFriction]) = {
        var before: [HandoffKey: EdgeFriction] = [:]
        for (index, handoff) in BeforeAfterSample.before.handoffs.enumerated() {
            before[HandoffKey(handoff)] = EdgeFriction(addedMinutes: Double(index + 1) * 0.7, bounces: Double(index))
        }
        before[HandoffKey(from: "callcenter", to: "crm")] = EdgeFriction(addedMinutes: 9.5, declared: false)
        var after: [HandoffKey: EdgeFriction] = [:]
        for (index, handoff) in BeforeAfterSample.after.handoffs.enumerated() {
            after[HandoffKey(handoff)] = EdgeFriction(addedMinutes: Double(index + 1) * 0.5)
        }
        return (before, after)
    }()

    static func svgs() throws -> (before: BeforeAfterSVG, after: BeforeAfterSVG, diff: BeforeAfterSVG) {
        var view = BeforeAfterView(before: BeforeAfterSample.before, after: BeforeAfterSample.after,
                                   changes: BeforeAfterSample.changes, beforeFriction: friction.before,
                                   afterFriction: friction.after)
        view.frictionChanges = [HandoffKey(from: "complaints", to: "card_ops"): -0.4]
        let data = try view.diagrams().rendered(as: .svg)
        OrgViewTests.keep(data.before, "before.svg")
        OrgViewTests.keep(data.after, "after.svg")
        OrgViewTests.keep(data.diff, "diff.svg")
        return (BeforeAfterSVG(data.before), BeforeAfterSVG(data.after), BeforeAfterSVG(data.diff))
    }

    @Test("unchanged units sit at the same coordinates in the before and after pictures, on one canvas")
    func stablePositions() throws {
        let (before, after, diff) = try Self.svgs()
        #expect(before.size == after.size && after.size == diff.size)
        let changed = Set(["crm", "callcenter", "central_reporting"] + BeforeAfterSample.merged)
        var compared = 0
        for unit in BeforeAfterSample.before.units where !changed.contains(unit.id) {
            let old = try #require(before.nodes[unit.id], "\(unit.id) is missing before")
            let new = try #require(after.nodes[unit.id], "\(unit.id) is missing after")
            #expect(!old.geometry.isEmpty)
            #expect(old.geometry == new.geometry, "\(unit.id) moved: \(old.geometry) → \(new.geometry)")
            compared += 1
        }
        #expect(compared == BeforeAfterSample.before.units.count - 5)
        // The moved unit is elsewhere, and its ghost sits where it was.
        let crmBefore = try #require(before.nodes["crm"]), crmAfter = try #require(after.nodes["crm"])
        #expect(crmBefore.geometry != crmAfter.geometry)
        #expect(after.nodes["was crm"] != nil)
    }

    @Test("moved, merged, added and changed units are highlighted with their colours, outlines and words")
    func highlights() throws {
        let (before, after, _) = try Self.svgs()
        let moved = try #require(after.nodes["crm"])
        #expect(moved.colors.contains(BeforeAfterStyle.moved))
        #expect(moved.texts.contains { $0.contains("moved from under") })
        let willMove = try #require(before.nodes["crm"])
        #expect(willMove.colors.contains(BeforeAfterStyle.moved) && willMove.dashed)
        #expect(willMove.texts.contains { $0.contains("moves under") })
        let target = try #require(after.nodes["central_reporting"])
        #expect(target.colors.contains(BeforeAfterStyle.merged))
        #expect(target.texts.contains { $0.contains("merged from 3 units") })
        for id in BeforeAfterSample.merged {
            let source = try #require(before.nodes[id])
            #expect(source.colors.contains(BeforeAfterStyle.merged) && source.dashed, "\(id)")
            #expect(source.texts.contains { $0.contains("merged into") }, "\(id)")
            #expect(after.nodes[id] == nil, "\(id) is gone after")
        }
        let grown = try #require(after.nodes["callcenter"])
        #expect(grown.texts.contains { $0.contains("staff 180 → 220") })
        // Unchanged units carry no highlight colour.
        let plain = try #require(after.nodes["treasury"])
        let marks = Set([BeforeAfterStyle.moved, BeforeAfterStyle.merged, BeforeAfterStyle.added, BeforeAfterStyle.removed])
        #expect(plain.colors.isDisjoint(with: marks))
    }

    @Test("in Turkish the pictures write their own words in Turkish")
    func turkish() throws {
        var view = BeforeAfterView(before: BeforeAfterSample.before, after: BeforeAfterSample.after,
                                   changes: BeforeAfterSample.changes, beforeFriction: Self.friction.before,
                                   afterFriction: Self.friction.after)
        view.frictionChanges = [HandoffKey(from: "complaints", to: "card_ops"): -0.4]
        let english = try view.diagrams().rendered(as: .svg)
        view.language = .tr
        let data = try view.diagrams().rendered(as: .svg)
        let (before, after, diff) = (BeforeAfterSVG(data.before), BeforeAfterSVG(data.after), BeforeAfterSVG(data.diff))
        let moved = try #require(after.nodes["crm"])
        #expect(moved.texts.contains { $0.contains("taşındı, eski yönetici:") })
        #expect(try #require(before.nodes["crm"]).texts.contains { $0.contains("taşınacak, yeni yönetici:") })
        #expect(try #require(after.nodes["central_reporting"]).texts.contains { $0.contains("3 birimin birleşmesiyle") })
        #expect(try #require(after.nodes["callcenter"]).texts.contains { $0.contains("kişi 180 → 220") })
        let words = [data.before, data.after, data.diff].map { String(decoding: $0, as: UTF8.self) }.joined()
        for turkish in ["Önce:", "Sonra", "Ne değişti", "bağlı olduğu yönetici (üstte)", "dk/vaka", "kişi"] {
            #expect(words.contains(turkish), "missing '\(turkish)'")
        }
        for english in ["Before:", "What changed", "reports to", "min per case", " staff<", "moved from under"] {
            #expect(!words.contains(english), "English left: '\(english)'")
        }
        // The same units are drawn in both languages.
        #expect(Set(after.nodes.keys) == Set(BeforeAfterSVG(english.after).nodes.keys))
        #expect(Set(diff.nodes.keys) == Set(BeforeAfterSVG(english.diff).nodes.keys))
    }

    @Test("the diff picture shows only what changed, with the unchanged ends as faint context")
    func diffOnlyChanges() throws {
        let (_, _, diff) = try Self.svgs()
        let changes = BeforeAfterSample.changes
        var allowed = Set(["crm", "was crm", "callcenter", "central_reporting"] + BeforeAfterSample.merged)
        // Ends of what changed: old and new parents, handoff ends, the friction change.
        allowed.formUnion(["it", "marketing", "finance", "bi", "dwh", "campaigns", "complaints", "card_ops"])
        let units = Set(diff.nodes.keys).intersection(BeforeAfterSample.before.units.map(\.id) + ["was crm", "central_reporting"])
        #expect(units.isSubset(of: allowed), "unexpected: \(units.subtracting(allowed).sorted())")
        #expect(units.isSuperset(of: ["crm", "was crm", "central_reporting", "callcenter"] + BeforeAfterSample.merged))
        for context in ["it", "marketing", "finance"] {
            let node = try #require(diff.nodes[context], "\(context)")
            #expect(node.texts.allSatisfy { !$0.contains("moved") }, "\(context) is context, not a change")
        }
        #expect(diff.nodes["treasury"] == nil && diff.nodes["istanbul"] == nil && diff.nodes["audit"] == nil)
        #expect(changes.addedHandoffs.contains(HandoffKey(from: "callcenter", to: "crm")))
        #expect(diff.edges.contains("callcenter->crm"))
        #expect(diff.edges.contains("complaints->card_ops"), "the friction change is drawn")
        #expect(!diff.edges.contains("istanbul->backoffice"), "an unchanged handoff is not")
    }

    @Test("friction uses one scale for both pictures, with a legend in minutes per case")
    func sharedFrictionScale() throws {
        let view = BeforeAfterView(before: BeforeAfterSample.before, after: BeforeAfterSample.after,
                                   changes: BeforeAfterSample.changes, beforeFriction: Self.friction.before,
                                   afterFriction: Self.friction.after)
        let scale = try #require(view.frictionScale())
        #expect(scale.bounds.last == 10)  // largest value 9.5 rounds up to 10
        let pictures = try view.diagrams()
        let before = try pictures.before.rendered(as: .svg, engine: .nop)
        let texts = SVGInspector(before).texts
        #expect(texts.contains("5–10 min per case") && texts.contains("0–1.25 min per case"))
        #expect(texts.contains("dotted: no declared handoff, cases sent there anyway"))
        // The undeclared edge with large friction is drawn, dotted, in the darkest colour.
        let edge = try #require(pictures.before.edges.first { $0.from == "callcenter" && $0.to == "crm" })
        #expect(edge.attributes["style"] == "dotted" && edge.attributes["color"] == FrictionStyle.colors[3])
    }

    @Test("a heatmap draws one organization's friction; the pictures render as PNG and PDF too")
    func heatmapAndFormats() throws {
        let heatmap = try BeforeAfterView.heatmap(model: BeforeAfterSample.before, friction: Self.friction.before,
                                                  measure: .bounces)
        let svg = try heatmap.rendered(as: .svg, engine: .nop)
        #expect(SVGInspector(svg).texts.contains { $0.hasPrefix("Friction: ") })
        #expect(SVGInspector(svg).texts.contains { $0.hasSuffix("bounces per 1,000 cases") })
        let png = try heatmap.rendered(as: .png, engine: .nop)
        OrgViewTests.keep(png, "heatmap.png")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try heatmap.rendered(as: .pdf, engine: .nop)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("a model compared with itself has nothing to show in the diff")
    func noChanges() throws {
        let view = BeforeAfterView(before: BeforeAfterSample.before, after: BeforeAfterSample.before)
        #expect(view.changes.isEmpty)
        let diff = BeforeAfterSVG(try view.diagrams().diff.rendered(as: .svg, engine: .nop))
        #expect(Set(diff.nodes.keys).isDisjoint(with: BeforeAfterSample.before.units.map(\.id)))
        #expect(diff.nodes["legend"]?.texts.contains("What changed: nothing") == true)
    }
}
