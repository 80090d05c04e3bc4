import SiloscopeGraph
import SiloscopeModel

/// The handoffs of a model as a ``Diagram``: the units that send or receive work, grouped
/// by division, and one labelled arrow per declared handoff, left to right.
///
/// Each label is a node of its own on its arrow (ids `handoff N`, N the handoff's index,
/// with `'` appended if a unit already has that id), so labels never overlap. It names the case types it carries (or "any case"), the channel and
/// the share of context kept when declared. Width grows with the declared
/// `volume_per_day`; with ``friction`` values, colour and width show friction instead,
/// as in ``OrgChartView``. Arrows that cross a division boundary are drawn solid, arrows
/// inside a division dashed: the silo walls are where the solid lines are.
public struct HandoffView: Sendable {
    /// The organization to draw.
    public var model: OrgModel
    /// Optional friction per handoff edge; keys not among the model's handoffs are ignored.
    public var friction: [HandoffKey: Double]
    /// The title over the legend; `nil` uses "NAME — handoffs".
    public var title: String?

    /// Creates the view.
    ///
    /// - Parameters:
    ///   - model: The organization (validated).
    ///   - friction: Optional friction per handoff edge.
    ///   - title: The title; `nil` uses "NAME — handoffs".
    public init(model: OrgModel, friction: [HandoffKey: Double] = [:], title: String? = nil) {
        self.model = model
        self.friction = friction
        self.title = title
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
        var attributes = OrgDiagramStyle.graphAttributes(rankdir: "LR")
        attributes["ranksep"] = "1.1"
        attributes["nodesep"] = "0.35"
        var diagram = Diagram(
            name: "handoffs", graphAttributes: attributes,
            nodeDefaults: OrgDiagramStyle.nodeDefaults, edgeDefaults: OrgDiagramStyle.edgeDefaults)

        var involved = Set<Int>()
        for (position, handoff) in model.handoffs.enumerated() {
            for end in [handoff.from, handoff.to] {
                guard let unit = graph.index[end] else {
                    throw .invalidDiagram("handoffs[\(position)] names unit '\(end)', which the model does not have")
                }
                involved.insert(unit)
            }
        }
        let crmUnit = model.crm?.unit
        for (index, unit) in model.units.enumerated() where involved.contains(index) {
            var node = Diagram.Node(id: unit.id, label: OrgDiagramStyle.unitLabel(unit, isCRM: unit.id == crmUnit))
            if unit.id == crmUnit {
                node.attributes = ["fillcolor": OrgDiagramStyle.crmFill, "color": OrgDiagramStyle.crmBorder,
                                   "penwidth": "3.5"]
            }
            diagram.nodes.append(node)
        }

        // Divisions as clusters, so crossings between them stand out.
        var members: [Int: [String]] = [:]
        for unit in involved.sorted() where unit != graph.root {
            members[graph.division[unit], default: []].append(graph.ids[unit])
        }
        for (position, division) in graph.children(of: graph.root).enumerated() {
            guard let ids = members[division] else { continue }
            let colors = OrgDiagramStyle.divisionPalette[position % OrgDiagramStyle.divisionPalette.count]
            diagram.subgraphs.append(Diagram.Subgraph(
                id: "division_\(graph.ids[division])",
                label: .html("<B>" + Label.escapingHTML(model.units[division].name) + "</B>"),
                attributes: ["style": "rounded,filled", "fillcolor": colors.fill, "color": colors.border,
                             "penwidth": "1.5", "margin": "14"],
                nodeIDs: ids))
        }

        let caseNames = Dictionary(model.caseTypes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let maximumVolume = model.handoffs.compactMap(\.volumePerDay).max() ?? 0
        let keys = Set(model.handoffs.map(HandoffKey.init))
        let maximumFriction = friction.filter { keys.contains($0.key) }.values.max() ?? 0
        // Each handoff is drawn as sender ── label ──▶ receiver, the label a node of its
        // own: dot overlaps edge labels of edges that leave clusters (seen on the sample
        // bank), but never overlaps nodes.
        var labelMembers: [Int: [String]] = [:]
        var takenIDs = Set(model.units.map(\.id))
        var crossesDivision = false
        for (position, handoff) in model.handoffs.enumerated() {
            guard let from = graph.index[handoff.from], let to = graph.index[handoff.to] else { continue }
            let crossing = !graph.sameDivision(from, to)
            crossesDivision = crossesDivision || crossing
            var lineAttributes = [
                "color": OrgDiagramStyle.handoffColor,
                "style": crossing ? "solid" : "dashed",
                "penwidth": OrgDiagramStyle.number(OrgDiagramStyle.volumeWidth(handoff.volumePerDay, maximum: maximumVolume)),
            ]
            var lines = [handoff.caseTypes.isEmpty
                ? "any case" : handoff.caseTypes.map { caseNames[$0] ?? $0 }.joined(separator: ", ")]
            var details = [OrgDiagramStyle.channelName(handoff.channel)]
            if let kept = handoff.contextKept { details.append("context kept \(OrgDiagramStyle.percent(kept))") }
            if let volume = handoff.volumePerDay { details.append("\(OrgDiagramStyle.number(volume))/day") }
            if maximumFriction > 0 { lineAttributes["color"] = OrgDiagramStyle.noFrictionColor }
            if let value = friction[HandoffKey(handoff)] {
                let bin = OrgDiagramStyle.frictionBin(value, maximum: maximumFriction)
                lineAttributes["color"] = OrgDiagramStyle.frictionColors[bin]
                lineAttributes["penwidth"] = OrgDiagramStyle.number(
                    OrgDiagramStyle.frictionWidth(value, maximum: maximumFriction))
                details.append("friction \(OrgDiagramStyle.number(value))")
            }
            lines.append(details.joined(separator: " · "))

            var labelID = "handoff \(position)"
            while !takenIDs.insert(labelID).inserted { labelID += "'" }
            let text = lines.flatMap { OrgDiagramStyle.wrapped($0, width: 28) }.map(Label.escapingHTML)
            diagram.nodes.append(Diagram.Node(
                id: labelID,
                label: .html("<FONT POINT-SIZE=\"\(OrgDiagramStyle.edgeFontSize)\">"
                    + text.joined(separator: "<BR/>") + "</FONT>"),
                attributes: ["shape": "plain", "style": "", "fontcolor": lineAttributes["color"] ?? OrgDiagramStyle.ink]))
            if !crossing, from != graph.root {
                labelMembers[graph.division[from], default: []].append(labelID)
            }
            diagram.edges.append(Diagram.Edge(from: handoff.from, to: labelID, attributes: lineAttributes))
            lineAttributes["arrowhead"] = "normal"
            diagram.edges.append(Diagram.Edge(from: labelID, to: handoff.to, attributes: lineAttributes))
        }
        for index in diagram.subgraphs.indices {
            let division = String(diagram.subgraphs[index].id.dropFirst("division_".count))
            if let unit = graph.index[division] { diagram.subgraphs[index].nodeIDs += labelMembers[unit] ?? [] }
        }

        var legend: [OrgDiagramStyle.LegendRow] = []
        if crossesDivision {
            legend.append(.init(sample: "━━━▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                                text: "handoff across divisions (a silo wall)"))
        }
        legend.append(.init(sample: "╌╌╌▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                            text: "handoff inside a division"))
        if maximumFriction > 0 {
            legend.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.frictionColors[2], fill: nil,
                                text: "wider and redder: more friction"))
            legend += OrgDiagramStyle.frictionLegend(maximum: maximumFriction)
        } else if maximumVolume > 0 {
            legend.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                                text: "wider: more cases per day (largest \(OrgDiagramStyle.number(maximumVolume)))"))
        }
        if let crmUnit, involved.contains(where: { graph.ids[$0] == crmUnit }) {
            legend.append(.init(sample: "CRM", sampleColor: OrgDiagramStyle.crmBorder, fill: OrgDiagramStyle.crmFill,
                                text: "the CRM team"))
        }
        diagram.label = OrgDiagramStyle.titleAndLegend(
            title: title ?? "\(model.organization.name) — handoffs", rows: legend)
        return diagram
    }
}
