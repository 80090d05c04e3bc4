import Foundation
import Testing

@testable import SiloscopeRendering

@Suite("Rendering")
struct RenderingTests {
    /// A diagram carrying `text` on a node, an edge, a cluster and the graph title.
    static func diagram(showing text: String, html: Bool = false) -> Diagram {
        let label: Label = html ? .html("<b>" + Label.escapingHTML(text) + "</b>") : .text(text)
        return Diagram(
            name: "hostile",
            label: label,
            nodes: [
                Diagram.Node(id: "n1", label: label, attributes: ["shape": "box"]),
                Diagram.Node(id: "n2", label: .text("plain")),
            ],
            edges: [Diagram.Edge(from: "n1", to: "n2", label: label)],
            subgraphs: [Diagram.Subgraph(id: "c", label: label, nodeIDs: ["n2"])])
    }

    @Test("hostile plain labels render as written on nodes, edges, clusters and the title", arguments: hostileTexts)
    func hostilePlainLabels(_ text: String) throws {
        let svg = try Self.diagram(showing: text).rendered(as: .svg)
        let inspector = SVGInspector(svg)
        #expect(inspector.parseError == nil)
        let lines = visibleLines(text)
        // Title, cluster, node and edge: each shows every line of the text.
        for line in lines {
            #expect(inspector.texts.filter { $0 == line }.count == 4, "line \(line) in \(inspector.texts)")
        }
        #expect(!inspector.attributes.contains { $0.value == "red" }, "no attribute was injected")
        #expect(!inspector.texts.contains("pwned"))
    }

    @Test("hostile text inside HTML-like labels renders as written", arguments: hostileTexts)
    func hostileHTMLLabels(_ text: String) throws {
        let svg = try Self.diagram(showing: text, html: true).rendered(as: .svg)
        let inspector = SVGInspector(svg)
        #expect(inspector.parseError == nil)
        for line in visibleLines(text) {
            #expect(inspector.texts.filter { $0 == line }.count == 4, "line \(line) in \(inspector.texts)")
        }
        #expect(!inspector.attributes.contains { $0.value == "red" })
    }

