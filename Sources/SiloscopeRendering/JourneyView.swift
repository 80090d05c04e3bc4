import SiloscopeModel

/// The journey of one case type: where its cases entered, every move between units with
/// the number of cases that made it, and where they ended, as a left-to-right flow.
///
/// A move and its reverse (ping-pong: a case sent on and sent back) are drawn in orange;
/// width grows with the count on one scale shared by the before and after pictures, which
/// are pinned to one layout of both flows (render with ``LayoutEngine/nop``), so a unit
/// stays in place between them. The owner of the case type has a bold outline.
public struct JourneyView: Sendable {
    /// The organization and flow today.
    public var before: (model: OrgModel, flow: JourneyFlow)
    /// The organization and flow after a change, if any.
    public var after: (model: OrgModel, flow: JourneyFlow)?
    /// Titles of the two pictures; `nil` uses "Journey: CASE TYPE" with "today"/"after".
    public var beforeTitle: String?
    /// The after picture's title.
    public var afterTitle: String?
    /// A line under each title.
    public var subtitle: String?
    /// Moves made by a smaller share of the cases are left out (default 0.01, 1 %) and
    /// counted in the legend, so rare detours do not hide the main paths.
    public var minimumShare: Double
    /// The language of the words the pictures write themselves (default English).
    public var language: Language

    static let flowColor = "#4a6b8a"
    static let pingPongColor = BeforeAfterStyle.frictionUp
    static let entryColor = "#9a9a9a"
    static let ownerColor = "#222222"

    /// Creates the view.
    ///
    /// - Parameters:
    ///   - model: The organization today.
    ///   - flow: Today's flow.
    ///   - after: The organization and flow after a change, for a pair of pictures.
    public init(model: OrgModel, flow: JourneyFlow, after: (model: OrgModel, flow: JourneyFlow)? = nil) {
        before = (model, flow)
        self.after = after
        minimumShare = 0.01
        language = .en
    }

    /// Builds the picture (and the after picture) on one layout.
    ///
    /// - Returns: The before diagram, and the after diagram when ``after`` is set; render
    ///   them with ``LayoutEngine/nop``.
    /// - Throws: ``RenderingError`` when Graphviz fails.
    public func diagrams() throws(RenderingError) -> (before: Diagram, after: Diagram?) {
        let flows = [before.flow] + (after.map { [$0.flow] } ?? [])
        let largest = flows.flatMap { Array($0.transitions.values) + $0.entries.map(\.count) }.max() ?? 1
        let depth = depths(flows: flows)
        // A move is "back" when it goes to a unit cases reach earlier than the one it
        // leaves, or, between units reached as early, when the opposite move is the more
        // common one; moves from units reached only through undrawn moves count as forward.
        var volume: [HandoffKey: Int] = [:]
        for flow in flows { for (key, count) in flow.transitions { volume[key, default: 0] += count } }
        let back = { (key: HandoffKey) -> Bool in
            guard let to = depth[key.to], let from = depth[key.from] else { return false }
            if to != from { return to < from }
            let reverse = HandoffKey(from: key.to, to: key.from)
            guard let other = volume[reverse] else { return false }
            let mine = volume[key] ?? 0
            return mine != other ? mine < other : key.from > key.to
        }
        var pictures = [picture(before.model, before.flow, largest: largest, isAfter: false, isBack: back)]
        if let after { pictures.append(picture(after.model, after.flow, largest: largest, isAfter: true, isBack: back)) }

        var items: [(label: Label, attributes: [String: String])] = []
        for picture in pictures {
            items += picture.nodes.map { ($0.label, $0.attributes) }
            items.append((picture.legend, ["shape": "plaintext", "margin": "0"]))
        }
        let measured = try BeforeAfterLayout.measure(items)
        var sizes: [String: (width: Double, height: Double)] = [:]
        var union = Diagram(name: "journey", graphAttributes: ["rankdir": "LR", "nodesep": "0.3", "ranksep": "0.45"],
                            nodeDefaults: OrgDiagramStyle.nodeDefaults, edgeDefaults: OrgDiagramStyle.edgeDefaults)
        var declared = Set<String>()
        var position = 0
        for index in pictures.indices {
            for node in pictures[index].nodes {
                let size = measured[position]
                let old = sizes[node.unionID] ?? (0, 0)
                sizes[node.unionID] = (max(old.width, size.width), max(old.height, size.height))
                if declared.insert(node.id).inserted {
                    union.nodes.append(Diagram.Node(id: node.id, label: node.label, attributes: node.attributes))
                }
                position += 1
            }
            pictures[index].legendSize = measured[position]
            position += 1
        }
        union.edges = layoutEdges(flows: flows, nodes: declared, isBack: back)
        let legend = (width: pictures.map(\.legendSize.width).max() ?? 0, height: pictures.map(\.legendSize.height).max() ?? 0)
        let layout = try BeforeAfterLayout(laying: union, sizes: sizes, legendSize: legend)
        return (pictures[0].diagram(layout: layout), pictures.count > 1 ? pictures[1].diagram(layout: layout) : nil)
    }

