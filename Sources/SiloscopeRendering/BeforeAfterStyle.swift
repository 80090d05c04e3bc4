import SiloscopeModel

/// Colours, outlines and legends of the before/after, diff, heatmap and journey pictures.
///
/// Change colours are Paul Tol's "bright" scheme, chosen to stay apart for the common
/// colour-vision deficiencies, and every change is also marked by outline style and by a
/// line of text in the box (`moved from …`, `+ new unit`), so nothing depends on colour
/// alone: moved = blue, added = green, merged = purple, removed = grey and dashed,
/// fields changed = a double outline.
enum BeforeAfterStyle {
    static let moved = "#4477aa"
    static let added = "#228833"
    static let merged = "#aa3377"
    static let removed = "#8c8c8c"
    static let changed = "#333333"
    static let ghostText = "#8c8c8c"
    static let addedFill = "#e9f5ea"
    static let mergedFill = "#f6e8f0"
    static let movedFill = "#e8eff7"
    static let removedFill = "#f4f4f4"
    /// Diff view: friction that fell (teal) or rose (orange), labelled with the change, so
    /// they are not taken for a moved unit's blue line or a new handoff's green.
    static let frictionDown = "#009988"
    static let frictionUp = "#d95f0e"

    /// How a unit is marked in one picture.
    enum Mark: Equatable {
        case plain
        /// Context in the diff view: an end of something that changed.
        case context
        case moved(String)
        case willMove(String)
        case added(String)
        case mergedTarget(String)
        case willMerge(String)
        case removed(String)
        case changed(String)
        /// Where a unit was before it moved, merged or was removed (after and diff views).
        case ghost(String)
    }

    /// One legend row: a sample (a line or a box) and its meaning.
    struct LegendRow: Equatable {
        var sample: String
        var color: String
        var text: String
        /// Glyph size step for line samples (thicker for larger friction).
        var width: Int = 0
        /// A box sample's fill and outline style instead of a line.
        var fill: String?
        var dashed = false
    }

    /// A unit's label: the name in bold, kind and staff in grey, what a collapsed box
    /// stands for ("+37 units, 1,240 people"), and the mark's line.
    static func unitLabel(_ unit: SiloscopeModel.Unit, isCRM: Bool, mark: Mark, language: Language = .en,
                          hidden: OrgCollapse.Hidden? = nil) -> Label {
        let faded = { if case .ghost = mark { return true }; if case .context = mark { return true }; return false }()
        let nameColor = faded ? ghostText : OrgDiagramStyle.ink
        let name = OrgDiagramStyle.wrapped(unit.name).map(Label.escapingHTML).joined(separator: "<BR/>")
        let detail = OrgDiagramStyle.unitDetail(unit, isCRM: isCRM, language: language)
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            + "<TR><TD><FONT COLOR=\"\(nameColor)\"><B>\(name)</B></FONT></TD></TR>"
        if case .ghost = mark {} else {
            html += "<TR><TD><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize)\" COLOR=\"\(OrgDiagramStyle.detailInk)\">"
                + Label.escapingHTML(detail) + "</FONT></TD></TR>"
        }
        if let hidden {
            html += "<TR><TD><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize)\" COLOR=\"\(nameColor)\"><B>"
                + Label.escapingHTML(OrgDiagramStyle.collapsedSummary(hidden, language: language)) + "</B></FONT></TD></TR>"
        }
        if let (text, color) = badge(mark) {
            let lines = OrgDiagramStyle.wrapped(text, width: 28).map(Label.escapingHTML).joined(separator: "<BR/>")
            html += "<TR><TD><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize)\" COLOR=\"\(color)\"><B>"
                + lines + "</B></FONT></TD></TR>"
        }
        return .html(html + "</TABLE>")
    }

    /// The line of text a mark adds, with its colour.
    static func badge(_ mark: Mark) -> (String, String)? {
        switch mark {
        case .plain, .context: nil
        case .moved(let text), .willMove(let text): (text, moved)
        case .added(let text): (text, added)
        case .mergedTarget(let text), .willMerge(let text): (text, merged)
        case .removed(let text), .ghost(let text): (text, ghostText)
        case .changed(let text): (text, changed)
        }
    }

    /// Node attributes of a mark (outline colour, width, style and fill); a plain box
    /// standing for a collapsed subtree is filled grey as in the org view.
    static func attributes(_ mark: Mark, isCRM: Bool, collapsed: Bool = false) -> [String: String] {
        var attributes: [String: String] = isCRM
            ? ["fillcolor": OrgDiagramStyle.crmFill, "color": OrgDiagramStyle.crmBorder, "penwidth": "3.5"] : [:]
        switch mark {
        case .plain: if collapsed, !isCRM { attributes["fillcolor"] = OrgDiagramStyle.collapsedFill }
        case .context:
            attributes = ["color": "#b0b0b0", "style": "rounded,filled,dotted", "fillcolor": "#ffffff", "penwidth": "1.2"]
        case .moved:
            attributes["color"] = moved
            attributes["penwidth"] = "4"
            if !isCRM { attributes["fillcolor"] = movedFill }
        case .willMove:
            attributes["color"] = moved
            attributes["penwidth"] = "3"
            attributes["style"] = "rounded,filled,dashed"
        case .added:
            attributes["color"] = added
            attributes["penwidth"] = "4"
            if !isCRM { attributes["fillcolor"] = addedFill }
        case .mergedTarget:
            attributes["color"] = merged
            attributes["penwidth"] = "4"
            if !isCRM { attributes["fillcolor"] = mergedFill }
        case .willMerge:
            attributes["color"] = merged
            attributes["penwidth"] = "3"
            attributes["style"] = "rounded,filled,dashed"
        case .removed:
            attributes = ["color": removed, "penwidth": "2.5", "style": "rounded,filled,dashed", "fillcolor": removedFill]
        case .changed:
            attributes["color"] = changed
            attributes["peripheries"] = "2"
            attributes["penwidth"] = "1.5"
        case .ghost:
            attributes = ["color": removed, "penwidth": "1.5", "style": "rounded,dashed", "fillcolor": "none"]
        }
        return attributes
    }

