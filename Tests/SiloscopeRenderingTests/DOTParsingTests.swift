import Foundation
import Testing

@testable import SiloscopeRendering

@Suite("DOT parsing")
struct DOTParsingTests {
    static let sample = Diagram(
        name: "org",
        label: .text("Bank — before"),
        graphAttributes: ["rankdir": "TB", "nodesep": "0.4"],
        nodeDefaults: ["shape": "box", "style": "rounded,filled", "fillcolor": "#eeeeee"],
        edgeDefaults: ["color": "#555555"],
        nodes: [
            Diagram.Node(id: "ceo", label: .text("Genel Müdür\n(CEO)")),
            Diagram.Node(id: "it", label: .html("<b>" + Label.escapingHTML("IT & Data <core>") + "</b>")),
            Diagram.Node(id: "crm", label: .text(#"CRM "team" \N {x}"#), attributes: ["penwidth": "3"]),
            Diagram.Node(id: "left", label: .graphviz(#"left\l"#), attributes: ["shape": "ellipse"]),
        ],
        edges: [
            Diagram.Edge(from: "it", to: "crm"),
            Diagram.Edge(from: "ceo", to: "it", label: .text("reports")),
            Diagram.Edge(from: "crm", to: "left", attributes: ["style": "dashed", "constraint": "false"]),
            Diagram.Edge(from: "crm", to: "left", attributes: ["style": "dotted"]),
        ],
        subgraphs: [
            Diagram.Subgraph(
                id: "tech", label: .text("Technology"), attributes: ["style": "filled", "fillcolor": "#ddeeff"],
                nodeIDs: ["it"],
                subgraphs: [Diagram.Subgraph(id: "crmteam", nodeIDs: ["crm"])]),
            .sameRank(id: "bottom", nodeIDs: ["left"]),
        ])

    @Test("a diagram survives DOT output and parsing unchanged")
    func roundTrip() throws {
        let dot = try Self.sample.dotSource()
        let parsed = try parseDOT(dot)
        // agwrite lists a subgraph's nodes inside it and edges by tail node, so the
        // order follows the text, not the diagram.
        #expect(parsed.sortingNodes() == Self.sample.sortingNodes(), "\(dot)")
        // And again: from the parsed diagram on, the text is stable.
        let again = try parsed.dotSource()
        #expect(try parseDOT(again).dotSource() == again)
    }

    @Test("DOT written by hand parses into nodes, edges, clusters and defaults")
    func handWritten() throws {
        let diagram = try parseDOT(
            """
            digraph G {
              node [shape=box];
              a [label="A \\\\ one"];
              subgraph cluster_x { label="X"; b; c [shape=ellipse]; }
              a -> b [label="go"];
              b -> c;
            }
            """)
        #expect(diagram.nodes.map(\.id) == ["a", "b", "c"])
        #expect(diagram.nodes[0].label == .text(#"A \ one"#))
        #expect(diagram.nodes[1].label == .text("b"))
        #expect(diagram.nodes[2].attributes == ["shape": "ellipse"])
        #expect(diagram.nodeDefaults["shape"] == "box")
        #expect(diagram.edges.map { "\($0.from)>\($0.to)" } == ["a>b", "b>c"])
        #expect(diagram.edges[0].label == .text("go"))
        #expect(diagram.subgraphs.map(\.id) == ["x"])
        #expect(diagram.subgraphs[0].isCluster && diagram.subgraphs[0].label == .text("X"))
        #expect(diagram.subgraphs[0].nodeIDs == ["b", "c"])
        // It renders.
        #expect(SVGInspector(try diagram.rendered(as: .svg)).texts.contains(#"A \ one"#))
    }

    @Test("a syntax error is an error with Graphviz's message, and parsing works afterwards")
    func syntaxError() throws {
        do {
            _ = try parseDOT("digraph {\n a -> ;\n}")
            Issue.record("expected a syntax error")
        } catch {
            guard case .dotSyntax(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("syntax error"))
            #expect(message.contains("line 2"))
            #expect(error.description.hasPrefix("The DOT text is not valid"))
        }
        #expect(throws: RenderingError.self) { try parseDOT("") }
        #expect(throws: RenderingError.self) { try parseDOT("graph { a -- b [label=<unclosed] }") }
        #expect(try parseDOT("graph { a -- b }").edges.count == 1)
    }

    @Test("text after the first graph does not leak into the next parse")
    func independentParses() throws {
        #expect(try parseDOT("digraph A { a } digraph B { b }").name == "A")
        #expect(try parseDOT("digraph C { c }").name == "C")
        #expect(try parseDOT("digraph { x }").name == "G")
    }

    @Test("anonymous subgraphs get an identifier and keep their attributes")
    func anonymousSubgraph() throws {
        let diagram = try parseDOT("digraph { a; b; { rank=same; a; b } }")
        #expect(diagram.subgraphs.count == 1)
        #expect(diagram.subgraphs[0].attributes == ["rank": "same"])
        #expect(!diagram.subgraphs[0].isCluster)
        #expect(try parseDOT(diagram.dotSource()).subgraphs.first?.nodeIDs == ["a", "b"])
    }

    @Test("undirected and strict graphs keep their kind")
    func kinds() throws {
        let diagram = try parseDOT("strict graph H { a -- b; a -- b }")
        #expect(!diagram.isDirected && diagram.isStrict && diagram.name == "H")
        #expect(diagram.edges.count == 1)
    }
}

extension Diagram {
    /// The diagram with nodes and edges in a fixed order, for comparisons that ignore order.
    func sortingNodes() -> Diagram {
        var copy = self
        copy.nodes.sort { $0.id < $1.id }
        func key(_ edge: Edge) -> String {
            [edge.from, edge.to, edge.label.map { "\($0)" } ?? ""].joined(separator: "\u{1}")
                + edge.attributes.sorted { $0.key < $1.key }.map { "\u{1}\($0.key)=\($0.value)" }.joined()
        }
        copy.edges.sort { key($0) < key($1) }
        return copy
    }
}