    @Test("hostile node identifiers are names, never syntax")
    func hostileIdentifiers() throws {
        let ids = [#"a"; b -> c [color=red]"#, #"x\N"#, "<y>", "{z}"]
        let diagram = Diagram(
            nodes: ids.map { Diagram.Node(id: $0) },
            edges: [Diagram.Edge(from: ids[0], to: ids[1])])
        let inspector = SVGInspector(try diagram.rendered(as: .svg))
        #expect(inspector.parseError == nil)
        for id in ids {
            #expect(inspector.texts.contains(id))
            #expect(inspector.titles.contains(id))
        }
        #expect(!inspector.attributes.contains { $0.value == "red" })
        let parsed = try parseDOT(try diagram.dotSource())
        #expect(parsed.nodes.map(\.id) == ids)
    }

    @Test("Turkish letters appear in SVG, and PNG and PDF render")
    func turkish() throws {
        let text = "Müşteri İlişkileri Yönetimi — ş ğ ı İ ç ö ü Ş Ğ Ç Ö Ü"
        let diagram = Diagram(nodes: [Diagram.Node(id: "crm", label: .text(text))])
        let svg = try diagram.rendered(as: .svg)
        #expect(SVGInspector(svg).texts.contains(text))
        #expect(String(decoding: svg, as: UTF8.self).contains("font-family=\"DejaVu Sans"))
        #expect(try diagram.rendered(as: .png).count > 1000)
        #expect(try diagram.rendered(as: .pdf).count > 1000)
    }

    @Test("PNG starts with the PNG signature, PDF with %PDF, SVG is XML, DOT is DOT")
    func formats() throws {
        let diagram = Self.diagram(showing: "formats")
        let png = try diagram.rendered(as: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try diagram.rendered(as: .pdf)
        #expect(String(decoding: pdf.prefix(4), as: UTF8.self) == "%PDF")
        #expect(pdf.contains(0), "binary output is copied as raw bytes, NULs included")
        let svg = try diagram.rendered(as: .svg)
        #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
        let dot = try diagram.dotSource()
        #expect(dot.hasPrefix("digraph hostile {"))
    }

    @Test("every engine lays out and renders", arguments: LayoutEngine.allCases)
    func engines(_ engine: LayoutEngine) throws {
        let svg = try Self.diagram(showing: "engine").rendered(as: .svg, engine: engine)
        #expect(SVGInspector(svg).texts.contains("engine"))
    }

    /// neato, fdp and sfdp close the subgraphs they make for connected components; in
    /// Graphviz 2.42 that emptied cgraph's name map, names read back as "%1", and the
    /// SVG renderer overflowed the heap writing edge titles (a CI crash). The ID
    /// discipline now keeps names itself.
    @Test("names survive every engine: SVG titles name the real nodes, then the graph reads back",
          arguments: LayoutEngine.allCases)
    func namesSurviveLayout(_ engine: LayoutEngine) throws {
        let nodes = ["kök", "a", "b", "c", "yalnız"].map { Diagram.Node(id: $0) }
        let edges = [("kök", "a"), ("a", "b"), ("b", "c")].map { Diagram.Edge(from: $0.0, to: $0.1) }
        let diagram = Diagram(name: "adlar", nodes: nodes, edges: edges,
                              subgraphs: [Diagram.Subgraph(id: "küme", label: .text("K"), nodeIDs: ["b", "c"])])
        for _ in 0..<3 {
            let svg = String(decoding: try diagram.rendered(as: .svg, engine: engine), as: UTF8.self)
            #expect(svg.contains("<title>kök&#45;&gt;a</title>"))
            #expect(svg.contains("<title>b&#45;&gt;c</title>"))
            #expect(svg.contains("<title>yalnız</title>"))
            #expect(!svg.contains("<title>%"))
            #expect(try diagram.layout(engine: engine).nodes.keys.sorted() == ["a", "b", "c", "kök", "yalnız"])
        }
    }

    @Test("neato-family engines get no ports, and straight lines when edges are parallel; dot keeps both")
    func routerGuard() throws {
        let ported = ["tailport": "s", "headport": "n"]
        let diagram = Diagram(
            graphAttributes: ["splines": "true"],
            nodes: [Diagram.Node(id: "a", attributes: ["peripheries": "2"]), Diagram.Node(id: "b")],
            edges: [Diagram.Edge(from: "a", to: "b", attributes: ported), Diagram.Edge(from: "b", to: "a")])
        #expect(diagram.safelyRoutable(by: .dot) == diagram)
        for engine in [LayoutEngine.neato, .fdp, .sfdp, .nop] {
            let safe = diagram.safelyRoutable(by: engine)
            #expect(safe.edges.allSatisfy { $0.attributes["tailport"] == nil && $0.attributes["headport"] == nil })
            #expect(safe.graphAttributes["splines"] == "line")
        }
        let single = Diagram(graphAttributes: ["splines": "true"], nodes: diagram.nodes, edges: [diagram.edges[0]])
        #expect(single.safelyRoutable(by: .neato).graphAttributes["splines"] == "true")
        // The double outline with a port once made neato loop; now it renders.
        let svg = try diagram.rendered(as: .svg, engine: .neato)
        #expect(SVGInspector(svg).texts.contains("a"))
    }

    @Test("a large bitmap is scaled below the pixel cap")
    func bitmapCap() throws {
        let nodes = (0..<120).map { Diagram.Node(id: "n\($0)", label: .text("Unit number \($0)")) }
        let diagram = Diagram(graphAttributes: ["rankdir": "LR"], nodes: nodes,
                              subgraphs: [.sameRank(id: "row", nodeIDs: nodes.map(\.id))])
        let png = try diagram.rendered(as: .png, bitmap: BitmapOptions(dpi: 96, maxPixels: 1500))
        let (width, height) = pngSize(png)
        #expect(width <= 1500 && height <= 1500, "\(width)×\(height)")
        #expect(max(width, height) > 1000, "scaled down, not collapsed")
    }

    @Test("invalid diagrams are errors that name the problem")
    func invalidDiagrams() {
        let missing = Diagram(nodes: [Diagram.Node(id: "a")], edges: [Diagram.Edge(from: "a", to: "b")])
        #expect(throws: RenderingError.self) { try missing.rendered(as: .svg) }
        do {
            _ = try missing.rendered(as: .svg)
        } catch {
            #expect(error.description.contains("\"b\""))
        }
        let twice = Diagram(nodes: [Diagram.Node(id: "a"), Diagram.Node(id: "a")])
        #expect(throws: RenderingError.invalidDiagram("node \"a\" is declared twice")) { try twice.rendered(as: .svg) }
        let labelAttribute = Diagram(nodes: [Diagram.Node(id: "a", attributes: ["label": "x"])])
        #expect(throws: RenderingError.self) { try labelAttribute.rendered(as: .svg) }
        let nul = Diagram(nodes: [Diagram.Node(id: "a\u{0}b")])
        #expect(throws: RenderingError.self) { try nul.layout() }
        let fakeCluster = Diagram(nodes: [Diagram.Node(id: "a")],
                                  subgraphs: [Diagram.Subgraph(id: "clusterX", isCluster: false, nodeIDs: ["a"])])
        #expect(throws: RenderingError.self) { try fakeCluster.rendered(as: .svg) }
    }

    @Test("malformed HTML-like markup is a Graphviz error naming gvLayout, not a silent fallback")
    func malformedHTML() {
        let diagram = Diagram(nodes: [Diagram.Node(id: "a", label: .html("<b>unclosed"))])
        do {
            _ = try diagram.rendered(as: .svg)
            Issue.record("expected an error")
        } catch {
            guard case .graphviz(let function, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(function == "gvLayout")
            #expect(message.contains("mismatched tag"))
        }
    }

    @Test("an empty plain node label shows nothing, not the node's name")
    func emptyLabel() throws {
        let diagram = Diagram(nodes: [Diagram.Node(id: "secret-id", label: .text(""))])
        #expect(!SVGInspector(try diagram.rendered(as: .svg)).texts.contains("secret-id"))
    }

    @Test("output formats follow file extensions")
    func formatFromExtension() {
        #expect(OutputFormat(pathExtensionOf: "out/org.SVG") == .svg)
        #expect(OutputFormat(pathExtensionOf: "org.gv") == .dot)
        #expect(OutputFormat(pathExtensionOf: "a.png") == .png)
        #expect(OutputFormat(pathExtensionOf: "dir.v2/file") == nil)
        #expect(OutputFormat(pathExtensionOf: "report.html") == nil)
    }
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ png: Data) -> (Int, Int) {
    let bytes = Array(png)
    guard bytes.count >= 24 else { return (0, 0) }
    func int(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}
