import SiloscopeRendering

/// Keeps Graphviz 2.43's edge router from looping or corrupting memory on the pinned
/// before/after pictures (``BeforeAfterView``, rendered with the `nop` engine).
///
/// neato routes an edge with a port (`tailport=s`, `headport=n`: the pictures' reporting
/// lines) or an edge that has a parallel twin (two edges between the same two nodes) with
/// its triangulating router (`makeMultiSpline`, `mkRouter`). In Graphviz 2.43 that router
///
/// - writes past the end of a buffer (valgrind: "Invalid write of size 4 … 0 bytes after a
///   block alloc'd in mkRouter"): the heap is corrupted silently and a later render aborts
///   with `double free or corruption`, which is how the bank's report with its three
///   scenarios crashed;
/// - runs without end (100 % CPU for minutes) when the port sits on a node drawn with
///   `peripheries=2`, the double outline of a changed unit: the salon model with any
///   scenario that changes a unit's staff hung the report.
///
/// The guard removes every port (an edge then ends on the node's outline where the line
/// meets it, as everywhere else in Siloscope's diagrams) and draws a picture that has
/// parallel edges with straight lines (`splines=line`), so no edge enters that router.
/// Reproduce without Siloscope: `neato -n -Tsvg` on the before picture's DOT of
/// `org-models/salon.yaml` with `set_unit: {unit: resepsiyon, staff: 2}` (never ends).
enum PortGuard {
    /// The diagram without ports, with straight lines when two edges join the same two
    /// nodes.
    static func safe(_ diagram: Diagram) -> Diagram {
        var diagram = diagram
        for index in diagram.edges.indices {
            diagram.edges[index].attributes["headport"] = nil
            diagram.edges[index].attributes["tailport"] = nil
        }
        if hasParallelEdges(diagram) { diagram.graphAttributes["splines"] = "line" }
        return diagram
    }

    /// Whether two edges join the same two nodes, in either direction.
    static func hasParallelEdges(_ diagram: Diagram) -> Bool {
        var seen = Set<[String]>()
        for edge in diagram.edges where !seen.insert([edge.from, edge.to].sorted()).inserted { return true }
        return false
    }
}
