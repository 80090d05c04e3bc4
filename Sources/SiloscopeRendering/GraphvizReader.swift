// The C boundary, part 2: DOT text into a Diagram through agmemread. Call only inside
// GraphvizSession.run, like everything else touching Graphviz.
internal import CGraphviz

enum GraphvizReader {
    private static let graphKind = siloscope_kind_graph()
    private static let nodeKind = siloscope_kind_node()
    private static let edgeKind = siloscope_kind_edge()

    /// Parses `text` and converts the graph; the parsed graph is always closed.
    static func read(_ text: String) throws(RenderingError) -> Diagram {
        guard let root = siloscope_agmemread(text) else {
            let message = GraphvizSession.reportedMessages
            throw .dotSyntax(message: message.isEmpty ? "no graph found in the text" : message)
        }
        defer { _ = agclose(root) }
        return convert(root)
    }

    private static func convert(_ root: UnsafeMutablePointer<Agraph_t>) -> Diagram {
        let nodeDefaults = declaredDefaults(root, kind: nodeKind)
        let edgeDefaults = declaredDefaults(root, kind: edgeKind)
        var graphAttributes: [String: String] = [:]
        for (name, _) in symbols(root, kind: graphKind) where name != "label" {
            if let value = get(root, name), !value.isEmpty { graphAttributes[name] = value }
        }

        var nodes: [Diagram.Node] = []
        var node = agfstnode(root)
        while let current = node {
            let id = name(of: current)
            nodes.append(
                Diagram.Node(
                    id: id,
                    label: nodeLabel(rawGet(current, "label"), name: id),
                    attributes: attributes(of: current, root: root, kind: nodeKind)))
            node = agnxtnode(root, current)
        }

        var edgeHandles: [UnsafeMutablePointer<Agedge_t>] = []
        node = agfstnode(root)
        while let current = node {
            var edge = agfstout(root, current)
            while let out = edge {
                edgeHandles.append(out)
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        edgeHandles.sort { siloscope_seq($0) < siloscope_seq($1) }
        let edges = edgeHandles.map { edge in
            Diagram.Edge(
                from: name(of: siloscope_tail(edge)),
                to: name(of: siloscope_head(edge)),
                label: optionalLabel(rawGet(edge, "label")),
                attributes: attributes(of: edge, root: root, kind: edgeKind).filter { $0.key != "key" })
        }

        let graphName = name(of: root)
        return Diagram(
            // An anonymous graph (`digraph { … }`) has an internal name such as "%1".
            name: graphName.hasPrefix("%") ? "G" : graphName,
            isDirected: agisdirected(root) != 0,
            isStrict: agisstrict(root) != 0,
            label: optionalLabel(rawGet(root, "label")),
            graphAttributes: graphAttributes,
            nodeDefaults: nodeDefaults,
            edgeDefaults: edgeDefaults,
            nodes: nodes,
            edges: edges,
            subgraphs: subgraphs(of: root, root: root))
    }

    private static func subgraphs(
        of parent: UnsafeMutablePointer<Agraph_t>, root: UnsafeMutablePointer<Agraph_t>
    ) -> [Diagram.Subgraph] {
        var handles: [UnsafeMutablePointer<Agraph_t>] = []
        var subgraph = agfstsubg(parent)
        while let current = subgraph {
            handles.append(current)
            subgraph = agnxtsubg(current)
        }
        handles.sort { siloscope_seq($0) < siloscope_seq($1) }
        return handles.map { handle in
            let graphName = name(of: handle)
            let isCluster = graphName.hasPrefix("cluster")
            let id: String
            if graphName.hasPrefix("cluster_") {
                id = String(graphName.dropFirst("cluster_".count))
            } else if graphName.hasPrefix("%") {
                // `{ rank=same; a b }` is anonymous; cgraph names it "%N" internally.
                id = "anonymous\(siloscope_seq(handle))"
            } else {
                id = graphName
            }
            var inChildren = Set<String>()
            var child = agfstsubg(handle)
            while let current = child {
                var member = agfstnode(current)
                while let node = member {
                    inChildren.insert(name(of: node))
                    member = agnxtnode(current, node)
                }
                child = agnxtsubg(current)
            }
            var members: [String] = []
            var member = agfstnode(handle)
            while let node = member {
                let id = name(of: node)
                if !inChildren.contains(id) { members.append(id) }
                member = agnxtnode(handle, node)
            }
            // Subgraphs inherit their parent's attributes (DOT semantics): keep only
            // what differs from the parent.
            var ownAttributes: [String: String] = [:]
            for (attribute, _) in symbols(root, kind: graphKind) where attribute != "label" {
                let value = get(handle, attribute) ?? ""
                if value != (get(parent, attribute) ?? "") { ownAttributes[attribute] = value }
            }
            return Diagram.Subgraph(
                id: id,
                isCluster: isCluster,
                label: optionalLabel(rawGet(handle, "label")),
                attributes: ownAttributes,
                nodeIDs: members,
                subgraphs: subgraphs(of: handle, root: root))
        }
    }

    // MARK: Attributes

    /// Declared attributes of one kind with their defaults, in declaration order.
    private static func symbols(_ root: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, String)] {
        var result: [(String, String)] = []
        var symbol = siloscope_next_attr(root, kind, nil)
        while let current = symbol {
            let name = siloscope_sym_name(current).map { String(cString: $0) } ?? ""
            let value = siloscope_sym_default(current).map { String(cString: $0) } ?? ""
            result.append((name, value))
            symbol = siloscope_next_attr(root, kind, current)
        }
        return result
    }

    /// DOT's `node [...]` / `edge [...]`: declared defaults that are not empty.
    private static func declaredDefaults(_ root: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in symbols(root, kind: kind) where name != "label" && name != "key" && !value.isEmpty {
            result[name] = value
        }
        return result
    }

    /// An object's attributes that differ from the defaults in force.
    private static func attributes<Object>(
        of object: UnsafeMutablePointer<Object>, root: UnsafeMutablePointer<Agraph_t>, kind: Int32
    ) -> [String: String] {
        var result: [String: String] = [:]
        for (name, defaultValue) in symbols(root, kind: kind) where name != "label" {
            if let value = get(object, name), value != defaultValue { result[name] = value }
        }
        return result
    }

    private static func get<Object>(_ object: UnsafeMutablePointer<Object>, _ name: String) -> String? {
        rawGet(object, name).map { String(cString: $0) }
    }

    private static func rawGet<Object>(_ object: UnsafeMutablePointer<Object>, _ name: String) -> UnsafePointer<CChar>? {
        siloscope_agget(UnsafeMutableRawPointer(object), name)
    }

    private static func name<Object>(of object: UnsafeMutablePointer<Object>?) -> String {
        guard let object else { return "" }
        return siloscope_agnameof(UnsafeMutableRawPointer(object)).map { String(cString: $0) } ?? ""
    }

    // MARK: Labels

    /// A node's label: Graphviz shows the name when the label is missing, empty or `\N`.
    private static func nodeLabel(_ value: UnsafePointer<CChar>?, name: String) -> Label {
        guard let value, value.pointee != 0, String(cString: value) != "\\N" else {
            let plain = !name.contains("\\") && !name.contains("&") && Label.sanitized(name) == name
            return plain ? .text(name) : .graphviz("\\N")
        }
        return label(value)
    }

    private static func optionalLabel(_ value: UnsafePointer<CChar>?) -> Label? {
        guard let value, value.pointee != 0 else { return nil }
        return label(value)
    }

    /// The HTML flag sits on cgraph's interned string, so this needs the pointer agget
    /// returned, not a copy of its text.
    private static func label(_ value: UnsafePointer<CChar>) -> Label {
        let text = String(cString: value)
        return siloscope_is_html(value) != 0 ? .html(text) : Label.fromPlainValue(text)
    }
}
