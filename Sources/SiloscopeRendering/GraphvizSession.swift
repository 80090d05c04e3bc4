// The C boundary, part 1: the process-wide lock, the shared context, building a cgraph
// graph from a Diagram, layout and rendering. Part 2 (reading a graph back into a
// Diagram) is GraphvizReader.swift. No other file imports CGraphviz.
internal import CGraphviz
import Foundation

/// The one Graphviz session of the process: a lock and a shared `GVC_t`.
///
/// Graphviz is not thread-safe, not even with one context per thread (measured here:
/// crashes in every trial), and a context per render leaks. So every Graphviz call
/// (parse, build, layout, render, free) runs inside ``run(_:)``, which holds one lock
/// and hands out the one context, created on first use and kept for the process.
final class GraphvizSession: @unchecked Sendable {
    /// The session every render, layout and parse goes through.
    static let shared = GraphvizSession()

    /// Guards `context`, `messages` and every Graphviz call.
    private let lock = NSLock()
    /// The shared `GVC_t`, created on first use.
    private var context: OpaquePointer?

    /// Messages Graphviz reported (through `agerr`) during the current locked run.
    /// Written by the C error handler, which only runs while `lock` is held.
    nonisolated(unsafe) private static var messages = ""

    private init() {}

    /// Runs `body` with the lock held, the shared context, and a fresh error record.
    func run<Result: Sendable>(
        _ body: (_ context: OpaquePointer) throws(RenderingError) -> Result
    ) throws(RenderingError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        let gvc: OpaquePointer
        if let existing = context {
            gvc = existing
        } else {
            guard let created = gvContext() else {
                throw .graphviz(function: "gvContext", message: "could not create the Graphviz context")
            }
            // Capture messages instead of printing them to stderr; the handler stays
            // installed for the process, and runs only under this lock.
            _ = agseterrf { text in
                if let text { GraphvizSession.messages += String(cString: text) }
                return 0
            }
            context = created
            gvc = created
        }
        Self.messages = ""
        _ = agreseterrors()
        return try body(gvc)
    }

    /// What Graphviz reported since the run began, trimmed to one line per message.
    static var reportedMessages: String {
        messages.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Whether Graphviz reported an error (not just a warning) since the run began.
    static var reportedError: Bool { agerrors() >= siloscope_error_level_error() }
}

/// A cgraph graph built from a ``Diagram``; closed by ``close()``.
struct GraphvizGraph {
    let root: UnsafeMutablePointer<Agraph_t>
    let name: String

    private static let nodeKind = siloscope_kind_node()
    private static let edgeKind = siloscope_kind_edge()
    private static let graphKind = siloscope_kind_graph()

    /// Builds the graph through the C API. Call only inside ``GraphvizSession/run(_:)``.
    ///
    /// - Throws: ``RenderingError/graphviz(function:message:)`` naming the failing call.
    init(_ diagram: Diagram) throws(RenderingError) {
        let descriptor = switch (diagram.isDirected, diagram.isStrict) {
        case (true, false): siloscope_directed()
        case (true, true): siloscope_strict_directed()
        case (false, false): siloscope_undirected()
        case (false, true): siloscope_strict_undirected()
        }
        guard let root = siloscope_agopen(diagram.name, descriptor) else {
            throw .graphviz(function: "agopen", message: GraphvizSession.reportedMessages)
        }
        self.root = root
        self.name = diagram.name
        do {
            try populate(from: diagram)
        } catch {
            close()
            throw error
        }
    }

    /// Frees the graph (after gvFreeRenderData and gvFreeLayout).
    func close() {
        _ = agclose(root)
    }

