import SiloscopeModel

/// Renders a report as aligned plain text for a terminal.
struct AssessmentTableRenderer {
    let report: AssessmentReport
    let language: Language
    let width: Int
    let evidence: Bool

    private typealias L = AssessmentLabels

    private func t(_ text: LocalizedText) -> String { text[language] }

    private func heading(_ title: LocalizedText, _ source: String?) -> [String] {
        let text = t(title).uppercased(with: language) + (source.map { " " + t(L.source($0)) } ?? "")
        let lines = TextLayout.wrap(text, width: width, first: "", rest: "")
        return [""] + lines + [String(repeating: "─", count: min(width, lines.map(\.count).max() ?? 0))]
    }

    private func paragraph(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextLayout.wrap(text, width: width, first: pad, rest: pad)
    }

    private func subheading(_ text: String) -> [String] {
        TextLayout.wrap(text, width: width, first: "  ", rest: "    ")
    }

    private func evidenceLines(_ items: [AssessmentEvidence], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return items.flatMap { item in
            TextLayout.wrap(t(item.text), width: width, first: pad + L.mark(item) + " ", rest: pad + "  ")
        }
    }

    func render() -> String {
        var lines: [String] = []
        let organization = report.organization
        lines += paragraph("\(t(L.title)): \(organization.name)"
                           + (organization.sector.isEmpty ? "" : " · \(organization.sector)") + " · \(organization.lifecycle)", indent: 0)
        lines += paragraph("\(t(L.model)): \(report.file) · \(t(L.questionSet)): \(report.questionSet)", indent: 0)
        lines += maturity()
        lines += readiness()
        lines += lifecycle()
        lines += determinants()
        lines += external()
        lines += unknowns()
        lines += findings()
        return lines.joined(separator: "\n") + "\n"
    }

    private func maturity() -> [String] {
        let maturity = report.maturity
        var lines = heading(L.maturity, "004")
        let overall = maturity.overall.levelName.map(t) ?? t(L.status(KnowledgeStatus.unknown))
        lines += TextLayout.wrap("\(t(L.overall)): \(overall) — \(t(maturity.overall.reason))",
                                 width: width, first: "", rest: "  ")
        lines.append("")
        var rows = [[t(L.dimension), t(L.level), t(L.status), t(L.modelShows)]]
        for dimension in maturity.dimensions {
            rows.append([t(dimension.title), dimension.levelName.map(t) ?? t(L.none), t(L.status(dimension.status)),
                         t(L.modelShows(dimension.inferred, dimension.inferredUpperBound, names: maturity.levelName))])
        }
        lines += TextLayout.columns(rows, indent: "  ", width: width)
        guard evidence else { return lines }
        for dimension in maturity.dimensions {
            lines.append("")
            let level = dimension.levelName.map(t) ?? t(L.none)
            lines += subheading("\(t(dimension.title)) — \(level) (\(t(L.status(dimension.status))))")
            if let description = dimension.levelDescription { lines += paragraph(t(description), indent: 4) }
            lines += evidenceLines(dimension.evidence, indent: 4)
            let target = dimension.nextLevelName.map { t(L.steps(to: $0)) } ?? t(L.stayAtTop)
            lines += TextLayout.wrap("\(target):", width: width, first: "    ", rest: "      ")
            for step in dimension.nextSteps {
                lines += TextLayout.wrap(t(step), width: width, first: "      → ", rest: "        ")
            }
        }
        return lines
    }

    private func itemLines(_ group: AssessmentGroupResult) -> [String] {
        var rows: [[String]] = []
        for item in group.items {
            let title = t(item.title) + (item.higherIsBetter ? "" : " " + t(L.higherIsWorse))
            rows.append([title, t(L.score(item)), t(L.status(item.status))])
        }
        guard evidence else { return TextLayout.columns(rows, indent: "    ", width: width) }
        var lines: [String] = []
        // Align every item row, then put each item's evidence under it.
        let aligned = TextLayout.columns(rows, indent: "    ", width: width)
        for (index, item) in group.items.enumerated() {
            lines.append(aligned[index])
            lines += evidenceLines(item.evidence, indent: 6)
        }
        return lines
    }

    private func readiness() -> [String] {
        var lines = heading(L.readiness, "002")
        let groups = report.readiness.groups
        let overall = report.readiness.score.map { t(L.number($0)) + " / 4" } ?? t(L.noScore)
        lines.append("\(t(L.overall)): \(overall) (\(groups.count { $0.score != nil })/\(groups.count) \(t(L.groups)))")
        for group in groups {
            lines.append("")
            let score = group.score.map { t(L.number($0)) + " / 4" } ?? t(L.noScore)
            lines += subheading("\(t(group.title)) — \(score) (\(group.scoredItems)/\(group.items.count) \(t(L.items)))")
            lines += itemLines(group)
        }
        return lines
    }

    private func lifecycle() -> [String] {
        let focus = report.lifecycleFocus
        var lines = heading(L.lifecycle, "002")
        let stages = focus.stages.map { t($0.title) }.joined(separator: " + ")
        lines += paragraph("\(t(L.focus)): \(stages.isEmpty ? t(L.none) : stages) (\(t(L.basis(focus.basis))))", indent: 0)
        lines += paragraph(t(focus.reason), indent: 2)
        if evidence { lines += evidenceLines(focus.evidence, indent: 2) }
        return lines
    }

    private func determinants() -> [String] {
        var lines = heading(L.determinants, "000")
        for (index, group) in report.determinants.enumerated() {
            lines.append("")
            lines += subheading("\(index + 1). \(t(group.title)) — \(t(L.status(group.status)))")
            lines += itemLines(group)
        }
        return lines
    }

    private func external() -> [String] {
        let group = report.external
        var lines = heading(L.external, group.source)
        let answered = group.items.count { $0.status == .known }
        lines.append("\(answered)/\(group.items.count) — \(t(L.status(group.status)))")
        var rows: [[String]] = []
        for item in group.items {
            rows.append([t(item.title), t(L.score(item)), t(L.status(item.status))])
        }
        lines += TextLayout.columns(rows, indent: "  ", width: width)
        return lines
    }

    private func unknowns() -> [String] {
        var lines = heading(L.unknowns, nil)
        guard !report.unknowns.isEmpty else { return lines + [t(L.nothingUnknown)] }
        lines += paragraph(t(L.unknownsHint) + " (\(report.unknowns.count))", indent: 0)
        for section in report.unknownsBySection() {
            lines += TextLayout.wrap("\(t(section.title)): \(section.ids.joined(separator: ", "))",
                                     width: width, first: "  ", rest: "    ")
            lines += TextLayout.wrap(t(section.impact), width: width, first: "    → ", rest: "      ")
        }
        return lines
    }

    private func findings() -> [String] {
        var lines = heading(L.findings, nil)
        guard !report.findings.isEmpty else { return lines + [t(L.noFindings)] }
        for finding in report.findings {
            lines += TextLayout.wrap(finding.description, width: width, first: "  ", rest: "    ")
        }
        return lines
    }
}

extension String {
    /// Upper-cases with the language's rules (Turkish: i → İ).
    func uppercased(with language: Language) -> String {
        switch language {
        case .en: uppercased()
        case .tr: replacingOccurrences(of: "i", with: "İ").uppercased()
        }
    }
}
