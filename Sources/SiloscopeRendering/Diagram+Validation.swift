extension Diagram {
    /// Checks what Graphviz would otherwise get wrong silently: duplicate or empty
    /// identifiers, edges or subgraph members naming undeclared nodes, NUL characters
    /// (C strings end there), and `label` given as an attribute.
    ///
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` naming the first problem found.
    func validate() throws(RenderingError) {
        try Self.checkText(name, what: "the graph name")
        try Self.checkAttributes(graphAttributes, owner: "the graph")
        try Self.checkAttributes(nodeDefaults, owner: "the node defaults")
        try Self.checkAttributes(edgeDefaults, owner: "the edge defaults")

        var nodeIDs = Set<String>()
        nodeIDs.reserveCapacity(nodes.count)
        for node in nodes {
            guard !node.id.isEmpty else { throw .invalidDiagram("a node has an empty identifier") }
            try Self.checkText(node.id, what: "node identifier \(Self.quoted(node.id))")
            guard nodeIDs.insert(node.id).inserted else {
                throw .invalidDiagram("node \(Self.quoted(node.id)) is declared twice")
            }
            try Self.checkAttributes(node.attributes, owner: "node \(Self.quoted(node.id))")
        }
        for edge in edges {
            for end in [edge.from, edge.to] where !nodeIDs.contains(end) {
                throw .invalidDiagram(
                    "the edge from \(Self.quoted(edge.from)) to \(Self.quoted(edge.to)) names node "
                        + "\(Self.quoted(end)), which the diagram does not declare")
            }
            try Self.checkAttributes(
                edge.attributes, owner: "the edge from \(Self.quoted(edge.from)) to \(Self.quoted(edge.to))")
        }
        var subgraphNames = Set<String>()
        try Self.checkSubgraphs(subgraphs, nodeIDs: nodeIDs, names: &subgraphNames)
    }

    private static func checkSubgraphs(
        _ subgraphs: [Subgraph], nodeIDs: Set<String>, names: inout Set<String>
    ) throws(RenderingError) {
        for subgraph in subgraphs {
            let owner = "subgraph \(quoted(subgraph.id))"
            guard !subgraph.id.isEmpty else { throw .invalidDiagram("a subgraph has an empty identifier") }
            try checkText(subgraph.id, what: "subgraph identifier \(quoted(subgraph.id))")
            if subgraph.id.hasPrefix("%") {
                throw .invalidDiagram("\(owner) starts with %, which Graphviz reserves for anonymous subgraphs")
            }
            if !subgraph.isCluster, subgraph.id.hasPrefix("cluster") {
                throw .invalidDiagram(
                    "\(owner) is not a cluster, but Graphviz draws every subgraph named cluster… as one")
            }
            guard names.insert(subgraph.graphvizName).inserted else {
                throw .invalidDiagram("\(owner) is declared twice")
            }
            try checkAttributes(subgraph.attributes, owner: owner)
            for member in subgraph.nodeIDs where !nodeIDs.contains(member) {
                throw .invalidDiagram("\(owner) lists node \(quoted(member)), which the diagram does not declare")
            }
            try checkSubgraphs(subgraph.subgraphs, nodeIDs: nodeIDs, names: &names)
        }
    }

    private static func checkAttributes(_ attributes: [String: String], owner: String) throws(RenderingError) {
        for (key, value) in attributes {
            guard !key.isEmpty else { throw .invalidDiagram("\(owner) has an attribute with an empty name") }
            guard key != "label" else {
                throw .invalidDiagram("\(owner) sets \"label\" as an attribute; use the label property")
            }
            try checkText(key, what: "attribute name \(quoted(key)) of \(owner)")
            try checkText(value, what: "attribute \(quoted(key)) of \(owner)")
        }
    }

    private static func checkText(_ text: String, what: String) throws(RenderingError) {
        if text.utf8.contains(0) {
            throw .invalidDiagram("\(what) contains a NUL character, which Graphviz cannot carry")
        }
    }

    /// A value quoted for an error message, with control characters made visible.
    static func quoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0.value < 0x20 ? $0.escaped(asASCII: true) : String($0) }.joined() + "\""
    }
}