    /// Each unit's distance in moves from an entry, over the drawn moves of every flow.
    private func depths(flows: [JourneyFlow]) -> [String: Int] {
        var depth: [String: Int] = [:]
        var queue: [String] = []
        for flow in flows {
            for entry in flow.entries where depth[entry.unit] == nil {
                depth[entry.unit] = 0
                queue.append(entry.unit)
            }
        }
        let moves = flows.flatMap { shownMoves($0).keys }
        let next = Dictionary(grouping: moves, by: \.from)
        var head = 0
        while head < queue.count {
            let unit = queue[head]
            head += 1
            for move in (next[unit] ?? []).sorted(by: { $0.to < $1.to }) where depth[move.to] == nil {
                depth[move.to] = (depth[unit] ?? 0) + 1
                queue.append(move.to)
            }
        }
        return depth
    }

    /// The moves a flow's picture draws: those made by at least ``minimumShare`` of its cases.
    func shownMoves(_ flow: JourneyFlow) -> [HandoffKey: Int] {
        flow.transitions.filter { key, count in
            flow.cases > 0 && Double(flow.casesMoved[key] ?? count) / Double(flow.cases) >= minimumShare
        }
    }

    /// Edges for the shared layout: each move through its count node, pointing away from
    /// the entries (a move back towards them is laid out reversed), so dot ranks units by
    /// how early cases reach them and loops show as arcs back.
    private func layoutEdges(flows: [JourneyFlow], nodes: Set<String>, isBack: (HandoffKey) -> Bool) -> [Diagram.Edge] {
        var edges: [Diagram.Edge] = []
        var seen = Set<String>()
        for flow in flows {
            for entry in flow.entries where nodes.contains(Self.entryMoveID(entry)) && seen.insert(Self.entryMoveID(entry)).inserted {
                edges.append(Diagram.Edge(from: Self.entryID(entry.channel), to: Self.entryMoveID(entry)))
                edges.append(Diagram.Edge(from: Self.entryMoveID(entry), to: entry.unit))
            }
        }
        let moves = Set(flows.flatMap { shownMoves($0).keys }).sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        for move in moves where seen.insert(Self.moveID(move)).inserted {
            let (first, last) = isBack(move) ? (move.to, move.from) : (move.from, move.to)
            edges.append(Diagram.Edge(from: first, to: Self.moveID(move)))
            edges.append(Diagram.Edge(from: Self.moveID(move), to: last))
        }
        return edges
    }

    static func entryID(_ channel: String) -> String { "entry \(channel)" }
    static func entryMoveID(_ entry: JourneyFlow.Entry) -> String { "in \(entry.channel) \u{2192} \(entry.unit)" }
    static func moveID(_ key: HandoffKey) -> String { "move \(key.from) \u{2192} \(key.to)" }
}
