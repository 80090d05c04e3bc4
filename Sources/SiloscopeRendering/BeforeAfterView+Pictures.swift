import SiloscopeModel

extension BeforeAfterView {
    /// The organization today, marking what is about to change.
    func beforePicture(union: BeforeAfterUnion, scale: FrictionStyle?) -> BeforeAfterPicture {
        let crm = before.crm?.unit
        var picture = BeforeAfterPicture(name: "before", legend: .text(""))
        var marks: [BeforeAfterStyle.Mark] = []
        let t = language.pick
        for unit in before.units {
            let mark: BeforeAfterStyle.Mark
            if let target = changes.mergedInto[unit.id] {
                mark = .willMerge(t("→ merged into ", "→ birleşecek: ") + union.name(target))
            } else if changes.isRemoved(unit.id) {
                mark = .removed("→ \(union.fate(unit.id, language: language))")
            } else if let move = changes.move(of: unit.id) {
                mark = .willMove(t("→ moves under ", "→ taşınacak, yeni yönetici: ") + union.name(move.to))
            } else if let fields = union.fieldChanges(unit.id, language: language) {
                mark = .changed(t("to change: ", "değişecek: ") + fields)
            } else {
                mark = .plain
            }
            marks.append(mark)
            picture.nodes.append(.init(
                id: unit.id, unionID: union.beforeID(unit.id),
                label: BeforeAfterStyle.unitLabel(unit, isCRM: unit.id == crm, mark: mark, language: language,
                                                  hidden: hiddenBefore[unit.id]),
                attributes: BeforeAfterStyle.attributes(mark, isCRM: unit.id == crm, collapsed: hiddenBefore[unit.id] != nil)))
            if let parent = unit.parent {
                let moving = changes.move(of: unit.id) != nil
                picture.reportingLines.append(.init(
                    parent: parent, child: unit.id,
                    attributes: moving ? ["color": BeforeAfterStyle.moved, "style": "dashed", "penwidth": "2.5"] : [:]))
            }
        }
        let (edges, rows) = handoffEdges(model: before, friction: beforeFriction, scale: scale, statusKeys: [
            (Set(changes.removedHandoffs), BeforeAfterStyle.removed, t("grey", "gri"),
             t("handoff the change removes", "değişikliğin kaldırdığı devir")),
            (Set(changes.changedHandoffs), BeforeAfterStyle.changed, t("black", "siyah"),
             t("handoff the change alters", "değişikliğin değiştirdiği devir")),
        ])
        picture.edges = edges
        picture.legend = BeforeAfterStyle.legend(
            title: beforeTitle ?? t("Before: \(before.organization.name) today", "Önce: \(before.organization.name) bugün"),
            subtitle: subtitle,
            rows: commonRows(model: before, hidden: hiddenBefore) + rows + BeforeAfterStyle.legendRows(for: marks, language: language),
            note: note)
        return picture
    }