    /// The legend rows of the marks present, in a fixed order.
    static func legendRows(for marks: [Mark], language: Language = .en) -> [LegendRow] {
        func has(_ test: (Mark) -> Bool) -> Bool { marks.contains(where: test) }
        let t = language.pick
        var rows: [LegendRow] = []
        if has({ if case .moved = $0 { true } else { false } }) {
            rows.append(.init(sample: t("moved", "taşındı"), color: moved, text: t("moved to a new place in the org chart", "org şemasında yeni yerine taşındı"), fill: movedFill))
        }
        if has({ if case .willMove = $0 { true } else { false } }) {
            rows.append(.init(sample: t("moves", "taşınacak"), color: moved, text: t("will move (dashed blue)", "taşınacak (kesikli mavi)"), fill: "#ffffff", dashed: true))
        }
        if has({ if case .added = $0 { true } else { false } }) {
            rows.append(.init(sample: t("new", "yeni"), color: added, text: t("new unit", "yeni birim"), fill: addedFill))
        }
        if has({ if case .mergedTarget = $0 { true } else { false } }) {
            rows.append(.init(sample: t("merged", "birleşik"), color: merged, text: t("unit formed by a merge", "birleşmeyle oluşan birim"), fill: mergedFill))
        }
        if has({ if case .willMerge = $0 { true } else { false } }) {
            rows.append(.init(sample: t("merges", "birleşecek"), color: merged, text: t("will be merged (dashed purple)", "birleşecek (kesikli mor)"), fill: "#ffffff", dashed: true))
        }
        if has({ if case .removed = $0 { true } else { false } }) {
            rows.append(.init(sample: t("gone", "yok"), color: removed, text: t("removed (dashed grey)", "kaldırıldı (kesikli gri)"), fill: removedFill, dashed: true))
        }
        if has({ if case .changed = $0 { true } else { false } }) {
            rows.append(.init(sample: t("changed", "değişti"), color: changed, text: t("staff, handling time, KPIs or head changed (double outline)", "kişi, işlem süresi, KPI'lar veya yönetici değişti (çift çerçeve)"), fill: "#ffffff"))
        }
        if has({ if case .ghost = $0 { true } else { false } }) {
            rows.append(.init(sample: t("was", "eski yer"), color: removed, text: t("where a unit was before (moved, merged or removed)", "birimin önceki yeri (taşındı, birleşti veya kaldırıldı)"), fill: "#ffffff", dashed: true))
        }
        if has({ $0 == .context }) {
            rows.append(.init(sample: t("context", "bağlam"), color: "#b0b0b0", text: t("unchanged, shown as an end of a change", "değişmedi; bir değişikliğin ucu olarak gösteriliyor"), fill: "#ffffff", dashed: true))
        }
        return rows
    }

    /// The legend row of a box standing for a collapsed subtree.
    static func collapsedRow(language: Language) -> LegendRow {
        LegendRow(sample: "+N", color: OrgDiagramStyle.unitBorder,
                  text: language.pick("a collapsed subtree: the unit and everything below it",
                                      "daraltılmış alt ağaç: birim ve altındaki her şey"),
                  fill: OrgDiagramStyle.collapsedFill)
    }

    /// The title with the legend beneath it and an optional note (what was collapsed), as
    /// an HTML-like label for the legend node.
    static func legend(title: String, subtitle: String?, rows: [LegendRow], note: String? = nil) -> Label {
        var html = "<TABLE BORDER=\"1\" COLOR=\"\(OrgDiagramStyle.legendBorder)\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
            + "CELLPADDING=\"3\" BGCOLOR=\"#ffffff\">"
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>" + Label.escapingHTML(title)
            + "</B></FONT></TD></TR>"
        if let subtitle {
            html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize + 1)\" COLOR=\""
                + OrgDiagramStyle.detailInk + "\">" + Label.escapingHTML(subtitle) + "</FONT></TD></TR>"
        }
        for row in rows {
            let text = "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize + 1)\">"
                + Label.escapingHTML(row.text) + "</FONT></TD>"
            if let fill = row.fill {
                let style = row.dashed ? " STYLE=\"DASHED\"" : ""
                html += "<TR><TD ALIGN=\"CENTER\" WIDTH=\"64\" BGCOLOR=\"\(fill)\" BORDER=\"2\" COLOR=\"\(row.color)\"\(style)>"
                    + "<FONT POINT-SIZE=\"11\" COLOR=\"\(row.color)\">" + Label.escapingHTML(row.sample) + "</FONT></TD>" + text + "</TR>"
            } else {
                let size = 11 + 2 * row.width
                html += "<TR><TD ALIGN=\"CENTER\" WIDTH=\"64\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(row.color)\">"
                    + Label.escapingHTML(row.sample) + "</FONT></TD>" + text + "</TR>"
            }
        }
        if let note {
            let lines = OrgDiagramStyle.wrapped(note, width: 90).map(Label.escapingHTML).joined(separator: "<BR ALIGN=\"LEFT\"/>")
            html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize + 1)\" COLOR=\""
                + OrgDiagramStyle.noteInk + "\">" + lines + "<BR ALIGN=\"LEFT\"/></FONT></TD></TR>"
        }
        return .html(html + "</TABLE>")
    }
}
