import SiloscopeImport
import SiloscopeModel
import SiloscopeRendering

/// Imports an org chart drawn in Graphviz DOT: nodes become units, an edge `a -> b`
/// makes `a` the parent of `b`, a node's `label` is the unit's display name, and
/// optional `staff` and `kind` attributes are read. Parsing goes through libcgraph in
/// the rendering module, under its process-wide lock.
///
/// A unit with several parents keeps the first edge; cycles are cut at the first unit
/// in file order; several roots are attached under the one with the largest tree. Each
/// is reported as an anomaly.
public enum DOTImporter {
    /// Imports DOT text.
    ///
    /// - Throws: ``DiagnosticsError`` naming the file for a syntax error (with the line
    ///   Graphviz gives) or a graph without nodes.
    public static func importDOT(_ text: String, file: String, organizationName: String? = nil) throws(DiagnosticsError) -> (model: OrgModel, anomalies: [ImportAnomaly]) {
        let diagram: Diagram
        do {
            diagram = try parseDOT(text)
        } catch {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "", message: "\(error); expected a Graphviz DOT graph")])
        }
        guard !diagram.nodes.isEmpty else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "", message: "the graph has no nodes; expected one node per unit")])
        }
        var anomalies: [ImportAnomaly] = []
        var pool = IdentifierPool()
        var index: [String: Int] = [:]
        var units: [Unit] = []
        for node in diagram.nodes {
            let name = displayName(node.label, fallback: node.id)
            let id = pool.unique(Transliteration.identifier(node.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } ? node.id : name))
            let kind = node.attributes["kind"].flatMap(UnitKind.init(rawValue:)) ?? UnitKindGuess.guess(name)
            let staff = node.attributes["staff"].flatMap { Int($0) }.map { max(1, $0) } ?? 1
            index[node.id] = units.count
            units.append(Unit(id: id, name: name, kind: kind, staff: staff))
        }
        var parent = [Int](repeating: -1, count: units.count)
        var extraParents: [String] = []
        for edge in diagram.edges {
            guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
            if parent[to] >= 0 {
                if parent[to] != from { extraParents.append("'\(units[to].id)' (kept '\(units[parent[to]].id)', ignored '\(units[from].id)')") }
                continue
            }
            parent[to] = from
        }
        if !extraParents.isEmpty {
            anomalies.append(ImportAnomaly(kind: .severalRoots, rows: [], message: "\(extraParents.count) unit\(extraParents.count == 1 ? " has" : "s have") several parents: \(extraParents.prefix(5).joined(separator: "; "))",
                                           handling: "the first edge into each unit is its reporting line; the others are ignored"))
        }
        // Cut cycles at the first unit in file order.
        for cycle in ParentCycles.find(parent) {
            let cut = cycle.min() ?? cycle[0]
            anomalies.append(ImportAnomaly(kind: .managerCycle, rows: [], message: "reporting lines loop: \(cycle.map { units[$0].id }.joined(separator: " → "))",
                                           handling: "'\(units[cut].id)' is given no parent"))
            parent[cut] = -1
        }
        // Tree sizes bottom-up in linear time: depths first, then deepest to shallowest.
        var depth = [Int](repeating: -1, count: units.count)
        for start in units.indices where depth[start] < 0 {
            var path: [Int] = []
            var node = start
            while node >= 0, depth[node] < 0 { path.append(node); node = parent[node] }
            var level = node >= 0 ? depth[node] + 1 : 0
            for member in path.reversed() { depth[member] = level; level += 1 }
        }
        var size = [Int](repeating: 1, count: units.count)
        for node in units.indices.sorted(by: { depth[$0] > depth[$1] }) where parent[node] >= 0 { size[parent[node]] += size[node] }
        let roots = units.indices.filter { parent[$0] < 0 }
        let main = roots.max { (size[$0], -$0) < (size[$1], -$1) } ?? 0
        if roots.count > 1 {
            anomalies.append(ImportAnomaly(kind: .severalRoots, rows: [], message: "\(roots.count) units have no parent: \(roots.prefix(6).map { "'\(units[$0].id)'" }.joined(separator: ", "))",
                                           handling: "'\(units[main].id)' (the largest tree) is the root; the others are attached under it"))
            for root in roots where root != main { parent[root] = main }
        }
        for i in units.indices { units[i].parent = parent[i] >= 0 ? units[parent[i]].id : nil }
        let name = organizationName ?? (diagram.label.map { displayName($0, fallback: diagram.name) } ?? diagram.name)
        return (OrgModel(organization: OrganizationInfo(name: name), units: units), anomalies)
    }

    /// Plain text of a label: Graphviz escapes and HTML tags removed.
    static func displayName(_ label: Label, fallback: String) -> String {
        let text: String
        switch label {
        case .text(let value): text = value
        case .graphviz(let value):
            text = value.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\l", with: " ")
                .replacingOccurrences(of: "\\r", with: " ").replacingOccurrences(of: "\\N", with: fallback)
                .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        case .html(let markup):
            var plain = ""
            var inTag = false
            for character in markup {
                if character == "<" { inTag = true; plain += " " } else if character == ">" { inTag = false } else if !inTag { plain.append(character) }
            }
            text = plain.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? fallback : words
    }
}
