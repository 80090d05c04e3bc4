import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering
import SiloscopeScenarios
import SiloscopeSimulation

extension ReportPage {
    /// Each scenario against today: what it changes, every headline figure with its
    /// paired difference and significance, and the organization after the change.
    func scenarioSection() throws(ReportError) -> Markup {
        guard !report.scenarios.isEmpty else {
            return section("scenarios", ReportLabels.scenarios, "<p>\(t(ScenarioLabels.noScenarios))</p>")
        }
        var parts: [Markup] = ["<p class=\"lead\">\(t(ScenarioLabels.intro))</p>"]
        for (index, outcome) in report.scenarios.enumerated() {
            parts.append(try scenario(outcome, index: index))
        }
        return section("scenarios", ReportLabels.scenarios, Markup.joined(parts, separator: "\n"))
    }

    private func scenario(_ outcome: ScenarioOutcome, index: Int) throws(ReportError) -> Markup {
        let applied = outcome.applied
        let describer = ChangeDescriber(language: language, applied: applied)
        var description: Markup = ""
        if let text = applied.scenario.description, !text.isEmpty { description = "<p>\(text)</p>" }
        let rows = outcome.metrics.map { comparison -> [Markup] in
            let metric = comparison.metric
            return ["\(t(metric.title))", "\(metric.format(comparison.base.mean, numbers))", "\(metric.format(comparison.scenario.mean, numbers))",
                    deltaCell(comparison)]
        }
        let chartRows = outcome.metrics.compactMap { comparison -> DeltaChart.Row? in
            let base = comparison.base.mean
            guard base != 0 else { return nil }
            let scale = abs(base)
            return DeltaChart.Row(
                label: t(comparison.metric.title), mean: comparison.delta.mean / scale, low: comparison.delta.low / scale,
                high: comparison.delta.high / scale, isSignificant: comparison.isSignificant, isImprovement: comparison.isImprovement,
                valueText: (comparison.isSignificant ? "● " : "○ ") + numbers.percent(comparison.delta.mean / scale, digits: 1, sign: true))
        }
        let chart = DeltaChart(rows: chartRows, title: "\(outcome.name): \(t(ScenarioLabels.relativeChange))",
                               tick: { numbers.percent($0, digits: 0, sign: true) },
                               ends: (t(ScenarioLabels.less), t(ScenarioLabels.more)))
        return """
            <div class="scenario" id="scenario-\(index + 1)">
            <h3>\(numbers.integer(index + 1)). \(outcome.name)</h3>
            \(description)
            <p class="note"><code>\(applied.scenario.file)</code></p>
            <p><strong>\(t(ScenarioLabels.changes))</strong></p>
            \(list(describer.lines(applied.records), className: "changes"))
            \(figure(chart.svg(), caption: t(ScenarioLabels.chartCaption)))
            \(table([t(ReportLabels.figure), t(ReportLabels.today), t(ScenarioLabels.scenario), t(ScenarioLabels.delta)], rows, numeric: [1, 2, 3]))
            <p class="note">\(t(ReportLabels.significanceNote))</p>
            \(deterministicChanges(outcome))
            \(try afterDiagram(outcome, index: index))
            </div>
            """
    }

    /// Campaign and reporting figures are computed, not sampled: their differences are
    /// exact.
    private func deterministicChanges(_ outcome: ScenarioOutcome) -> Markup {
        let before = report.simulation, after = outcome.simulation
        let irrelevantBefore = before.campaigns.reduce(0) { $0 + $1.irrelevantContacts }
        let irrelevantAfter = after.campaigns.reduce(0) { $0 + $1.irrelevantContacts }
        let truthsBefore = before.reporting.kpis.reduce(0) { $0 + $1.truths }
        let truthsAfter = after.reporting.kpis.reduce(0) { $0 + $1.truths }
        let rows: [[Markup]] = [
            ["\(t(CampaignLabels.irrelevantContacts))", "\(numbers.integer(irrelevantBefore))", "\(numbers.integer(irrelevantAfter))",
             "\(numbers.decimal(Double(irrelevantAfter - irrelevantBefore), digits: 0, sign: true))"],
            ["\(t(ScenarioLabels.reportingStaff))", "\(numbers.integer(before.reporting.reportingStaff))", "\(numbers.integer(after.reporting.reportingStaff))",
             "\(numbers.decimal(Double(after.reporting.reportingStaff - before.reporting.reportingStaff), digits: 0, sign: true))"],
            ["\(t(ScenarioLabels.truthsTotal))", "\(numbers.integer(truthsBefore))", "\(numbers.integer(truthsAfter))",
             "\(numbers.decimal(Double(truthsAfter - truthsBefore), digits: 0, sign: true))"],
        ]
        return table([t(ScenarioLabels.computed), t(ReportLabels.today), t(ScenarioLabels.scenario), t(ScenarioLabels.difference)], rows, numeric: [1, 2, 3])
    }

    /// The org chart after the scenario, changed units outlined.
    private func afterDiagram(_ outcome: ScenarioOutcome, index: Int) throws(ReportError) -> Markup {
        let applied = outcome.applied
        let diff = applied.diff
        var marked = Set(diff.movedUnits.map(\.unit))
        marked.formUnion(diff.addedUnits)
        marked.formUnion(diff.changedUnits.keys)
        marked.formUnion(diff.mergedInto.values)
        for parts in diff.splitInto.values { marked.formUnion(parts) }
        let chart: Diagram
        do {
            chart = try OrgChartView(model: applied.model, showsHandoffs: false).diagram()
        } catch {
            throw .rendering(diagram: "org chart of scenario '\(outcome.name)'", error)
        }
        let diagram = try InlineDiagram.render(DiagramLocalizer(language).localize(chart, model: applied.model, marked: marked),
                                               id: "after\(index + 1)", name: "\(outcome.name): \(t(ScenarioLabels.after))")
        let legend: [Markup] = [
            "<li><span class=\"swatch\" style=\"background:\(ReportStyle.Palette.purple);height:.9em;width:1.4em\"></span>\(t(ScenarioLabels.changedUnit))</li>",
            "<li><span class=\"swatch box\"></span>\(t(OrganizationLabels.crmTeam))</li>",
        ]
        return """
            <h4>\(t(ScenarioLabels.after))</h4>
            \(diagramFigure(diagram, legend: legend, caption: t(ScenarioLabels.afterCaption)))
            """
    }
}