    /// The organization after the changes, marking what changed, with ghosts where moved
    /// and removed units were.
    func afterPicture(union: BeforeAfterUnion, scale: FrictionStyle?) -> BeforeAfterPicture {
        let crm = after.crm?.unit
        var picture = BeforeAfterPicture(name: "after", legend: .text(""))
        var marks: [BeforeAfterStyle.Mark] = []
        let t = language.pick
        let targets = changes.mergeTargets, parts = changes.splitParts
        for unit in after.units {
            let mark = afterMark(unit.id, union: union, targets: targets, parts: parts)
            marks.append(mark)
            picture.nodes.append(.init(
                id: unit.id, unionID: unit.id,
                label: BeforeAfterStyle.unitLabel(unit, isCRM: unit.id == crm, mark: mark, language: language,
                                                  hidden: hiddenAfter[unit.id]),
                attributes: BeforeAfterStyle.attributes(mark, isCRM: unit.id == crm, collapsed: hiddenAfter[unit.id] != nil)))
            if let parent = unit.parent {
                var attributes: [String: String] = [:]
                switch mark {
                case .moved: attributes = ["color": BeforeAfterStyle.moved, "penwidth": "3"]
                case .added: attributes = ["color": BeforeAfterStyle.added, "penwidth": "3"]
                case .mergedTarget: attributes = ["color": BeforeAfterStyle.merged, "penwidth": "3"]
                default: break
                }
                picture.reportingLines.append(.init(parent: parent, child: unit.id, attributes: attributes))
            }
        }
        if showsGhosts {
            for unit in before.units {
                let text: String
                if let move = changes.move(of: unit.id) {
                    text = t("moved under ", "taşındı, yeni yönetici: ") + union.name(move.to)
                } else if changes.isRemoved(unit.id) {
                    text = union.fate(unit.id, language: language)
                } else {
                    continue
                }
                marks.append(.ghost(text))
                picture.nodes.append(.init(
                    id: "was " + unit.id, unionID: union.beforeID(unit.id),
                    label: BeforeAfterStyle.unitLabel(unit, isCRM: false, mark: .ghost(text), language: language,
                                                      hidden: hiddenBefore[unit.id]),
                    attributes: BeforeAfterStyle.attributes(.ghost(text), isCRM: false)))
            }
        }
        let (edges, rows) = handoffEdges(model: after, friction: afterFriction, scale: scale, statusKeys: [
            (Set(changes.addedHandoffs), BeforeAfterStyle.added, t("green", "yeşil"), t("new handoff", "yeni devir")),
            (Set(changes.changedHandoffs), BeforeAfterStyle.changed, t("black", "siyah"), t("changed handoff", "değişen devir")),
        ])
        picture.edges = edges
        picture.legend = BeforeAfterStyle.legend(
            title: afterTitle ?? t("After", "Sonra"), subtitle: subtitle,
            rows: commonRows(model: after, hidden: hiddenAfter) + rows + BeforeAfterStyle.legendRows(for: marks, language: language),
            note: note)
        return picture
    }

    /// How a unit of the after model is marked.
    func afterMark(_ id: String, union: BeforeAfterUnion, targets: Set<String>, parts: Set<String>) -> BeforeAfterStyle.Mark {
        let t = language.pick
        if targets.contains(id) {
            let sources = changes.mergedInto.filter { $0.value == id }.count + (union.beforeUnit(id) == nil ? 0 : 1)
            return .mergedTarget(t("merged from \(sources) units", "\(sources) birimin birleşmesiyle oluştu"))
        }
        if parts.contains(id), let source = changes.splitInto.first(where: { $0.value.contains(id) })?.key {
            return .added(t("split from ", "bölündüğü birim: ") + union.name(source))
        }
        if changes.isAdded(id) { return .added(t("+ new unit", "+ yeni birim")) }
        if let move = changes.move(of: id) { return .moved(t("moved from under ", "taşındı, eski yönetici: ") + union.name(move.from)) }
        if let fields = union.fieldChanges(id, language: language) { return .changed(t("changed: ", "değişti: ") + fields) }
        return .plain
    }

    /// Legend rows every org picture has: reporting lines, the CRM team and collapsed
    /// subtrees.
    func commonRows(model: OrgModel, hidden: [String: OrgCollapse.Hidden]) -> [BeforeAfterStyle.LegendRow] {
        var rows: [BeforeAfterStyle.LegendRow] = [
            .init(sample: "━━━", color: OrgDiagramStyle.reportingLine,
                  text: language.pick("reports to (manager above)", "bağlı olduğu yönetici (üstte)")),
        ]
        if model.crm != nil {
            rows.append(.init(sample: "CRM", color: OrgDiagramStyle.crmBorder, text: language.pick("the CRM team", "CRM ekibi"),
                              fill: OrgDiagramStyle.crmFill))
        }
        if !hidden.isEmpty { rows.append(BeforeAfterStyle.collapsedRow(language: language)) }
        return rows
    }

