import SiloscopeComparison
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
        let metrics = outcome.compared.metrics
        let rows = metrics.map { comparison -> [Markup] in
            let metric = comparison.metric
            let base = comparison.value - (comparison.delta?.mean ?? 0)
            return ["\(t(metric.title))", "\(metric.format(base, numbers))", "\(metric.format(comparison.value, numbers))",
                    deltaCell(comparison)]
        }
        let chartRows = metrics.compactMap { comparison -> DeltaChart.Row? in
            // Exact figures that did not move would only add empty rows.
            guard let delta = comparison.delta, delta.mean != 0 || delta.halfWidth > 0 else { return nil }
            let base = comparison.value - delta.mean
            guard base != 0 else { return nil }
            let scale = 1 / abs(base)
            let relative = delta.mean * scale
            let significant = comparison.direction != .same
            return DeltaChart.Row(
                label: t(comparison.metric.title), mean: relative, low: (delta.low ?? delta.mean) * scale,
                high: (delta.high ?? delta.mean) * scale, isSignificant: significant,
                isImprovement: comparison.direction == .better,
                valueText: (significant ? "● " : "○ ") + numbers.percent(relative, digits: 1, sign: true))
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
            <p class="note">\(t(ReportLabels.significanceNote)) \(t(ScenarioLabels.exactNote))</p>
            \(try beforeAfter(outcome, index: index))
            </div>
            """
    }
}
