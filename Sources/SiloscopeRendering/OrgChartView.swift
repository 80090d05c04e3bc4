import SiloscopeGraph
import SiloscopeModel

/// The org chart of a model as a ``Diagram``: reporting lines top-down, each division
/// (a subtree directly under the root) in its own shaded cluster, handoffs overlaid as
/// dashed arrows, the CRM team highlighted, and a legend under the title.
///
/// - Units show their display name, kind and staff. Node identifiers are unit ids, so
///   ``Diagram/layout(engine:)`` positions are keyed by unit id.
/// - Reporting lines are plain lines (no arrowheads) from manager to report. When a unit
///   has ``leafStackThreshold`` or more reports without reports of their own, those are
///   stacked in a small frame under it, in columns of at most ``leafStackRows``, so wide
///   teams do not stretch the chart sideways; one line joins the manager to the frame.
/// - Handoffs are dashed, blue arrows that do not influence the layout
///   (`constraint=false`), wider for larger declared `volume_per_day`.
/// - With ``friction`` values, handoff arrows are coloured (blue, amber, red, dark red,
///   relative to the largest value) and widened by friction instead of volume, and the
///   legend shows the ranges.
/// - The CRM team's unit gets a warm fill and a bold border.
public struct OrgChartView: Sendable {
    /// The organization to draw.
    public var model: OrgModel
    /// Optional friction per handoff edge (for example from a simulation); drawn as colour
    /// and width. Keys not among the model's handoffs are ignored.
    public var friction: [HandoffKey: Double]
    /// Whether handoff arrows are overlaid on the reporting lines.
    public var showsHandoffs: Bool
    /// The title over the legend; `nil` uses the organization's name.
    public var title: String?
    /// Reports-without-reports from which a manager's team is stacked (default 2).
    public var leafStackThreshold: Int
    /// Rows in a stacked team before another column starts (default 8).
    public var leafStackRows: Int
    /// The language of the words the chart writes itself (legend, kind and staff).
    public var language: Language
    /// Units that stand for undrawn subtrees (see ``OrgCollapse``): their boxes say
    /// "+37 units, 1,240 people" and are drawn with a double border.
    public var hidden: [String: OrgCollapse.Hidden] = [:]
    /// A note under the legend (what was collapsed and how to expand it).
    public var note: String?

    /// Creates the view.
    ///
    /// - Parameters:
    ///   - model: The organization (validated, so reporting lines form one tree).
    ///   - friction: Optional friction per handoff edge.
    ///   - showsHandoffs: Whether to overlay handoff arrows.
    ///   - title: The title; `nil` uses "NAME — org chart".
    public init(
        model: OrgModel, friction: [HandoffKey: Double] = [:], showsHandoffs: Bool = true, title: String? = nil
    ) {
        self.model = model
        self.friction = friction
        self.showsHandoffs = showsHandoffs
        self.title = title
        self.leafStackThreshold = 2
        self.leafStackRows = 8
        self.language = .en
    }