    private func populate(from diagram: Diagram) throws(RenderingError) {
        // Declare labels with Graphviz's own defaults before anything uses them.
        guard siloscope_agattr(root, Self.nodeKind, "label", "\\N") != nil,
            siloscope_agattr(root, Self.edgeKind, "label", "") != nil
        else { throw .graphviz(function: "agattr", message: "could not declare the label attribute") }

        for (key, value) in diagram.graphAttributes.sorted(by: { $0.key < $1.key }) {
            try set(key, value, on: UnsafeMutableRawPointer(root))
        }
        if let label = diagram.label {
            try setLabel(label, on: UnsafeMutableRawPointer(root), kind: Self.graphKind, default: "")
        }
        for (kind, defaults) in [(Self.nodeKind, diagram.nodeDefaults), (Self.edgeKind, diagram.edgeDefaults)] {
            for (key, value) in defaults.sorted(by: { $0.key < $1.key })
            where siloscope_agattr(root, kind, key, value) == nil {
                throw .graphviz(function: "agattr", message: "could not declare default \(key)=\(value)")
            }
        }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(diagram.nodes.count)
        for node in diagram.nodes {
            guard let handle = siloscope_agnode(root, node.id) else {
                throw .graphviz(function: "agnode", message: "could not create node \(Diagram.quoted(node.id))")
            }
            nodes[node.id] = handle
            // An empty plain label would show the node's name (Graphviz's default);
            // an empty HTML label shows nothing, as asked.
            let label = node.label == .text("") ? Label.html("") : node.label
            try setLabel(label, on: UnsafeMutableRawPointer(handle), kind: Self.nodeKind, default: "\\N")
            for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                try set(key, value, on: UnsafeMutableRawPointer(handle))
            }
        }

        try addSubgraphs(diagram.subgraphs, to: root, nodes: nodes, parentHasLabel: diagram.label != nil)

        for edge in diagram.edges {
            guard let tail = nodes[edge.from], let head = nodes[edge.to] else {
                throw .invalidDiagram("an edge names a node the diagram does not declare")
            }
            guard let handle = siloscope_agedge(root, tail, head) else {
                throw .graphviz(
                    function: "agedge",
                    message: "could not create the edge from \(Diagram.quoted(edge.from)) to \(Diagram.quoted(edge.to))")
            }
            if let label = edge.label {
                try setLabel(label, on: UnsafeMutableRawPointer(handle), kind: Self.edgeKind, default: "")
            }
            for (key, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                try set(key, value, on: UnsafeMutableRawPointer(handle))
            }
        }
    }

    private func addSubgraphs(
        _ subgraphs: [Diagram.Subgraph],
        to parent: UnsafeMutablePointer<Agraph_t>,
        nodes: [String: UnsafeMutablePointer<Agnode_t>],
        parentHasLabel: Bool
    ) throws(RenderingError) {
        for subgraph in subgraphs {
            guard let handle = siloscope_agsubg(parent, subgraph.graphvizName) else {
                throw .graphviz(function: "agsubg", message: "could not create subgraph \(Diagram.quoted(subgraph.id))")
            }
            let object = UnsafeMutableRawPointer(handle)
            // Subgraph attributes are local defaults, as DOT's `graph [...]` inside a
            // subgraph: nested subgraphs inherit them, and the DOT we write reads back
            // the same way. Declared on the root first (empty) so other graphs keep
            // Graphviz's default.
            for (key, value) in subgraph.attributes.sorted(by: { $0.key < $1.key }) {
                if siloscope_agattr_lookup(root, Self.graphKind, key) == nil {
                    _ = siloscope_agattr(root, Self.graphKind, key, "")
                }
                guard siloscope_agattr(handle, Self.graphKind, key, value) != nil else {
                    throw .graphviz(function: "agattr", message: "could not set \(key)=\(Diagram.quoted(value))")
                }
            }
            // Graphviz copies a parent's label into subgraphs; a subgraph shows its own
            // title or none.
            if let label = subgraph.label {
                try setLabel(label, on: object, kind: Self.graphKind, default: "")
            } else if parentHasLabel {
                try set("label", "", on: object)
            }
            for member in subgraph.nodeIDs {
                guard let node = nodes[member], agsubnode(handle, node, 1) != nil else {
                    throw .graphviz(
                        function: "agsubnode",
                        message: "could not add node \(Diagram.quoted(member)) to subgraph \(Diagram.quoted(subgraph.id))")
                }
            }
            try addSubgraphs(
                subgraph.subgraphs, to: handle, nodes: nodes, parentHasLabel: parentHasLabel || subgraph.label != nil)
        }
    }

    private func set(_ key: String, _ value: String, on object: UnsafeMutableRawPointer) throws(RenderingError) {
        guard siloscope_agsafeset(object, key, value, "") == 0 else {
            throw .graphviz(function: "agsafeset", message: "could not set \(key)=\(Diagram.quoted(value))")
        }
    }

