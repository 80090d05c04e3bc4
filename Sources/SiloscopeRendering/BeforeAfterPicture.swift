import Foundation

/// One picture of a before/after set, before it is pinned to the shared layout: which
/// union nodes it shows and how, its reporting lines, its other edges and its legend.
struct BeforeAfterPicture: Sendable {
    /// A node: its id in this picture, the union node whose place it takes, and its look.
    struct Node: Sendable {
        var id: String
        var unionID: String
        var label: Label
        var attributes: [String: String]
    }

    /// A reporting line between two picture nodes (ids), with its look.
    struct ReportingLine: Sendable {
        var parent: String
        var child: String
        var attributes: [String: String] = [:]
    }

    var name: String
    var nodes: [Node] = []
    var reportingLines: [ReportingLine] = []
    /// Handoffs and other arrows, between picture node ids.
    var edges: [Diagram.Edge] = []
    var legend: Label
    var legendSize: (width: Double, height: Double) = (0, 0)
    /// Whether a stacked team's frame hugs the members this picture shows (the diff
    /// picture, which shows few) instead of keeping the shared layout's full frame.
    var hugsPartialFrames = false

    /// The picture as a diagram whose every node is pinned where the layout put its union
    /// node; render it with ``LayoutEngine/nop``.
    func diagram(layout: BeforeAfterLayout) -> Diagram {
        var graph = OrgDiagramStyle.graphAttributes(rankdir: "TB")
        graph["splines"] = "true"
        graph["notranslate"] = "true"
        graph["pad"] = "0.2"
        var diagram = Diagram(name: name, graphAttributes: graph, nodeDefaults: OrgDiagramStyle.nodeDefaults,
                              edgeDefaults: OrgDiagramStyle.edgeDefaults)
        var present: [String: String] = [:]  // union id → picture id
        for node in nodes {
            guard let placement = layout.nodes[node.unionID] else { continue }
            var attributes = node.attributes
            attributes["pos"] = Self.point(placement.center)
            attributes["width"] = BeforeAfterLayout.inches(placement.width)
            attributes["height"] = BeforeAfterLayout.inches(placement.height)
            diagram.nodes.append(Diagram.Node(id: node.id, label: node.label, attributes: attributes))
            present[node.unionID] = node.id
        }

        // Clusters with members here; stacked teams get an anchor the manager's line ends at.
        var anchors: [String: String] = [:]  // member picture id → anchor id of its frame
        func subgraph(_ cluster: BeforeAfterLayout.Cluster) -> Diagram.Subgraph? {
            let children = cluster.children.compactMap(subgraph)
            let members = cluster.members.compactMap { present[$0] }
            guard !members.isEmpty || !children.isEmpty else { return nil }
            var attributes = cluster.attributes
            var box = cluster.box
            if hugsPartialFrames, cluster.manager != nil, members.count < cluster.members.count, children.isEmpty {
                // A stacked team of which this picture shows only some members (the diff
                // picture, mostly): its frame hugs them instead of standing empty.
                let boxes = cluster.members.filter { present[$0] != nil }.compactMap { layout.nodes[$0] }.map { node in
                    LayoutRect(lowerLeft: LayoutPoint(x: node.center.x - node.width / 2, y: node.center.y - node.height / 2),
                               upperRight: LayoutPoint(x: node.center.x + node.width / 2, y: node.center.y + node.height / 2))
                }
                if let first = boxes.first {
                    box = BeforeAfterLayout.inset(boxes.dropFirst().reduce(first, BeforeAfterLayout.union), by: -8)
                }
            }
            attributes["bb"] = Self.box(box)
            if cluster.manager != nil {
                let anchor = "\(cluster.id) anchor"
                let top = LayoutPoint(x: (box.lowerLeft.x + box.upperRight.x) / 2, y: box.upperRight.y)
                diagram.nodes.append(Diagram.Node(id: anchor, label: .text(""), attributes: [
                    "shape": "point", "width": "0.01", "height": "0.01", "style": "invis", "pos": Self.point(top),
                ]))
                for member in members { anchors[member] = anchor }
            }
            return Diagram.Subgraph(id: cluster.id, label: cluster.label, attributes: attributes, nodeIDs: members,
                                    subgraphs: children)
        }
        let subgraphs = layout.clusters.compactMap(subgraph)
        diagram.subgraphs = subgraphs

        // Reporting lines; a stacked team gets one line from its manager to its frame.
        var framesJoined = Set<String>()
        let ids = Set(diagram.nodes.map(\.id))
        for line in reportingLines where ids.contains(line.parent) && ids.contains(line.child) {
            // Down from the manager's bottom edge; a highlighted line goes to the unit
            // itself, not to the frame it shares.
            var attributes = line.attributes
            attributes["tailport"] = "s"
            if let anchor = anchors[line.child], line.attributes.isEmpty {
                guard framesJoined.insert(anchor).inserted else { continue }
                diagram.edges.append(Diagram.Edge(from: line.parent, to: anchor, attributes: attributes))
            } else {
                attributes["headport"] = "n"
                diagram.edges.append(Diagram.Edge(from: line.parent, to: line.child, attributes: attributes))
            }
        }
        diagram.edges += edges.filter { ids.contains($0.from) && ids.contains($0.to) }

        // The legend in its corner, and two invisible corners so every picture of the set
        // has the same canvas.
        let legendCenter = LayoutPoint(x: layout.legendTopLeft.x + legendSize.width / 2,
                                       y: layout.legendTopLeft.y - legendSize.height / 2)
        diagram.nodes.append(Diagram.Node(id: "legend", label: legend, attributes: [
            "shape": "plaintext", "margin": "0", "style": "", "pos": Self.point(legendCenter),
            "width": BeforeAfterLayout.inches(legendSize.width), "height": BeforeAfterLayout.inches(legendSize.height),
        ]))
        for (id, corner) in [("corner lower left", layout.canvas.lowerLeft), ("corner upper right", layout.canvas.upperRight)] {
            diagram.nodes.append(Diagram.Node(id: id, label: .text(""), attributes: [
                "shape": "point", "width": "0.01", "height": "0.01", "style": "invis", "pos": Self.point(corner),
            ]))
        }
        return diagram
    }

    static func point(_ point: LayoutPoint) -> String {
        "\(number(point.x)),\(number(point.y))!"
    }

    static func box(_ rect: LayoutRect) -> String {
        "\(number(rect.lowerLeft.x)),\(number(rect.lowerLeft.y)),\(number(rect.upperRight.x)),\(number(rect.upperRight.y))"
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
