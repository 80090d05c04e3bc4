extension Diagram {
    /// The diagram as Graphviz 2.42's neato-family engines (neato, fdp, sfdp, nop) can
    /// route it without harm; dot diagrams are returned unchanged.
    ///
    /// With `splines=true` (or `polyline`) those engines send an edge with a port
    /// (`tailport`, `headport`) or with a parallel twin (two edges joining the same two
    /// nodes, either way round) through their triangulating router (`makeMultiSpline`,
    /// `mkRouter`). In Graphviz 2.42 that router writes past the end of a buffer (valgrind:
    /// "Invalid write of size 4 … 0 bytes after a block alloc'd in mkRouter"; here,
    /// `free(): invalid pointer` in `freeRouter` under glibc's malloc check), and runs
    /// without end when a port sits on a node drawn with `peripheries=2` (the bank's
    /// before picture for `scenarios/bank-customer-centric-kpis.yaml` never finished).
    ///
    /// So ports are dropped (an edge ends where the line meets the node's outline, as
    /// everywhere else in Siloscope's diagrams), and a diagram with parallel edges is
    /// drawn with straight lines (`splines=line`), which never enter that router.
    func safelyRoutable(by engine: LayoutEngine) -> Diagram {
        guard engine != .dot else { return self }
        var copy = self
        for index in copy.edges.indices {
            copy.edges[index].attributes["tailport"] = nil
            copy.edges[index].attributes["headport"] = nil
        }
        let splines = (graphAttributes["splines"] ?? "").lowercased()
        if Self.routedSplines.contains(splines), hasParallelEdges {
            copy.graphAttributes["splines"] = "line"
        }
        return copy
    }

    /// The `splines` values that send edges through neato's router.
    private static let routedSplines: Set<String> = ["true", "yes", "spline", "polyline", "compound"]

    /// Whether two edges join the same two nodes, in either direction.
    var hasParallelEdges: Bool {
        var seen = Set<[String]>()
        for edge in edges where !seen.insert([edge.from, edge.to].sorted()).inserted { return true }
        return false
    }
}
