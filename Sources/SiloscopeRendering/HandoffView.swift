import SiloscopeGraph
import SiloscopeModel

/// The handoffs of a model as a ``Diagram``: the units that send or receive work,
/// coloured by division, and one labelled arrow per pair of units that hand work on,
/// left to right.
///
/// Handoffs between the same two units share one arrow. Each label is a node of its own
/// on its arrow (ids `handoff N`, N counting unit pairs in order of first appearance, with
/// `'` appended if a unit already has that id), so labels never overlap. A label names
/// the case types carried (at most three, or "any case"), the channels, the share of
/// context kept when declared and the summed volume. Width grows with the declared
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
    /// The language of the words the view writes itself (legend, channels, details).
    public var language: Language

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
        // Divisions as node colours, not clusters: a division spanning many ranks (senders
        // and receivers alike) forces dot to stack every other cluster above or below it;
        // the example bank's handoffs came out 2,604 × 4,239 px with clusters and
        // 2,340 × 2,704 without.
        let divisions = Array(graph.children(of: graph.root))
        var colors: [Int: (fill: String, border: String)] = [:]
        for (position, division) in divisions.enumerated() {
            colors[division] = OrgDiagramStyle.divisionPalette[position % OrgDiagramStyle.divisionPalette.count]
        }
        let crmUnit = model.crm?.unit
        for (index, unit) in model.units.enumerated() where involved.contains(index) {
            var node = Diagram.Node(id: unit.id, label: OrgDiagramStyle.unitLabel(unit, isCRM: unit.id == crmUnit, language: language))
            if let color = colors[graph.division[index]] {
                node.attributes = ["fillcolor": color.fill, "color": color.border]
            }
            if unit.id == crmUnit {
                node.attributes = ["fillcolor": OrgDiagramStyle.crmFill, "color": OrgDiagramStyle.crmBorder,
                                   "penwidth": "3.5"]
            }
            diagram.nodes.append(node)
        }

        let caseNames = Dictionary(model.caseTypes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // One arrow per pair of units: several handoffs between the same two units (one
        // per case type, say) are merged, as friction values are keyed by pair. The
        // example bank's 42 handoffs otherwise made a drawing 4,274 px tall.
        var pairs: [HandoffKey: [Handoff]] = [:]
        var order: [HandoffKey] = []
        for handoff in model.handoffs {
            let key = HandoffKey(handoff)
            if pairs[key] == nil { order.append(key) }
            pairs[key, default: []].append(handoff)
        }
        let volumes = pairs.mapValues { group in
            group.contains { $0.volumePerDay != nil } ? group.reduce(0) { $0 + ($1.volumePerDay ?? 0) } : nil
        }
        let maximumVolume = volumes.values.compactMap { $0 }.max() ?? 0
        let maximumFriction = friction.filter { pairs[$0.key] != nil }.values.max() ?? 0
        // Each arrow is drawn as sender ── label ──▶ receiver, the label a node of its
        // own: dot overlaps edge labels of edges that leave clusters (seen on the sample
        // bank), but never overlaps nodes.
        var takenIDs = Set(model.units.map(\.id))
        var crossesDivision = false
        for (position, key) in order.enumerated() {
            guard let group = pairs[key], let from = graph.index[key.from], let to = graph.index[key.to] else { continue }
            let crossing = !graph.sameDivision(from, to)
            crossesDivision = crossesDivision || crossing
            let volume = volumes[key] ?? nil
            var lineAttributes = [
                "color": OrgDiagramStyle.handoffColor,
                "style": crossing ? "solid" : "dashed",
                "penwidth": OrgDiagramStyle.number(OrgDiagramStyle.volumeWidth(volume, maximum: maximumVolume)),
            ]
            var details = [Self.unique(group.map { OrgDiagramStyle.channelName($0.channel, language: language) }).joined(separator: "/")]
            let kept = group.compactMap(\.contextKept)
            if let low = kept.min(), let high = kept.max() {
                details.append(language.pick("context kept ", "bağlam korunur ") + language.percentRange(low, high))
            }
            if let volume { details.append(language.number(volume) + language.pick("/day", "/gün")) }
            if maximumFriction > 0 { lineAttributes["color"] = OrgDiagramStyle.noFrictionColor }
            if let value = friction[key] {
                let bin = OrgDiagramStyle.frictionBin(value, maximum: maximumFriction)
                lineAttributes["color"] = OrgDiagramStyle.frictionColors[bin]
                lineAttributes["penwidth"] = OrgDiagramStyle.number(
                    OrgDiagramStyle.frictionWidth(value, maximum: maximumFriction))
                details.append(language.pick("friction ", "sürtünme ") + language.number(value))
            }
            let lines = [caseSummary(group, names: caseNames), details.joined(separator: " · ")]

            var labelID = "handoff \(position)"
            while !takenIDs.insert(labelID).inserted { labelID += "'" }
            let text = lines.flatMap { OrgDiagramStyle.wrapped($0, width: 28) }.map(Label.escapingHTML)
            diagram.nodes.append(Diagram.Node(
                id: labelID,
                label: .html("<FONT POINT-SIZE=\"\(OrgDiagramStyle.edgeFontSize)\">"
                    + text.joined(separator: "<BR/>") + "</FONT>"),
                attributes: ["shape": "plain", "style": "", "fontcolor": lineAttributes["color"] ?? OrgDiagramStyle.ink]))
            diagram.edges.append(Diagram.Edge(from: key.from, to: labelID, attributes: lineAttributes))
            lineAttributes["arrowhead"] = "normal"
            diagram.edges.append(Diagram.Edge(from: labelID, to: key.to, attributes: lineAttributes))
        }

        var legend: [OrgDiagramStyle.LegendRow] = []
        if crossesDivision {
            legend.append(.init(sample: "━━━▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                                text: language.pick("handoff across divisions (a silo wall)", "bölümler arası devir (silo duvarı)")))
        }
        legend.append(.init(sample: "╌╌╌▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                            text: language.pick("handoff inside a division", "bölüm içi devir")))
        if maximumFriction > 0 {
            legend.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.frictionColors[2], fill: nil,
                                text: language.pick("wider and redder: more friction", "kalın ve kırmızı: daha çok sürtünme")))
            legend += OrgDiagramStyle.frictionLegend(maximum: maximumFriction, language: language)
        } else if maximumVolume > 0 {
            let largest = language.number(maximumVolume)
            legend.append(.init(sample: "▬▶", sampleColor: OrgDiagramStyle.handoffColor, fill: nil,
                                text: language.pick("wider: more cases per day (largest \(largest))",
                                                    "kalın: günde daha çok vaka (en çok \(largest))")))
        }
        let shownDivisions = Set(involved.map { graph.division[$0] })
        for division in divisions where shownDivisions.contains(division) {
            guard let color = colors[division] else { continue }
            legend.append(.init(sample: "     ", sampleColor: color.border, fill: color.fill,
                                text: language.pick("in ", "bölüm: ") + model.units[division].name))
        }
        if let crmUnit, involved.contains(where: { graph.ids[$0] == crmUnit }) {
            legend.append(.init(sample: "CRM", sampleColor: OrgDiagramStyle.crmBorder, fill: OrgDiagramStyle.crmFill,
                                text: language.pick("the CRM team", "CRM ekibi")))
        }
        diagram.label = OrgDiagramStyle.titleAndLegend(
            title: title ?? model.organization.name + language.pick(" — handoffs", " — devirler"), rows: legend)
        return diagram
    }

    /// The case types a group of handoffs carries, by name: "any case" when one carries
    /// every type, at most three names, then "+N more".
    private func caseSummary(_ group: [Handoff], names: [String: String]) -> String {
        if group.contains(where: \.caseTypes.isEmpty) { return language.pick("any case", "her vaka") }
        let all = Self.unique(group.flatMap(\.caseTypes).map { names[$0] ?? $0 })
        let shown = all.prefix(3).joined(separator: ", ")
        return all.count > 3 ? "\(shown) +\(all.count - 3)" + language.pick(" more", " tane daha") : shown
    }

    /// Elements in first-seen order, without repeats.
    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
