import Foundation
import SiloscopeModel

@testable import SiloscopeRendering

/// Reads node groups out of Graphviz SVG: each node's `<title>` (its id), the geometry of
/// its first shape and the colours it uses, so tests can compare pictures node by node.
struct BeforeAfterSVG {
    /// One node group.
    struct NodeShape {
        /// The first `d="…"` or `points="…"` of the group: the node's outline.
        var geometry: String
        /// Every `stroke` and `fill` value in the group.
        var colors: Set<String>
        /// Every `stroke-dasharray` in the group (dashed outlines).
        var dashed: Bool
        /// The texts drawn in the group.
        var texts: [String]
    }

    /// Nodes by id.
    let nodes: [String: NodeShape]
    /// Edge titles (`a&#45;&gt;b` decoded to `a->b`).
    let edges: [String]
    /// The `<svg width height>` values.
    let size: String

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        var nodes: [String: NodeShape] = [:]
        var edges: [String] = []
        for group in text.components(separatedBy: "<g id=\"").dropFirst() {
            guard let end = group.range(of: "</g>") else { continue }
            let body = String(group[..<end.lowerBound])
            let title = Self.decode(Self.between(body, "<title>", "</title>") ?? "")
            if body.contains("class=\"node\"") {
                let geometry = Self.between(body, " d=\"", "\"") ?? Self.between(body, "points=\"", "\"") ?? ""
                var colors = Set<String>()
                for key in ["stroke=\"", "fill=\""] {
                    for part in body.components(separatedBy: key).dropFirst() {
                        if let value = part.split(separator: "\"").first { colors.insert(String(value).lowercased()) }
                    }
                }
                let texts = body.components(separatedBy: "<text").dropFirst().compactMap { part -> String? in
                    Self.between(part, ">", "</text>").map(Self.decode)
                }
                nodes[title] = NodeShape(geometry: geometry, colors: colors, dashed: body.contains("stroke-dasharray"),
                                         texts: texts)
            } else if body.contains("class=\"edge\"") {
                edges.append(title)
            }
        }
        self.nodes = nodes
        self.edges = edges
        size = Self.between(text, "<svg width=\"", "\n") ?? ""
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[from.upperBound..<to.lowerBound])
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&#160;", with: " ")
    }
}

/// The sample bank before and after a reorganisation: the CRM team moves under Marketing,
/// the three reporting teams merge into one under Finance, the call centre grows and
/// gets a handoff to the CRM team.
enum BeforeAfterSample {
    static let before = SampleOrganization.model

    static let merged = ["mkt_reporting", "it_reporting", "ops_reporting"]

    static let after: OrgModel = {
        var model = SampleOrganization.model
        if let crm = model.units.firstIndex(where: { $0.id == "crm" }) { model.units[crm].parent = "marketing" }
        if let callcenter = model.units.firstIndex(where: { $0.id == "callcenter" }) { model.units[callcenter].staff = 220 }
        model.units.removeAll { merged.contains($0.id) }
        model.units.append(SiloscopeModel.Unit(id: "central_reporting", name: "Merkezi Raporlama", kind: .reporting,
                                              parent: "finance", staff: 14))
        model.handoffs = model.handoffs.map { handoff in
            var copy = handoff
            if merged.contains(copy.from) { copy.from = "central_reporting" }
            if merged.contains(copy.to) { copy.to = "central_reporting" }
            return copy
        }
        model.handoffs.append(Handoff(from: "callcenter", to: "crm", channel: .sharedSystem, volumePerDay: 50))
        return model
    }()

    static let changes: ModelDiff = {
        var diff = ModelDiff(before: before, after: after)
        diff.mergedInto = Dictionary(uniqueKeysWithValues: merged.map { ($0, "central_reporting") })
        return diff
    }()
}
