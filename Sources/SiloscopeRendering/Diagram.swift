/// A graph drawing described as plain Swift values, rendered through Graphviz.
///
/// A diagram holds graph attributes, default node and edge attributes (DOT's
/// `node [...]` and `edge [...]`), nodes, edges and nested subgraphs (clusters, or plain
/// subgraphs such as `rank=same` groups). Attribute names and values are Graphviz's own
/// (see graphviz.org/doc/info/attrs.html) and are passed through verbatim; all text a
/// user typed goes in ``Label`` values, which are escaped. The attribute key `label` is
/// reserved for the `label` properties.
///
/// The initialiser adds `fontname="DejaVu Sans"` to the graph, node and edge attributes
/// unless given: Graphviz's default "Times" resolves differently per machine, and DejaVu
/// has every Turkish letter.
public struct Diagram: Hashable, Sendable {
    /// The font set on the graph, nodes and edges unless a diagram names another one.
    public static let defaultFontName = "DejaVu Sans"

    /// The graph's name (DOT's `digraph NAME`); it appears as the SVG title.
    public var name: String
    /// Whether edges have a direction (`digraph`) or not (`graph`).
    public var isDirected: Bool
    /// Whether the graph is strict: at most one edge between two nodes, no self-loops.
    public var isStrict: Bool
    /// A title drawn on the whole diagram, or `nil` for none.
    public var label: Label?
    /// Attributes of the root graph (for example `rankdir`, `splines`, `nodesep`).
    ///
    /// Graphviz lets clusters inherit the root graph's attributes, as in DOT, except
    /// the label: a cluster without a label of its own shows none.
    public var graphAttributes: [String: String]
    /// Attributes every node gets unless it sets its own (DOT's `node [...]`).
    public var nodeDefaults: [String: String]
    /// Attributes every edge gets unless it sets its own (DOT's `edge [...]`).
    public var edgeDefaults: [String: String]
    /// The nodes, in the order Graphviz receives them (the order influences layout).
    public var nodes: [Node]
    /// The edges, in the order Graphviz receives them.
    public var edges: [Edge]
    /// Top-level subgraphs; each may nest further subgraphs.
    public var subgraphs: [Subgraph]

    /// Creates a diagram.
    ///
    /// - Parameters:
    ///   - name: The graph's name.
    ///   - isDirected: `true` for a `digraph`.
    ///   - isStrict: `true` for a strict graph.
    ///   - label: A title for the whole diagram.
    ///   - graphAttributes: Root graph attributes; `fontname` defaults to DejaVu Sans.
    ///   - nodeDefaults: Default node attributes; `fontname` defaults to DejaVu Sans.
    ///   - edgeDefaults: Default edge attributes; `fontname` defaults to DejaVu Sans.
    ///   - nodes: The nodes.
    ///   - edges: The edges; their ends must name nodes in `nodes`.
    ///   - subgraphs: Subgraphs; their members must name nodes in `nodes`.
    public init(
        name: String = "G",
        isDirected: Bool = true,
        isStrict: Bool = false,
        label: Label? = nil,
        graphAttributes: [String: String] = [:],
        nodeDefaults: [String: String] = [:],
        edgeDefaults: [String: String] = [:],
        nodes: [Node] = [],
        edges: [Edge] = [],
        subgraphs: [Subgraph] = []
    ) {
        let font = ["fontname": Self.defaultFontName]
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.label = label
        self.graphAttributes = font.merging(graphAttributes) { _, given in given }
        self.nodeDefaults = font.merging(nodeDefaults) { _, given in given }
        self.edgeDefaults = font.merging(edgeDefaults) { _, given in given }
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}

extension Diagram {
    /// One node: a unique identifier, the text it shows and its own attributes.
    public struct Node: Hashable, Sendable {
        /// The node's identifier, unique in the diagram; edges and subgraphs refer to it.
        /// It appears in SVG as the node's `<title>`, never as visible text.
        public var id: String
        /// The text the node shows.
        public var label: Label
        /// Attributes of this node, over ``Diagram/nodeDefaults``.
        public var attributes: [String: String]

