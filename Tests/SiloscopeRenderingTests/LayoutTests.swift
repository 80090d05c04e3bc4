import Foundation
import Testing

@testable import SiloscopeRendering

@Suite("Layout positions")
struct LayoutTests {
    static let before = Diagram(
        nodes: ["ceo", "it", "mkt", "crm", "sales"].map { Diagram.Node(id: $0, attributes: ["shape": "box"]) },
        edges: [
            Diagram.Edge(from: "ceo", to: "it"), Diagram.Edge(from: "ceo", to: "mkt"),
            Diagram.Edge(from: "it", to: "crm"), Diagram.Edge(from: "mkt", to: "sales"),
        ])

    @Test("layout reports every node and a bounding box containing them")
    func positions() throws {
        let layout = try Self.before.layout()
        #expect(Set(layout.nodes.keys) == ["ceo", "it", "mkt", "crm", "sales"])
        #expect(layout.boundingBox.width > 0 && layout.boundingBox.height > 0)
        for placement in layout.nodes.values {
            #expect(placement.frame.lowerLeft.x >= layout.boundingBox.lowerLeft.x - 0.5)
            #expect(placement.frame.upperRight.y <= layout.boundingBox.upperRight.y + 0.5)
        }
        // Top-down: the chief executive is above the units reporting to it.
        let ceo = try #require(layout.nodes["ceo"]).center.y
        #expect(try #require(layout.nodes["it"]).center.y < ceo)
    }

    @Test("pinned positions are honoured by neato, also when the diagram changed")
    func pinned() throws {
        let layout = try Self.before.layout()
        // After: CRM moves under Marketing, a new unit appears.
        var after = Self.before
        after.edges[2] = Diagram.Edge(from: "mkt", to: "crm")
        after.nodes.append(Diagram.Node(id: "new", attributes: ["shape": "box"]))
        after.edges.append(Diagram.Edge(from: "mkt", to: "new"))
        var pinned = after.pinned(to: layout)
        pinned.nodes.removeAll { $0.id == "crm" }
        pinned.nodes.append(Diagram.Node(id: "crm", attributes: ["shape": "box"]))  // crm moves freely
        let relaid = try pinned.layout(engine: .neato)
        for id in ["ceo", "it", "mkt", "sales"] {
            let old = try #require(layout.nodes[id]).center
            let new = try #require(relaid.nodes[id]).center
            #expect(abs(old.x - new.x) < 0.5 && abs(old.y - new.y) < 0.5, "\(id): \(old) → \(new)")
        }
        #expect(relaid.nodes["new"] != nil)
        // And it renders.
        let svg = try pinned.rendered(as: .svg, engine: .neato)
        #expect(SVGInspector(svg).texts.contains("new"))
    }
}
