import SiloscopeModel

/// Renders a report as GitHub-flavoured Markdown.
struct AssessmentMarkdownRenderer {
    let report: AssessmentReport
    let language: Language
    let evidence: Bool

    private typealias L = AssessmentLabels

    private func t(_ text: LocalizedText) -> String { text[language] }

    /// Escapes characters that would break a table cell or start markup.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }

    /// A list item per piece of evidence; facts carry their check mark.
    private func evidenceList(_ items: [AssessmentEvidence]) -> [String] {
        items.map { item in
            let text = t(item.text).replacingOccurrences(of: "\n", with: " ")
            return item.kind == .fact ? "- \(L.mark(item)) \(text)" : "- \(text)"
        }
    }

    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.map(cell).joined(separator: " | ") + " |",
         "|" + header.map { _ in "---|" }.joined()]
            + rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    }

    func render() -> String {
        var lines: [String] = []
        let organization = report.organization
        lines.append("# \(t(L.title)): \(organization.name)")
        lines.append("")
        lines.append("\(t(L.model)): `\(report.file)` · \(organization.sector.isEmpty ? "" : organization.sector + " · ")\(organization.lifecycle) · \(t(L.questionSet)): \(report.questionSet)")
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
        var lines = ["", "## \(t(L.maturity)) \(t(L.source("004")))", ""]
        lines.append("**\(t(L.overall)): \(maturity.overall.levelName.map(t) ?? t(L.status(KnowledgeStatus.unknown)))** — \(t(maturity.overall.reason))")
        lines.append("")
        lines += table([t(L.dimension), t(L.level), t(L.status), t(L.modelShows)], maturity.dimensions.map { dimension in
            [t(dimension.title), dimension.levelName.map(t) ?? t(L.none), t(L.status(dimension.status)),
             t(L.modelShows(dimension.inferred, dimension.inferredUpperBound, names: maturity.levelName))]
        })
        guard evidence else { return lines }
        for dimension in maturity.dimensions {
            lines += ["", "### \(t(dimension.title)): \(dimension.levelName.map(t) ?? t(L.none)) (\(t(L.status(dimension.status))))", ""]
            if let description = dimension.levelDescription { lines += [t(description), ""] }
            lines += ["\(t(L.evidence)):", ""] + evidenceList(dimension.evidence)
            let target = dimension.nextLevelName.map { t(L.steps(to: $0)) } ?? t(L.stayAtTop)
            lines += ["", "\(target):", ""] + dimension.nextSteps.map { "- \(t($0))" }
        }
        return lines
    }

    private func groupLines(_ group: AssessmentGroupResult, heading: String) -> [String] {
        var lines = ["", heading, ""]
        let rows = group.items.map { item -> [String] in
            var row = [t(item.title) + (item.higherIsBetter ? "" : " " + t(L.higherIsWorse)), t(L.score(item)),
                       t(L.status(item.status))]
            if evidence { row.append(item.evidence.map { "\(L.mark($0)) \(t($0.text))" }.joined(separator: "<br>")) }
            return row
        }
        var header = [t(L.item), t(L.score), t(L.status)]
        if evidence { header.append(t(L.evidence)) }
        lines += table(header, rows)
        return lines
    }

    private func readiness() -> [String] {
        var lines = ["", "## \(t(L.readiness)) \(t(L.source("002")))", ""]
        let groups = report.readiness.groups
        lines.append("**\(t(L.overall)): \(report.readiness.score.map { t(L.number($0)) + " / 4" } ?? t(L.noScore))** (\(groups.count { $0.score != nil })/\(groups.count) \(t(L.groups)))")
        for group in groups {
            let score = group.score.map { t(L.number($0)) + " / 4" } ?? t(L.noScore)
            lines += groupLines(group, heading: "### \(t(group.title)): \(score) (\(group.scoredItems)/\(group.items.count) \(t(L.items)))")
        }
        return lines
    }

    private func lifecycle() -> [String] {
        let focus = report.lifecycleFocus
        let stages = focus.stages.map { t($0.title) }.joined(separator: " + ")
        var lines = ["", "## \(t(L.lifecycle)) \(t(L.source("002")))", ""]
        lines.append("**\(t(L.focus)): \(stages.isEmpty ? t(L.none) : stages)** (\(t(L.basis(focus.basis)))). \(t(focus.reason))")
        if evidence { lines += [""] + evidenceList(focus.evidence) }
        return lines
    }

    private func determinants() -> [String] {
        var lines = ["", "## \(t(L.determinants)) \(t(L.source("000")))"]
        for (index, group) in report.determinants.enumerated() {
            lines += groupLines(group, heading: "### \(index + 1). \(t(group.title)): \(t(L.status(group.status)))")
        }
        return lines
    }

    private func external() -> [String] {
        let group = report.external
        var lines = ["", "## \(t(L.external)) \(t(L.source(group.source)))", ""]
        lines += table([t(L.item), t(L.score), t(L.status)], group.items.map {
            [t($0.title), t(L.score($0)), t(L.status($0.status))]
        })
        return lines
    }

    private func unknowns() -> [String] {
        var lines = ["", "## \(t(L.unknowns))", ""]
        guard !report.unknowns.isEmpty else { return lines + [t(L.nothingUnknown)] }
        lines += [t(L.unknownsHint), ""]
        for section in report.unknownsBySection() {
            lines.append("- **\(t(section.title))**: " + section.ids.map { "`\($0)`" }.joined(separator: ", ") + ". \(t(section.impact))")
        }
        return lines
    }

    private func findings() -> [String] {
        let lines = ["", "## \(t(L.findings))", ""]
        guard !report.findings.isEmpty else { return lines + [t(L.noFindings)] }
        return lines + report.findings.map { "- `\($0.description)`" }
    }
}