    /// Builds the diagram.
    ///
    /// - Returns: A diagram to render with ``LayoutEngine/dot``.
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when the reporting lines do not form
    ///   one tree or a handoff names a unit the model lacks.
    /// - Complexity: O(units + handoffs).
    public func diagram() throws(RenderingError) -> Diagram {
        let graph: OrgGraph
        do {
            graph = try OrgGraph(model)
        } catch {
            throw .invalidDiagram("the reporting lines do not form one tree: \(error.description)")
        }
        let crmUnit = model.crm?.unit
        var diagram = Diagram(
            name: "org",
            graphAttributes: OrgDiagramStyle.graphAttributes(rankdir: "TB"),
            nodeDefaults: OrgDiagramStyle.nodeDefaults,
            edgeDefaults: OrgDiagramStyle.edgeDefaults)

        // Units, in model order.
        for (index, unit) in model.units.enumerated() {
            var node = Diagram.Node(id: unit.id, label: OrgDiagramStyle.unitLabel(unit, isCRM: unit.id == crmUnit, language: language,
                                                                                  hidden: hidden[unit.id]))
            if hidden[unit.id] != nil {
                node.attributes = ["peripheries": "2", "fillcolor": OrgDiagramStyle.collapsedFill]
            }
            if unit.id == crmUnit {
                node.attributes = [
                    "fillcolor": OrgDiagramStyle.crmFill, "color": OrgDiagramStyle.crmBorder, "penwidth": "3.5",
                ]
            }
            if index == graph.root { node.attributes["penwidth"] = node.attributes["penwidth"] ?? "2" }
            diagram.nodes.append(node)
        }

        // Reporting lines; wide teams of leaves stacked in a frame.
        var stacks: [Int: Diagram.Subgraph] = [:]
        for manager in 0..<graph.count {
            // The root's reports are the divisions, each in its own cluster: never stacked.
            let reports = Array(graph.children(of: manager))
            let leaves = reports.filter { graph.children(of: $0).isEmpty }
            let stacked = manager != graph.root && leaves.count >= max(leafStackThreshold, 2) ? Set(leaves) : []
            for report in reports where !stacked.contains(report) {
                diagram.edges.append(Diagram.Edge(from: graph.ids[manager], to: graph.ids[report]))
            }
            if !stacked.isEmpty {
                let (edges, frame) = stack(leaves, under: manager, graph: graph)
                diagram.edges += edges
                stacks[manager] = frame
            }
        }

        // Divisions as clusters: every unit below a child of the root, with the stacked
        // frames nested inside.
        var members: [Int: [String]] = [:]
        for unit in 0..<graph.count where unit != graph.root && !stackedLeaf(unit, graph: graph, stacks: stacks) {
            members[graph.division[unit], default: []].append(graph.ids[unit])
        }
        for (position, division) in graph.children(of: graph.root).enumerated() where !graph.children(of: division).isEmpty {
            let colors = OrgDiagramStyle.divisionPalette[position % OrgDiagramStyle.divisionPalette.count]
            let frames = graph.subtree(of: division).compactMap { stacks[$0] }
            diagram.subgraphs.append(
                Diagram.Subgraph(
                    id: "division_\(graph.ids[division])",
                    label: .html("<B>" + Label.escapingHTML(model.units[division].name) + "</B>"),
                    attributes: [
                        "style": "rounded,filled", "fillcolor": colors.fill, "color": colors.border,
                        "penwidth": "1.5", "margin": "14",
                    ],
                    nodeIDs: members[division] ?? [],
                    subgraphs: frames))
        }

        // Handoffs overlaid.
        var legend: [OrgDiagramStyle.LegendRow] = [
            .init(sample: "━━━", sampleColor: OrgDiagramStyle.reportingLine, fill: nil,
                  text: language.pick("reports to (manager above)", "bağlı olduğu yönetici (üstte)")),
        ]
        if showsHandoffs, !model.handoffs.isEmpty {
            diagram.edges += try handoffEdges(in: graph)
            legend += handoffLegend()
        }
        if let crmUnit, graph.index[crmUnit] != nil {
            legend.append(.init(sample: "CRM", sampleColor: OrgDiagramStyle.crmBorder, fill: OrgDiagramStyle.crmFill,
                                text: language.pick("the CRM team", "CRM ekibi")))
        }
        if !hidden.isEmpty {
            legend.append(.init(sample: "+N", sampleColor: OrgDiagramStyle.unitBorder, fill: OrgDiagramStyle.collapsedFill,
                                text: language.pick("a collapsed subtree: the unit and everything below it", "daraltılmış alt ağaç: birim ve altındaki her şey")))
        }
        diagram.label = OrgDiagramStyle.titleAndLegend(
            title: title ?? model.organization.name + language.pick(" — org chart", " — organizasyon şeması"), rows: legend, note: note)
        return diagram
    }

