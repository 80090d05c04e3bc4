/// A point in Graphviz coordinates: points (1/72 inch), y growing upwards.
public struct LayoutPoint: Hashable, Sendable {
    /// Horizontal position in points.
    public var x: Double
    /// Vertical position in points (upwards).
    public var y: Double

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: Horizontal position in points.
    ///   - y: Vertical position in points.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in Graphviz coordinates (points, y upwards).
public struct LayoutRect: Hashable, Sendable {
    /// The lower-left corner.
    public var lowerLeft: LayoutPoint
    /// The upper-right corner.
    public var upperRight: LayoutPoint

    /// Creates a rectangle from its corners.
    ///
    /// - Parameters:
    ///   - lowerLeft: The lower-left corner.
    ///   - upperRight: The upper-right corner.
    public init(lowerLeft: LayoutPoint, upperRight: LayoutPoint) {
        self.lowerLeft = lowerLeft
        self.upperRight = upperRight
    }

    /// Width in points.
    public var width: Double { upperRight.x - lowerLeft.x }
    /// Height in points.
    public var height: Double { upperRight.y - lowerLeft.y }
}

/// Where a layout engine put each node of a diagram.
public struct DiagramLayout: Hashable, Sendable {
    /// One node's placement.
    public struct NodePlacement: Hashable, Sendable {
        /// The node's centre.
        public var center: LayoutPoint
        /// The node's width in points.
        public var width: Double
        /// The node's height in points.
        public var height: Double

        /// Creates a placement.
        ///
        /// - Parameters:
        ///   - center: The node's centre.
        ///   - width: Width in points.
        ///   - height: Height in points.
        public init(center: LayoutPoint, width: Double, height: Double) {
            self.center = center
            self.width = width
            self.height = height
        }

        /// The rectangle the node occupies.
        public var frame: LayoutRect {
            LayoutRect(
                lowerLeft: LayoutPoint(x: center.x - width / 2, y: center.y - height / 2),
                upperRight: LayoutPoint(x: center.x + width / 2, y: center.y + height / 2))
        }
    }

    /// The engine that produced the layout.
    public var engine: LayoutEngine
    /// The drawing's bounding box (Graphviz's `bb`), without margins.
    public var boundingBox: LayoutRect
    /// Each node's placement, by node identifier.
    public var nodes: [String: NodePlacement]
    /// Each cluster's box (its label included), by the name Graphviz gives the cluster:
    /// `cluster_` followed by the subgraph's id, or the id when it starts with `cluster`.
    /// Empty for engines that do not lay out clusters.
    public var clusters: [String: LayoutRect]

    /// Creates a layout.
    ///
    /// - Parameters:
    ///   - engine: The engine that produced it.
    ///   - boundingBox: The drawing's bounding box.
    ///   - nodes: Placements by node identifier.
    ///   - clusters: Cluster boxes by Graphviz name.
    public init(engine: LayoutEngine, boundingBox: LayoutRect, nodes: [String: NodePlacement],
                clusters: [String: LayoutRect] = [:]) {
        self.engine = engine
        self.boundingBox = boundingBox
        self.nodes = nodes
        self.clusters = clusters
    }
}

extension Diagram {
    /// A copy of the diagram whose nodes keep the positions a previous layout gave them.
    ///
    /// Every node found in `layout` gets `pos="x,y!"` (pinned, in points); nodes not in
    /// `layout` are left free, so neato places them around the pinned ones. The graph
    /// gets `inputscale=72` (positions are in points), `notranslate=true` (no shift to
    /// the origin, so two renders share coordinates), `mode=KK` (neato's default stress
    /// majorisation re-centres pinned nodes on their centroid; Kamada-Kawai keeps them
    /// exactly, measured here) and `overlap=true` (overlap removal would move pinned
    /// nodes). Render the result with ``LayoutEngine/neato``: this is how a before/after
    /// pair keeps unchanged units in place.
    ///
    /// - Parameter layout: Positions from ``Diagram/layout(engine:)``.
    /// - Returns: The pinned diagram.
    public func pinned(to layout: DiagramLayout) -> Diagram {
        var copy = self
        copy.graphAttributes["inputscale"] = "72"
        copy.graphAttributes["notranslate"] = "true"
        copy.graphAttributes["mode"] = "KK"
        copy.graphAttributes["overlap"] = copy.graphAttributes["overlap"] ?? "true"
        copy.graphAttributes["splines"] = copy.graphAttributes["splines"] ?? "true"
        for index in copy.nodes.indices {
            guard let placement = layout.nodes[copy.nodes[index].id] else { continue }
            let x = Self.coordinate(placement.center.x)
            let y = Self.coordinate(placement.center.y)
            copy.nodes[index].attributes["pos"] = "\(x),\(y)!"
        }
        return copy
    }

    /// A coordinate written the way Graphviz reads it back exactly (no exponent).
    private static func coordinate(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if abs(rounded) < 1e15, rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
