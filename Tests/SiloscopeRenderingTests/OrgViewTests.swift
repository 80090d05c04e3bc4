import Foundation
import SiloscopeModel
import Testing

@testable import SiloscopeRendering

@Suite("Org views")
struct OrgViewTests {
    /// Set SILOSCOPE_RENDER_SAMPLES=DIR to write the sample views there for a look.
    static func keep(_ data: Data, _ name: String) {
        guard let directory = ProcessInfo.processInfo.environment["SILOSCOPE_RENDER_SAMPLES"] else { return }
        try? data.write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
    }

    @Test("the org chart shows every unit with name, kind and staff, divisions as clusters")
    func orgChart() throws {
        let model = SampleOrganization.model
        let diagram = try OrgChartView(model: model).diagram()
        #expect(diagram.nodes.count == model.units.count)
        let svg = try diagram.rendered(as: .svg)
        Self.keep(svg, "org.svg")
        Self.keep(try diagram.rendered(as: .png), "org.png")
        let texts = SVGInspector(svg).texts
        #expect(texts.contains("Çağrı Merkezi"))
        #expect(texts.contains("contact centre · 180 staff"))
        #expect(texts.contains("CRM team · CRM · 12 staff"))
        #expect(texts.contains("Bilgi Teknolojileri"))  // a division's cluster title
        let divisions = diagram.subgraphs.map(\.id)
        #expect(divisions.contains("division_it") && divisions.contains("division_retail"))
        #expect(!divisions.contains("division_hr"), "a division of one unit is not boxed")
        // Handoffs: dashed, not constraining; the CRM team highlighted.
        let handoffs = diagram.edges.filter { $0.attributes["style"] == "dashed" }
        #expect(handoffs.count == model.handoffs.count)
        #expect(handoffs.allSatisfy { $0.attributes["constraint"] == "false" })
        let crm = try #require(diagram.nodes.first { $0.id == "crm" })
        #expect(crm.attributes["fillcolor"] == OrgDiagramStyle.crmFill)
        #expect(Double(crm.attributes["penwidth"] ?? "") ?? 0 >= 3)
    }

    @Test("every unit is placed without overlapping another")
    func noOverlaps() throws {
        let layout = try OrgChartView(model: SampleOrganization.model).diagram().layout()
        let frames = layout.nodes.values.map(\.frame)
        for (i, a) in frames.enumerated() {
            for b in frames[(i + 1)...] {
                let apart = a.upperRight.x <= b.lowerLeft.x + 0.5 || b.upperRight.x <= a.lowerLeft.x + 0.5
                    || a.upperRight.y <= b.lowerLeft.y + 0.5 || b.upperRight.y <= a.lowerLeft.y + 0.5
                #expect(apart)
            }
        }
        // Legible on a projector: not absurdly wide for 52 units.
        #expect(layout.boundingBox.width / layout.boundingBox.height < 4.5, "\(layout.boundingBox)")
    }

    @Test("reporting lines run top-down")
    func topDown() throws {
        let layout = try OrgChartView(model: SampleOrganization.model).diagram().layout()
        for unit in SampleOrganization.model.units {
            guard let parent = unit.parent else { continue }
            let above = try #require(layout.nodes[parent]).center.y
            #expect(try #require(layout.nodes[unit.id]).center.y < above, "\(unit.id) under \(parent)")
        }
    }

    @Test("friction colours and widens handoff edges, and the legend shows the scale")
    func friction() throws {
        let model = SampleOrganization.model
        let friction: [HandoffKey: Double] = [
            HandoffKey(from: "callcenter", to: "complaints"): 42,
            HandoffKey(from: "complaints", to: "card_ops"): 9.5,
            HandoffKey(from: "nobody", to: "nowhere"): 1000,  // ignored
        ]
        let diagram = try OrgChartView(model: model, friction: friction).diagram()
        let handoffs = diagram.edges.filter { $0.attributes["style"] == "dashed" }
        let hot = try #require(handoffs.first { $0.from == "callcenter" && $0.to == "complaints" })
        let mild = try #require(handoffs.first { $0.from == "complaints" && $0.to == "card_ops" })
        #expect(hot.attributes["color"] == OrgDiagramStyle.frictionColors.last)
        #expect(mild.attributes["color"] == OrgDiagramStyle.frictionColors.first)
        #expect(Double(hot.attributes["penwidth"] ?? "") ?? 0 > Double(mild.attributes["penwidth"] ?? "") ?? 0)
        let svg = try diagram.rendered(as: .svg)
        Self.keep(try diagram.rendered(as: .png), "org-friction.png")
        #expect(SVGInspector(svg).texts.contains("friction 31.5–42"))
    }

