import Foundation
import Testing

@testable import SiloscopeRendering

@Suite("Concurrent rendering")
struct ConcurrencyTests {
    static let diagram: Diagram = {
        let nodes = (0..<30).map { Diagram.Node(id: "u\($0)", label: .text("Birim \($0) — İş ğ")) }
        let edges = (1..<30).map { Diagram.Edge(from: "u\(($0 - 1) / 3)", to: "u\($0)") }
            + (0..<10).map { Diagram.Edge(from: "u\($0 * 2)", to: "u\(29 - $0)", attributes: ["style": "dashed", "constraint": "false"]) }
        return Diagram(nodes: nodes, edges: edges,
                       subgraphs: [Diagram.Subgraph(id: "a", label: .text("A"), nodeIDs: ["u1", "u4", "u5"])])
    }()

    @Test("parallel test cases render byte-identical output", arguments: 0..<6)
    func parallelCases(_ index: Int) throws {
        let format: OutputFormat = index.isMultiple(of: 2) ? .svg : .png
        let first = try Self.diagram.rendered(as: format)
        let second = try Self.diagram.rendered(as: format)
        #expect(first == second)
    }

    @Test("a task group of renders, layouts and parses gives identical results")
    func taskGroup() async throws {
        let reference = try Self.diagram.rendered(as: .svg)
        let referencePNG = try Self.diagram.rendered(as: .png)
        let referenceLayout = try Self.diagram.layout()
        let dot = try Self.diagram.dotSource()
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for task in 0..<48 {
                group.addTask {
                    switch task % 4 {
                    case 0: return try Self.diagram.rendered(as: .svg) == reference
                    case 1: return try Self.diagram.rendered(as: .png) == referencePNG
                    case 2: return try Self.diagram.layout() == referenceLayout
                    default: return try parseDOT(dot).sortingNodes() == Self.diagram.sortingNodes()
                    }
                }
            }
            for try await same in group { #expect(same) }
        }
    }

    @Test("a diagram with many clusters gives the same bytes on every render, whatever was allocated between")
    func clusterOrderIsStable() throws {
        var nodes = [Diagram.Node(id: "root")]
        var edges: [Diagram.Edge] = []
        var subgraphs: [Diagram.Subgraph] = []
        for division in 0..<6 {
            let ids = (0..<4).map { "d\(division)u\($0)" }
            nodes += ids.map { Diagram.Node(id: $0) }
            edges += ids.enumerated().map { Diagram.Edge(from: $0.offset == 0 ? "root" : ids[0], to: $0.element) }
            subgraphs.append(Diagram.Subgraph(id: "division\(division)", label: .text("Division \(division)"), nodeIDs: ids))
        }
        let diagram = Diagram(nodes: nodes, edges: edges, subgraphs: subgraphs)
        let svg = try diagram.rendered(as: .svg)
        let dot = try diagram.dotSource()
        for round in 0..<20 {
            // cgraph's default IDs are name addresses: vary the heap between renders.
            let noise = (0..<round * 7).map { Diagram.Node(id: "noise\($0)" + String(repeating: "x", count: $0 % 40)) }
            _ = try Diagram(nodes: noise).dotSource()
            #expect(try diagram.rendered(as: .svg) == svg)
            #expect(try diagram.dotSource() == dot)
        }
    }

    @Test("renders on plain threads, with syntax errors in between, do not crash")
    func threadsWithErrors() async {
        let results = await withTaskGroup(of: Int.self) { group in
            for task in 0..<16 {
                group.addTask {
                    let ok = (try? Self.diagram.rendered(as: .svg, engine: task.isMultiple(of: 2) ? .dot : .neato)) != nil
                    let failed = (try? parseDOT("digraph { a -> ; }")) == nil
                    return ok && failed ? 1 : 0
                }
            }
            return await group.reduce(0, +)
        }
        #expect(results == 16)
    }
}
