import SiloscopeModel

extension BeforeAfterView {
    /// Only what changed: moved units at their new place with an arrow from a ghost at the
    /// old one, added, merged, split and removed units, units whose fields changed,
    /// changed handoffs and (when given) edges whose friction changed; the unchanged units
    /// at the ends of these are drawn faintly as context.
    func diffPicture(union: BeforeAfterUnion) -> BeforeAfterPicture {
        var picture = BeforeAfterPicture(name: "diff", legend: .text(""))
        picture.hugsPartialFrames = true
        var nodes: [String: BeforeAfterPicture.Node] = [:]
        var order: [String] = []
        var marks: [BeforeAfterStyle.Mark] = []
        let t = language.pick
        var collapsed = false
        func add(_ id: String, unionID: String, unit: SiloscopeModel.Unit, mark: BeforeAfterStyle.Mark) {
            if nodes[id] == nil { order.append(id) }
            if nodes[id] != nil, mark == .context { return }
            marks.append(mark)
            // A box at its place before says what it hid then; elsewhere, what it hides after.
            let hidden = unionID != id || union.afterUnit(unit.id) == nil ? hiddenBefore[unit.id] : hiddenAfter[unit.id]
            collapsed = collapsed || hidden != nil
            nodes[id] = .init(id: id, unionID: unionID,
                              label: BeforeAfterStyle.unitLabel(unit, isCRM: false, mark: mark, language: language, hidden: hidden),
                              attributes: BeforeAfterStyle.attributes(mark, isCRM: false, collapsed: hidden != nil))
        }
        var context: [String] = []
        func line(_ parent: String?, _ child: String, _ attributes: [String: String]) {
            guard let parent else { return }
            context.append(parent)
            picture.reportingLines.append(.init(parent: parent, child: child, attributes: attributes))
        }
        let targets = changes.mergeTargets, parts = changes.splitParts

        for unit in after.units {
            let mark = afterMark(unit.id, union: union, targets: targets, parts: parts)
            guard mark != .plain else { continue }
            add(unit.id, unionID: unit.id, unit: unit, mark: mark)
            switch mark {
            case .moved:
                let ghost = "was " + unit.id
                if let old = union.beforeUnit(unit.id) {
                    add(ghost, unionID: union.beforeID(unit.id), unit: old, mark: .ghost(t("was here", "önceki yeri")))
                }
                picture.edges.append(Diagram.Edge(from: ghost, to: unit.id, attributes: [
                    "color": BeforeAfterStyle.moved, "style": "dashed", "penwidth": "2.5", "arrowhead": "normal",
                ]))
                line(unit.parent, unit.id, ["color": BeforeAfterStyle.moved, "penwidth": "3"])
                line(changes.move(of: unit.id)?.from, ghost, ["color": BeforeAfterStyle.removed, "style": "dashed"])
            case .added:
                line(unit.parent, unit.id, ["color": BeforeAfterStyle.added, "penwidth": "3"])
            case .mergedTarget:
                line(unit.parent, unit.id, ["color": BeforeAfterStyle.merged, "penwidth": "3"])
            default:
                break
            }
        }
        for unit in before.units where changes.isRemoved(unit.id) {
            let target = changes.mergedInto[unit.id]
            add(unit.id, unionID: union.beforeID(unit.id), unit: unit,
                mark: target != nil ? .willMerge(t("merged into ", "birleşti: ") + union.name(target))
                    : .removed(union.fate(unit.id, language: language)))
            for next in target.map({ [$0] }) ?? changes.splitInto[unit.id] ?? [] {
                picture.edges.append(Diagram.Edge(from: unit.id, to: next, attributes: [
                    "color": target != nil ? BeforeAfterStyle.merged : BeforeAfterStyle.added, "style": "dashed",
                    "penwidth": "2", "arrowhead": "normal",
                ]))
            }
            if target == nil, changes.splitInto[unit.id] == nil {
                line(unit.parent, unit.id, ["color": BeforeAfterStyle.removed, "style": "dashed"])
            }
        }

        // Changed handoffs, then edges whose friction changed.
        var rows: [BeforeAfterStyle.LegendRow] = []
        let handoffs: [(Set<HandoffKey>, String, String, String)] = [
            (Set(changes.addedHandoffs), BeforeAfterStyle.added, "solid", t("new handoff", "yeni devir")),
            (Set(changes.removedHandoffs), BeforeAfterStyle.removed, "dashed", t("handoff removed", "devir kaldırıldı")),
            (Set(changes.changedHandoffs), BeforeAfterStyle.changed, "solid",
             t("handoff changed (channel, context, volume, case types)", "devir değişti (kanal, bağlam, hacim, vaka türleri)")),
        ]
        for (keys, color, style, text) in handoffs where !keys.isEmpty {
            for key in keys.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) {
                context += [key.from, key.to]
                picture.edges.append(Diagram.Edge(from: key.from, to: key.to, attributes: [
                    "color": color, "style": style, "penwidth": "2.5", "arrowhead": "normal",
                ]))
            }
            rows.append(.init(sample: style == "dashed" ? "╌╌╌▶" : "━━━▶", color: color, text: text))
        }
        let largest = frictionChanges.values.map(abs).max() ?? 0
        // Widths on the pictures' friction scale, so a small change looks small.
        let top = max(frictionScale()?.bounds.last ?? 0, largest)
        if largest > 0 {
            for (key, delta) in frictionChanges.sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) where delta != 0 {
                context += [key.from, key.to]
                let color = delta < 0 ? BeforeAfterStyle.frictionDown : BeforeAfterStyle.frictionUp
                let text = (delta < 0 ? "\u{2212}" : "+") + language.number(FrictionStyle.rounded(abs(delta)))
                picture.edges.append(Diagram.Edge(from: key.from, to: key.to, label: .text(text), attributes: [
                    "color": color, "fontcolor": color, "fontsize": "13",
                    "penwidth": OrgDiagramStyle.number(1.5 + 6.5 * abs(delta) / top), "arrowhead": "normal",
                    "style": "solid",
                ]))
            }
            let most = language.number(FrictionStyle.rounded(largest))
            let unit = measure.unit(in: language)
            rows.append(.init(sample: "━━━▶", color: BeforeAfterStyle.frictionDown,
                              text: t("less friction: \u{2212}change in \(unit) (width on the pictures' scale; largest \(most))",
                                      "daha az sürtünme: \u{2212}değişim, \(unit) (kalınlık resimlerin ölçeğinde; en büyüğü \(most))")))
            rows.append(.init(sample: "━━━▶", color: BeforeAfterStyle.frictionUp,
                              text: t("more friction: +change", "daha çok sürtünme: +değişim")))
        }

        // Context: the unchanged units at the ends of what changed, where they are after.
        for id in context where nodes[id] == nil {
            if let unit = union.afterUnit(id) {
                add(id, unionID: id, unit: unit, mark: .context)
            } else if let unit = union.beforeUnit(id) {
                add(id, unionID: union.beforeID(id), unit: unit, mark: .context)
            }
        }
        picture.nodes = order.compactMap { nodes[$0] }
        for note in notes { rows.append(.init(sample: t("not drawn", "çizilmedi"), color: OrgDiagramStyle.detailInk, text: note)) }
        let nothing = changes.isEmpty && frictionChanges.isEmpty && notes.isEmpty
        picture.legend = BeforeAfterStyle.legend(
            title: nothing ? t("What changed: nothing", "Ne değişti: hiçbir şey") : t("What changed", "Ne değişti"),
            subtitle: subtitle,
            rows: BeforeAfterStyle.legendRows(for: marks, language: language) + rows
                + (collapsed ? [BeforeAfterStyle.collapsedRow(language: language)] : []),
            note: note)
        return picture
    }
}