    @Test("the handoffs view labels each handoff with case types, channel and context")
    func handoffs() throws {
        let model = SampleOrganization.model
        let diagram = try HandoffView(model: model).diagram()
        // sender ── label ──▶ receiver: two edges and a label node per handoff.
        #expect(diagram.edges.count == 2 * model.handoffs.count)
        #expect(diagram.nodes.filter { $0.id.hasPrefix("handoff ") }.count == model.handoffs.count)
        #expect(!diagram.nodes.contains { $0.id == "hr" }, "units without handoffs are left out")
        let svg = try diagram.rendered(as: .svg)
        Self.keep(svg, "handoffs.svg")
        Self.keep(try diagram.rendered(as: .png), "handoffs.png")
        let texts = SVGInspector(svg).texts
        #expect(texts.contains("Kart aidatı itirazı, Adres"))
        #expect(texts.contains("e-mail · context kept 40% ·"))
        // No two labels or units overlap.
        let frames = try diagram.layout().nodes.values.map(\.frame)
        for (i, a) in frames.enumerated() {
            for b in frames[(i + 1)...] {
                #expect(a.upperRight.x <= b.lowerLeft.x + 0.5 || b.upperRight.x <= a.lowerLeft.x + 0.5
                    || a.upperRight.y <= b.lowerLeft.y + 0.5 || b.upperRight.y <= a.lowerLeft.y + 0.5)
            }
        }
        #expect(texts.contains("any case"))
    }

    @Test("in Turkish both views write their own words in Turkish")
    func turkish() throws {
        let model = SampleOrganization.model
        let org = SVGInspector(try OrgView.org.diagram(for: model, language: .tr).rendered(as: .svg)).texts.joined(separator: "\n")
        let handoffs = SVGInspector(try OrgView.handoffs.diagram(for: model, language: .tr).rendered(as: .svg)).texts
            .joined(separator: "\n")
        for (svg, words) in [(org, ["organizasyon şeması", "bağlı olduğu yönetici (üstte)", "kişi", "CRM ekibi"]),
                             (handoffs, ["devirler", "bölüm içi devir", "e-posta", "bağlam korunur", "%40", "her vaka"])] {
            for word in words { #expect(svg.contains(word), "missing '\(word)'") }
        }
        for english in [" staff", "org chart", "reports to", "context kept", "any case", "e-mail"] {
            #expect(!org.contains(english) && !handoffs.contains(english), "English left: '\(english)'")
        }
    }

    @Test("handoffs between the same two units share one arrow, with summed volume")
    func mergedPairs() throws {
        var model = SampleOrganization.model
        model.handoffs.append(Handoff(from: "callcenter", to: "complaints", caseTypes: ["late_payment"],
                                      channel: .phone, contextKept: 0.3, volumePerDay: 30))
        let diagram = try HandoffView(model: model).diagram()
        #expect(diagram.edges.filter { $0.to == "complaints" }.count == 1)
        let texts = SVGInspector(try diagram.rendered(as: .svg)).texts.joined(separator: " ")
        #expect(texts.contains("ticket/phone · context kept 30–60% · 250/day"), "\(texts)")
        #expect(texts.contains("Kart aidatı itirazı, Adres değişikliği, Geciken ödeme"))
        // Units are coloured by division, and the legend names the divisions.
        let callCenter = try #require(diagram.nodes.first { $0.id == "callcenter" })
        #expect(callCenter.attributes["fillcolor"] != nil && callCenter.attributes["fillcolor"] != OrgDiagramStyle.unitFill)
        #expect(texts.contains("in Müşteri Deneyimi"))
    }

    @Test("hostile unit names render as written in both views", arguments: hostileTexts)
    func hostileNames(_ text: String) throws {
        var model = SampleOrganization.model
        model.units[1].name = text
        model.organization.name = text
        for view in OrgView.allCases {
            let texts = SVGInspector(try view.diagram(for: model).rendered(as: .svg)).texts.joined(separator: " ")
            // Long names wrap at spaces: compare the words.
            let words = OrgDiagramStyle.wrapped(Label.sanitized(text), width: 1000)[0].split(separator: " ")
            for word in words { #expect(texts.contains(word), "\(view): \(word)") }
        }
    }

    @Test("a handoff to a missing unit or a broken tree is a clear error")
    func brokenModels() {
        var model = SampleOrganization.model
        model.handoffs.append(Handoff(from: "crm", to: "ghost"))
        #expect(throws: RenderingError.invalidDiagram("handoffs[12] names unit 'ghost', which the model does not have")) {
            try OrgChartView(model: model).diagram()
        }
        var cyclic = SampleOrganization.model
        cyclic.units[0].parent = "crm"
        #expect(throws: RenderingError.self) { try HandoffView(model: cyclic).diagram() }
    }
}
