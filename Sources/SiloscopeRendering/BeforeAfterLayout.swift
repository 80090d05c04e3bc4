import Foundation
import SiloscopeModel

/// Positions shared by every picture of a set (before, after, diff): the union of the
/// organizations laid out once with dot, so a unit that did not change sits at the same
/// coordinates in each picture, on canvases of the same size.
///
/// Each union node is sized to the largest label it gets in any picture (measured by
/// Graphviz), so no picture's box outgrows its place. Division clusters and stacked teams
/// come from ``OrgChartView`` on the union, and their boxes are computed from their
/// members, because pinned rendering (Graphviz's `nop`) draws clusters only from a
/// given `bb`.
struct BeforeAfterLayout: Sendable {
    /// A cluster box of the union layout.
    struct Cluster: Sendable {
        var id: String
        var label: Label?
        var attributes: [String: String]
        var box: LayoutRect
        /// Union ids of the nodes directly inside (not in nested clusters).
        var members: [String]
        var children: [Cluster]
        /// For a stacked team, the union id of its manager.
        var manager: String?
    }

    /// Each union node's centre and size, in canvas points (origin at the lower left).
    var nodes: [String: DiagramLayout.NodePlacement]
    /// Top-level clusters (divisions), with nested stacked teams.
    var clusters: [Cluster]
    /// The canvas every picture shares.
    var canvas: LayoutRect
    /// The legend's top-left corner.
    var legendTopLeft: LayoutPoint

    /// Margin around a division's members, and room for its title above them.
    static let divisionMargin = 14.0
    static let divisionTitle = 26.0
    static let frameMargin = 10.0

    /// Lays out a union organization.
    ///
    /// - Parameters:
    ///   - union: A model whose units are every node of every picture (ids are union ids).
    ///   - sizes: The largest size each union node has in any picture, in points.
    ///   - legendSize: The largest legend's size, in points.
    /// - Throws: ``RenderingError`` when the union is not one tree or Graphviz fails.
    init(union: OrgModel, sizes: [String: (width: Double, height: Double)],
         legendSize: (width: Double, height: Double)) throws(RenderingError) {
        var diagram = try OrgChartView(model: union, showsHandoffs: false, title: "").diagram()
        diagram.label = nil
        try self.init(laying: diagram, sizes: sizes, legendSize: legendSize)
    }

    /// Lays out any diagram with dot, its nodes sized to `sizes`, and places the legend.
    ///
    /// - Parameters:
    ///   - diagram: The union diagram (node ids are union ids).
    ///   - sizes: The largest size each node has in any picture, in points.
    ///   - legendSize: The largest legend's size, in points.
    /// - Throws: ``RenderingError`` when Graphviz fails.
    init(laying diagram: Diagram, sizes: [String: (width: Double, height: Double)],
         legendSize: (width: Double, height: Double)) throws(RenderingError) {
        var diagram = diagram
        for index in diagram.nodes.indices {
            guard let size = sizes[diagram.nodes[index].id] else { continue }
            diagram.nodes[index].attributes["width"] = Self.inches(size.width)
            diagram.nodes[index].attributes["height"] = Self.inches(size.height)
        }
        let layout = try diagram.layout(engine: .dot)
        var placements = layout.nodes
        var clusters = diagram.subgraphs.compactMap { Self.cluster($0, layout: layout, isDivision: true) }

        // The legend goes in the top-left corner when that corner is empty, else above.
        var bounds = layout.boundingBox
        for placement in placements.values { bounds = Self.union(bounds, placement.frame) }
        for cluster in clusters { bounds = Self.union(bounds, cluster.box) }
        let gap = 16.0
        var legend = LayoutRect(
            lowerLeft: LayoutPoint(x: bounds.lowerLeft.x, y: bounds.upperRight.y - legendSize.height),
            upperRight: LayoutPoint(x: bounds.lowerLeft.x + legendSize.width, y: bounds.upperRight.y))
        let grown = Self.inset(legend, by: -gap)
        let occupied = placements.values.contains { Self.overlaps($0.frame, grown) }
            || clusters.contains { Self.overlaps($0.box, grown) }
        if occupied || legend.width > bounds.width {
            legend.lowerLeft.y = bounds.upperRight.y + gap
            legend.upperRight.y = legend.lowerLeft.y + legendSize.height
        }
        let frame = Self.inset(Self.union(bounds, legend), by: -8)

        // Move everything so the canvas starts at the origin.
        let dx = -frame.lowerLeft.x, dy = -frame.lowerLeft.y
        for (id, placement) in placements {
            var moved = placement
            moved.center = LayoutPoint(x: placement.center.x + dx, y: placement.center.y + dy)
            placements[id] = moved
        }
        clusters = clusters.map { Self.shifted($0, dx: dx, dy: dy) }
        self.canvas = LayoutRect(lowerLeft: LayoutPoint(x: 0, y: 0),
                                 upperRight: LayoutPoint(x: frame.width, y: frame.height))
        nodes = placements
        self.clusters = clusters
        legendTopLeft = LayoutPoint(x: legend.lowerLeft.x + dx, y: legend.upperRight.y + dy)
    }