        /// Creates a node.
        ///
        /// - Parameters:
        ///   - id: A unique, non-empty identifier.
        ///   - label: The text shown; `nil` shows the identifier as plain text.
        ///   - attributes: Attributes of this node.
        public init(id: String, label: Label? = nil, attributes: [String: String] = [:]) {
            self.id = id
            self.label = label ?? .text(id)
            self.attributes = attributes
        }
    }

    /// One edge between two nodes, with an optional label and its own attributes.
    public struct Edge: Hashable, Sendable {
        /// The identifier of the node the edge starts at (its tail).
        public var from: String
        /// The identifier of the node the edge ends at (its head).
        public var to: String
        /// The text drawn beside the edge, or `nil` for none.
        public var label: Label?
        /// Attributes of this edge, over ``Diagram/edgeDefaults``.
        public var attributes: [String: String]

        /// Creates an edge.
        ///
        /// - Parameters:
        ///   - from: The tail node's identifier.
        ///   - to: The head node's identifier.
        ///   - label: The text drawn beside the edge.
        ///   - attributes: Attributes of this edge.
        public init(from: String, to: String, label: Label? = nil, attributes: [String: String] = [:]) {
            self.from = from
            self.to = to
            self.label = label
            self.attributes = attributes
        }
    }

    /// A group of nodes: a cluster drawn as a box around its members, or a plain
    /// subgraph that only constrains layout (for example `rank=same`).
    public struct Subgraph: Hashable, Sendable {
        /// The subgraph's identifier, unique in the diagram.
        ///
        /// A cluster's Graphviz name is `cluster_` + `id` (unless `id` already starts
        /// with `cluster`), because Graphviz draws only subgraphs so named as boxes.
        public var id: String
        /// Whether Graphviz draws the subgraph as a box around its members.
        public var isCluster: Bool
        /// The cluster's title, or `nil` for none.
        public var label: Label?
        /// Attributes of the subgraph (for example `style`, `fillcolor`, `rank`).
        ///
        /// Nested subgraphs inherit them unless they set their own, as in DOT; the label
        /// is never inherited.
        public var attributes: [String: String]
        /// Identifiers of the nodes directly inside this subgraph.
        public var nodeIDs: [String]
        /// Subgraphs nested inside this one.
        public var subgraphs: [Subgraph]

        /// Creates a subgraph.
        ///
        /// - Parameters:
        ///   - id: A unique, non-empty identifier.
        ///   - isCluster: `true` to draw a box around the members.
        ///   - label: The cluster's title.
        ///   - attributes: Attributes of the subgraph.
        ///   - nodeIDs: Identifiers of member nodes, declared in ``Diagram/nodes``.
        ///   - subgraphs: Nested subgraphs.
        public init(
            id: String,
            isCluster: Bool = true,
            label: Label? = nil,
            attributes: [String: String] = [:],
            nodeIDs: [String] = [],
            subgraphs: [Subgraph] = []
        ) {
            self.id = id
            self.isCluster = isCluster
            self.label = label
            self.attributes = attributes
            self.nodeIDs = nodeIDs
            self.subgraphs = subgraphs
        }

        /// A plain subgraph that puts its nodes on the same rank (same row top-down).
        ///
        /// - Parameters:
        ///   - id: A unique identifier.
        ///   - nodeIDs: The nodes to align.
        /// - Returns: A non-cluster subgraph with `rank=same`.
        public static func sameRank(id: String, nodeIDs: [String]) -> Subgraph {
            Subgraph(id: id, isCluster: false, attributes: ["rank": "same"], nodeIDs: nodeIDs)
        }

        /// The name Graphviz gets for this subgraph.
        var graphvizName: String {
            isCluster && !id.hasPrefix("cluster") ? "cluster_" + id : id
        }
    }
}