    /// Invisible edges that stack `leaves` in columns under `manager`, one visible line to
    /// the frame, and the frame itself.
    private func stack(_ leaves: [Int], under manager: Int, graph: OrgGraph) -> ([Diagram.Edge], Diagram.Subgraph) {
        let rows = max(leafStackRows, 1)
        let columns = (leaves.count + rows - 1) / rows
        let frameID = "team_\(graph.ids[manager])"
        var edges: [Diagram.Edge] = []
        for (position, leaf) in leaves.enumerated() {
            let id = graph.ids[leaf]
            if position < columns {
                // First row: one rank below the manager.
                edges.append(Diagram.Edge(from: graph.ids[manager], to: id, attributes: ["style": "invis"]))
            } else {
                edges.append(Diagram.Edge(from: graph.ids[leaves[position - columns]], to: id,
                                          attributes: ["style": "invis", "weight": "10"]))
            }
        }
        // The visible reporting line, clipped at the frame.
        let middle = graph.ids[leaves[(columns - 1) / 2]]
        edges.append(Diagram.Edge(from: graph.ids[manager], to: middle,
                                  attributes: ["lhead": "cluster_" + frameID, "weight": "5"]))
        let frame = Diagram.Subgraph(
            id: frameID,
            attributes: ["style": "rounded,dashed", "color": OrgDiagramStyle.unitBorder, "fillcolor": "none",
                         "margin": "10", "penwidth": "1"],
            nodeIDs: leaves.map { graph.ids[$0] })
        return (edges, frame)
    }

    private func stackedLeaf(_ unit: Int, graph: OrgGraph, stacks: [Int: Diagram.Subgraph]) -> Bool {
        let parent = graph.parent[unit]
        return parent >= 0 && graph.children(of: unit).isEmpty && stacks[parent] != nil
    }

    private func handoffEdges(in graph: OrgGraph) throws(RenderingError) -> [Diagram.Edge] {
        let maximumVolume = model.handoffs.compactMap(\.volumePerDay).max() ?? 0
        let keys = Set(model.handoffs.map(HandoffKey.init))
        let maximumFriction = friction.filter { keys.contains($0.key) }.values.max() ?? 0
        var edges: [Diagram.Edge] = []
        for (position, handoff) in model.handoffs.enumerated() {
            for end in [handoff.from, handoff.to] where graph.index[end] == nil {
                throw .invalidDiagram("handoffs[\(position)] names unit '\(end)', which the model does not have")
            }
            var attributes = [
                "style": "dashed", "constraint": "false", "arrowhead": "normal", "arrowsize": "0.8",
                "color": OrgDiagramStyle.handoffColor,
                "penwidth": OrgDiagramStyle.number(
                    OrgDiagramStyle.volumeWidth(handoff.volumePerDay, maximum: maximumVolume)),
            ]
            if maximumFriction > 0 { attributes["color"] = OrgDiagramStyle.noFrictionColor }
            if let value = friction[HandoffKey(handoff)] {
                let bin = OrgDiagramStyle.frictionBin(value, maximum: maximumFriction)
                attributes["color"] = OrgDiagramStyle.frictionColors[bin]
                attributes["penwidth"] = OrgDiagramStyle.number(
                    OrgDiagramStyle.frictionWidth(value, maximum: maximumFriction))
            }
            edges.append(Diagram.Edge(from: handoff.from, to: handoff.to, attributes: attributes))
        }
        return edges
    }

    private func handoffLegend() -> [OrgDiagramStyle.LegendRow] {
        let keys = Set(model.handoffs.map(HandoffKey.init))
        let maximumFriction = friction.filter { keys.contains($0.key) }.values.max()
        var rows: [OrgDiagramStyle.LegendRow] = [
            .init(sample: "╌╌╌▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                  text: language.pick("hands work to (internal-customer handoff)", "iş devreder (iç müşteri devri)"))
        ]
        if let maximumFriction, maximumFriction > 0 {
            rows.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.frictionColors[2], fill: nil,
                              text: language.pick("wider and redder: more friction", "kalın ve kırmızı: daha çok sürtünme")))
            rows += OrgDiagramStyle.frictionLegend(maximum: maximumFriction, language: language)
        } else if let maximumVolume = model.handoffs.compactMap(\.volumePerDay).max(), maximumVolume > 0 {
            let largest = language.number(maximumVolume)
            rows.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                              text: language.pick("wider: more cases per day (largest \(largest))",
                                                  "kalın: günde daha çok vaka (en çok \(largest))")))
        }
        return rows
    }
}
