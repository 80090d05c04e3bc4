import SiloscopeRendering

/// Keeps Graphviz 2.43's spline router from looping on pinned pictures.
///
/// Found while building the report: neato's router (used by the `nop` engine of the
/// before/after pictures) runs for minutes without end (`makeMultiSpline`, 100 % CPU) when
/// an edge is attached by a port (`headport=n`, `tailport=s`) to a node drawn with
/// `peripheries=2` — the double outline marking a changed unit. The salon model with any
/// scenario that changes a unit's staff hung `siloscope report`; removing the port on those
/// edges (the line then ends on the outline, where the router puts it) renders it in
/// milliseconds. The ports stay on every other edge.
///
/// Reproduce without Siloscope: `neato -n -Tsvg` on the before picture's DOT of
/// `org-models/salon.yaml` with `set_unit: {unit: resepsiyon, staff: 2}`.
enum PortGuard {
    /// The diagram with ports removed from edges whose port sits on a node with more than
    /// one periphery.
    static func safe(_ diagram: Diagram) -> Diagram {
        var multiple = Set<String>()
        for node in diagram.nodes where (Int(node.attributes["peripheries"] ?? "") ?? 1) > 1 {
            multiple.insert(node.id)
        }
        guard !multiple.isEmpty else { return diagram }
        var diagram = diagram
        for index in diagram.edges.indices {
            if multiple.contains(diagram.edges[index].to) { diagram.edges[index].attributes["headport"] = nil }
            if multiple.contains(diagram.edges[index].from) { diagram.edges[index].attributes["tailport"] = nil }
        }
        return diagram
    }
}