    /// Measures labels as Graphviz sizes them: one dot layout of every distinct label.
    ///
    /// - Parameter items: Labels with the node attributes that affect size.
    /// - Returns: Width and height in points, in the order given.
    static func measure(_ items: [(label: Label, attributes: [String: String])]) throws(RenderingError)
        -> [(width: Double, height: Double)] {
        var diagram = Diagram(name: "measure", nodeDefaults: OrgDiagramStyle.nodeDefaults)
        for (index, item) in items.enumerated() {
            diagram.nodes.append(Diagram.Node(id: "m\(index)", label: item.label, attributes: item.attributes))
        }
        let layout = try diagram.layout(engine: .dot)
        return items.indices.map { index in
            let placement = layout.nodes["m\(index)"]
            return (placement?.width ?? 0, placement?.height ?? 0)
        }
    }

    /// A size in points as Graphviz's inches.
    static func inches(_ points: Double) -> String {
        String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), points / 72)
    }

    /// A cluster with the box dot gave it, or (if dot gave none) one around its members.
    private static func cluster(_ subgraph: Diagram.Subgraph, layout: DiagramLayout, isDivision: Bool) -> Cluster? {
        guard subgraph.isCluster else { return nil }
        let children = subgraph.subgraphs.compactMap { cluster($0, layout: layout, isDivision: false) }
        var box = layout.clusters[subgraph.graphvizName]
        if box == nil {
            for id in subgraph.nodeIDs {
                guard let frame = layout.nodes[id]?.frame else { continue }
                box = box.map { union($0, frame) } ?? frame
            }
            for child in children { box = box.map { union($0, child.box) } ?? child.box }
            let margin = isDivision ? divisionMargin : frameMargin
            box = box.map { inset($0, by: -margin) }
            if isDivision { box?.upperRight.y += divisionTitle }
        }
        guard let box else { return nil }
        let manager = subgraph.id.hasPrefix("team_") ? String(subgraph.id.dropFirst("team_".count)) : nil
        return Cluster(id: subgraph.id, label: subgraph.label, attributes: subgraph.attributes, box: box,
                       members: subgraph.nodeIDs, children: children, manager: manager)
    }

    private static func shifted(_ cluster: Cluster, dx: Double, dy: Double) -> Cluster {
        var copy = cluster
        copy.box = LayoutRect(lowerLeft: LayoutPoint(x: cluster.box.lowerLeft.x + dx, y: cluster.box.lowerLeft.y + dy),
                              upperRight: LayoutPoint(x: cluster.box.upperRight.x + dx, y: cluster.box.upperRight.y + dy))
        copy.children = cluster.children.map { shifted($0, dx: dx, dy: dy) }
        return copy
    }

    static func union(_ a: LayoutRect, _ b: LayoutRect) -> LayoutRect {
        LayoutRect(lowerLeft: LayoutPoint(x: min(a.lowerLeft.x, b.lowerLeft.x), y: min(a.lowerLeft.y, b.lowerLeft.y)),
                   upperRight: LayoutPoint(x: max(a.upperRight.x, b.upperRight.x), y: max(a.upperRight.y, b.upperRight.y)))
    }

    static func inset(_ rect: LayoutRect, by amount: Double) -> LayoutRect {
        LayoutRect(lowerLeft: LayoutPoint(x: rect.lowerLeft.x + amount, y: rect.lowerLeft.y + amount),
                   upperRight: LayoutPoint(x: rect.upperRight.x - amount, y: rect.upperRight.y - amount))
    }

    static func overlaps(_ a: LayoutRect, _ b: LayoutRect) -> Bool {
        a.lowerLeft.x < b.upperRight.x && b.lowerLeft.x < a.upperRight.x
            && a.lowerLeft.y < b.upperRight.y && b.lowerLeft.y < a.upperRight.y
    }
}