    /// Handoff arrows of one model: by friction on the shared scale when given (undeclared
    /// edges with large friction dotted), else by declared volume; edges in `statusKeys`
    /// start with their status colour (without friction, the whole arrow has it).
    func handoffEdges(
        model: OrgModel, friction: [HandoffKey: EdgeFriction]?, scale: FrictionStyle?,
        statusKeys: [(keys: Set<HandoffKey>, color: String, colorName: String, meaning: String)]
    ) -> (edges: [Diagram.Edge], legend: [BeforeAfterStyle.LegendRow]) {
        var keys: [HandoffKey] = []
        var seen = Set<HandoffKey>()
        for handoff in model.handoffs where seen.insert(HandoffKey(handoff)).inserted { keys.append(HandoffKey(handoff)) }
        var undeclared: [HandoffKey] = []
        if let friction, let scale, let top = scale.bounds.last {
            undeclared = friction.filter { !seen.contains($0.key) && $0.value.value(measure) >= undeclaredThreshold * top }
                .keys.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        }
        let volumes = model.handoffs.reduce(into: [HandoffKey: Double]()) { $0[HandoffKey($1), default: 0] += $1.volumePerDay ?? 0 }
        let maximumVolume = volumes.values.max() ?? 0
        var edges: [Diagram.Edge] = []
        var usedStatus = Set<Int>()
        for key in keys + undeclared {
            let declared = seen.contains(key)
            var attributes = ["arrowhead": "normal", "arrowsize": "0.8", "style": declared ? "dashed" : "dotted"]
            var color = OrgDiagramStyle.handoffColor
            if let scale, let friction {
                if let value = friction[key]?.value(measure) {
                    color = scale.color(value)
                    attributes["penwidth"] = OrgDiagramStyle.number(scale.width(value))
                } else {
                    color = FrictionStyle.missingColor
                    attributes["penwidth"] = "1.2"
                }
            } else {
                attributes["penwidth"] = OrgDiagramStyle.number(OrgDiagramStyle.volumeWidth(volumes[key], maximum: maximumVolume))
            }
            if let index = statusKeys.firstIndex(where: { $0.keys.contains(key) }) {
                let status = statusKeys[index]
                usedStatus.insert(index)
                attributes["style"] = "solid"
                color = scale == nil ? status.color : "\(status.color);0.3:\(color)"
            }
            attributes["color"] = color
            edges.append(Diagram.Edge(from: key.from, to: key.to, attributes: attributes))
        }
        var rows: [BeforeAfterStyle.LegendRow] = []
        if let scale, friction != nil {
            rows.append(.init(sample: "╌╌╌▶", color: scale.bounds.isEmpty ? "#000000" : FrictionStyle.colors[2],
                              text: language.pick("handoff; colour and width: friction", "devir; renk ve kalınlık: sürtünme")
                                  + " (\(measure.unit(in: language)))"))
            rows += scale.legendRows(language: language)
            if !undeclared.isEmpty {
                rows.append(.init(sample: "┈┈┈▶", color: FrictionStyle.colors[2],
                                  text: language.pick("dotted: no declared handoff, cases sent there anyway",
                                                      "noktalı: tanımlı devir yok, vakalar yine de gönderiliyor")))
            }
        } else if !keys.isEmpty {
            rows.append(.init(sample: "╌╌╌▶", color: OrgDiagramStyle.handoffColor,
                              text: language.pick("hands work to (wider: more cases per day)", "iş devreder (kalın: günde daha çok vaka)")))
        }
        let start = scale == nil ? "" : language.pick(" start", " başlangıç")
        for (index, status) in statusKeys.enumerated() where usedStatus.contains(index) {
            rows.append(.init(sample: "━━━▶", color: status.color, text: status.colorName + start + ": " + status.meaning))
        }
        return (edges, rows)
    }
}
