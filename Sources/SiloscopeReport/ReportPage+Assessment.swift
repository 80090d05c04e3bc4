import SiloscopeDiagnosis
import SiloscopeModel

extension ReportPage {
    /// The assessment: maturity per dimension, readiness scorecard, lifecycle focus,
    /// placement determinants, and what is unknown.
    func assessmentSection() -> Markup {
        let assessment = report.assessment
        let maturity = assessment.maturity
        let levelNames = (1...4).map { maturity.levelName($0)?[language] ?? String($0) }
        let rows = maturity.dimensions.map { dimension in
            LevelChart.Row(
                label: dimension.title[language], level: dimension.level,
                modelShows: dimension.inferred.flatMap { $0 != dimension.level ? $0 : nil },
                isInferred: dimension.status == .inferred,
                text: dimension.levelName.map { "\($0[language]) (\(t(dimension.status.label)))" }
                    ?? t(AssessmentLabelsReport.unknown))
        }
        let chart = LevelChart(
            rows: rows, levelNames: levelNames, title: t(AssessmentLabelsReport.maturity),
            legend: (t(AssessmentLabelsReport.answered), t(AssessmentLabelsReport.inferredLevel), t(AssessmentLabelsReport.modelShows)))
        let dimensionRows = maturity.dimensions.map { dimension -> [Markup] in
            [
                "\(dimension.title[language])",
                "\(dimension.levelName?[language] ?? "—")",
                "\(t(dimension.status.label))",
                "\(dimension.levelDescription?[language] ?? "")",
                "\(dimension.nextSteps.first?[language] ?? "")",
            ]
        }
        let overall = maturity.overall
        return section("assessment", ReportLabels.assessment, """
            <h3>\(t(AssessmentLabelsReport.maturity))</h3>
            <p class="lead"><strong>\(t(AssessmentLabelsReport.overall)): \(overall.levelName?[language] ?? t(AssessmentLabelsReport.unknown))</strong> — \(overall.reason[language])</p>
            \(figure(chart.svg(), caption: t(AssessmentLabelsReport.maturityCaption)))
            \(table([t(AssessmentLabelsReport.dimension), t(AssessmentLabelsReport.level), t(AssessmentLabelsReport.statusWord), t(AssessmentLabelsReport.looksLike), t(AssessmentLabelsReport.nextStep)], dimensionRows))
            \(readiness(assessment.readiness))
            \(lifecycle(assessment.lifecycleFocus))
            \(determinants(assessment))
            """)
    }

    private func readiness(_ readiness: ReadinessResult) -> Markup {
        let bars = readiness.groups.map { group in
            BarChart.Bar(label: group.title[language], value: group.score ?? 0,
                         valueText: group.score.map { "\(numbers.decimal($0, digits: 1)) / 4" } ?? t(AssessmentLabelsReport.unknown))
        }
        let chart = BarChart(bars: bars, title: t(AssessmentLabelsReport.readiness), maximum: 4, color: ReportStyle.Palette.green,
                             tick: { numbers.decimal($0, digits: 0) })
        let score = readiness.score.map { numbers.decimal($0, digits: 1) + " / 4" } ?? t(AssessmentLabelsReport.unknown)
        return """
            <h3>\(t(AssessmentLabelsReport.readiness))</h3>
            <p>\(t(AssessmentLabelsReport.readinessScore)): <strong>\(score)</strong></p>
            \(figure(chart.svg(), caption: t(AssessmentLabelsReport.readinessCaption)))
            \(itemTable(readiness.groups))
            """
    }

    private func lifecycle(_ focus: LifecycleFocus) -> Markup {
        let stages = focus.stages.map { $0.title[language] }.joined(separator: ", ")
        return """
            <h3>\(t(AssessmentLabelsReport.lifecycle))</h3>
            <p><strong>\(stages.isEmpty ? t(AssessmentLabelsReport.unknown) : stages)</strong> — \(focus.reason[language])</p>
            """
    }

    private func determinants(_ assessment: AssessmentReport) -> Markup {
        let groups = assessment.determinants.map { group -> [Markup] in
            let score = group.score.map { numbers.decimal($0, digits: 1) + " / 4" } ?? "—"
            return ["\(group.title[language])", "\(t(group.status.label))", "\(score)",
                    "\(numbers.integer(group.scoredItems)) / \(numbers.integer(group.items.count))"]
        }
        let unknownTitles = assessment.unknowns.map { id -> String in
            assessment.item(answerID: id).map { "\($0.title[language]) (\(id))" } ?? id
        }
        let disagreements = assessment.findings.filter { $0.severity == .warning }.map(\.path)
        var unknowns: Markup = "<p>\(t(AssessmentLabelsReport.nothingUnknown))</p>"
        if !unknownTitles.isEmpty {
            unknowns = "<p>\(t(AssessmentLabelsReport.unknownsIntro))</p>\(list(unknownTitles))"
        }
        var findings: Markup = ""
        if !disagreements.isEmpty {
            findings = "<p>\(t(AssessmentLabelsReport.disagreements))</p>\(list(disagreements))"
        }
        return """
            <h3>\(t(AssessmentLabelsReport.determinants))</h3>
            \(table([t(AssessmentLabelsReport.group), t(AssessmentLabelsReport.statusWord), t(AssessmentLabelsReport.score), t(AssessmentLabelsReport.itemsScored)], groups, numeric: [2, 3]))
            \(itemTable(assessment.determinants))
            <h3>\(t(AssessmentLabelsReport.unknownTitle))</h3>
            \(unknowns)
            \(findings)
            """
    }

    /// Every item of some groups: group, item, score, known / inferred / unknown.
    private func itemTable(_ groups: [AssessmentGroupResult]) -> Markup {
        let rows = groups.flatMap { group in
            group.items.map { item -> [Markup] in
                var score = item.score.map { numbers.decimal($0, digits: 1) } ?? "—"
                if !item.higherIsBetter, item.score != nil { score += " " + t(AssessmentLabelsReport.higherIsWorse) }
                return ["\(group.title[language])", "\(item.title[language])", "\(score)", statusMark(item.status)]
            }
        }
        return """
            <details><summary>\(t(AssessmentLabelsReport.items))</summary>
            \(table([t(AssessmentLabelsReport.group), t(AssessmentLabelsReport.item), t(AssessmentLabelsReport.score), t(AssessmentLabelsReport.statusWord)], rows, numeric: [2]))
            </details>
            """
    }

    /// Known / inferred / unknown, with a symbol so it reads in greyscale.
    func statusMark(_ status: KnowledgeStatus) -> Markup {
        switch status {
        case .known: "<span class=\"better\">✓ \(t(status.label))</span>"
        case .inferred: "<span>≈ \(t(status.label))</span>"
        case .unknown: "<span class=\"worse\">? \(t(status.label))</span>"
        }
    }
}