    private func setLabel(
        _ label: Label, on object: UnsafeMutableRawPointer, kind: Int32, default defaultValue: String
    ) throws(RenderingError) {
        if label.isHTML {
            guard siloscope_set_html(root, object, kind, "label", label.attributeValue, defaultValue) == 0 else {
                throw .graphviz(function: "agstrdup_html", message: "could not set an HTML-like label")
            }
        } else {
            guard siloscope_agsafeset(object, "label", label.attributeValue, defaultValue) == 0 else {
                throw .graphviz(function: "agsafeset", message: "could not set a label")
            }
        }
    }

    // MARK: Layout and output

    /// Lays the graph out; the caller must call ``freeLayout(context:)`` afterwards,
    /// also when this throws.
    func layout(engine: LayoutEngine, context: OpaquePointer) throws(RenderingError) {
        let rc = siloscope_layout(context, root, engine.rawValue)
        if rc != 0 || GraphvizSession.reportedError {
            throw .graphviz(function: "gvLayout", message: GraphvizSession.reportedMessages)
        }
    }

    /// Frees what ``layout(engine:context:)`` attached to the graph.
    func freeLayout(context: OpaquePointer) {
        _ = gvFreeLayout(context, root)
    }

    /// Renders a laid-out graph, copying the output as raw bytes (PNG and PDF hold NULs).
    func render(format: OutputFormat, context: OpaquePointer) throws(RenderingError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = siloscope_render_data(context, root, format.graphvizName, &buffer, &length)
        defer { gvFreeRenderData(buffer) }
        guard rc == 0, let buffer, !GraphvizSession.reportedError else {
            throw .graphviz(function: "gvRenderData", message: GraphvizSession.reportedMessages)
        }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Writes the graph as DOT without layout (agwrite into memory).
    func writeDOT() throws(RenderingError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let rc = siloscope_write_dot(root, &buffer, &length)
        defer { free(buffer) }
        guard rc == 0, let buffer else {
            throw .graphviz(function: "agwrite", message: GraphvizSession.reportedMessages)
        }
        return Data(bytes: buffer, count: length)
    }

    /// Reads each node's placement and the bounding box of a laid-out graph.
    func placements(engine: LayoutEngine) -> DiagramLayout {
        var llx = 0.0, lly = 0.0, urx = 0.0, ury = 0.0
        siloscope_graph_bb(root, &llx, &lly, &urx, &ury)
        var nodes: [String: DiagramLayout.NodePlacement] = [:]
        var node = agfstnode(root)
        while let current = node {
            var x = 0.0, y = 0.0, width = 0.0, height = 0.0
            siloscope_node_center(current, &x, &y)
            siloscope_node_size(current, &width, &height)
            let id = String(cString: siloscope_agnameof(UnsafeMutableRawPointer(current)))
            nodes[id] = .init(center: LayoutPoint(x: x, y: y), width: width, height: height)
            node = agnxtnode(root, current)
        }
        let box = LayoutRect(lowerLeft: LayoutPoint(x: llx, y: lly), upperRight: LayoutPoint(x: urx, y: ury))
        var clusters: [String: LayoutRect] = [:]
        clusterBoxes(of: root, into: &clusters)
        return DiagramLayout(engine: engine, boundingBox: box, nodes: nodes, clusters: clusters)
    }

    /// Reads the box of every cluster the engine laid out (dot does; engines that ignore
    /// clusters leave them without layout data, and they are skipped).
    private func clusterBoxes(of graph: UnsafeMutablePointer<Agraph_t>, into boxes: inout [String: LayoutRect]) {
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            let name = String(cString: siloscope_agnameof(UnsafeMutableRawPointer(current)))
            let laidOut = "Agraphinfo_t".withCString {
                aggetrec(UnsafeMutableRawPointer(current), UnsafeMutablePointer(mutating: $0), 0) != nil
            }
            if name.hasPrefix("cluster"), laidOut {
                var llx = 0.0, lly = 0.0, urx = 0.0, ury = 0.0
                siloscope_graph_bb(current, &llx, &lly, &urx, &ury)
                if urx > llx || ury > lly {
                    boxes[name] = LayoutRect(lowerLeft: LayoutPoint(x: llx, y: lly), upperRight: LayoutPoint(x: urx, y: ury))
                }
            }
            clusterBoxes(of: current, into: &boxes)
            subgraph = agnxtsubg(current)
        }
    }
}
