import SiloscopeEconomics
extension ComparisonReport {
    /// The comparison as aligned text for a terminal: one row per headline figure with
    /// today and each scenario side by side (value, delta ± half the 95 % interval, and
    /// `better`, `worse` or `≈`), then each scenario's changes and largest edge changes.
    ///
    /// - Parameter maxEdges: Edge changes listed per scenario.
    /// - Returns: Text, lines separated by newlines.
    public func table(maxEdges: Int = 8) -> String {
        typealias F = ComparisonFormatting
        var out: [String] = []
        let count = scenarios.count
        out.append("\(organization) — today and \(count) scenario\(count == 1 ? "" : "s"), \(mode) routing, "
                   + "\(runs) runs × \(casesPerRun) cases, seed \(seed)")
        out.append("Common random numbers: every scenario saw the same arrivals. Δ = scenario − today ± half its 95% interval;")
        out.append("better/worse: the interval excludes 0 (a real difference); ≈: within the noise. p90's interval is")
        out.append("unpaired (wider); campaign and reporting figures follow from the model and are exact. Shares")
        out.append("are in %, their deltas in percentage points.")
        out.append("")
        for (index, scenario) in scenarios.enumerated() {
            let changes = scenario.changes.changes.count
            out.append("  [\(index + 1)] \(scenario.name)  (\(scenario.file ?? ""), \(changes) change\(changes == 1 ? "" : "s"))")
        }
        out.append("")

        let labelWidth = 28, todayWidth = 10, valueWidth = 9, deltaWidth = 16, markWidth = 7
        var header = F.padded("METRIC", labelWidth) + F.padded("TODAY", todayWidth, right: true)
        for (index, scenario) in scenarios.enumerated() {
            header += "   " + F.padded("[\(index + 1)] \(scenario.name)", valueWidth + deltaWidth + markWidth + 2)
        }
        out.append(header)
        for baseMetric in base.metrics {
            let metric = baseMetric.metric
            var row = F.padded(metric.label, labelWidth) + F.padded(F.value(baseMetric.value, metric), todayWidth, right: true)
            for scenario in scenarios {
                guard let figure = scenario.metric(metric) else {
                    row += "   " + F.padded("–", valueWidth + deltaWidth + markWidth + 2)
                    continue
                }
                let delta = figure.delta.map { F.deltaWithHalfWidth($0, metric) } ?? ""
                row += "   " + F.padded(F.value(figure.value, metric), valueWidth, right: true) + " "
                    + F.padded(delta, deltaWidth, right: true) + " " + F.padded(F.mark(figure.direction), markWidth)
            }
            out.append(row)
        }
        out.append(contentsOf: moneyLines(labelWidth: labelWidth, columnWidth: valueWidth + deltaWidth + markWidth + 2))

        for (index, scenario) in scenarios.enumerated() {
            out.append("")
            out.append("[\(index + 1)] \(scenario.name) — \(scenario.file ?? "")")
            if let description = scenario.description { out.append("    \(description)") }
            for line in scenario.changes.changes {
                out.append("    " + (line.line.map { "line \($0): " } ?? "") + "\(line.keyword): \(line.summary)")
            }
            if scenario.changes.changes.isEmpty { out.append("    (no changes: a control scenario)") }
            let real = scenario.significantMetrics.map { "\($0.label) \(F.mark($0.direction))" }
            out.append("    real differences: " + (real.isEmpty ? "none" : real.joined(separator: ", ")))
            // Real changes that show at two decimals (tiny ones are real but immaterial).
            let edges = scenario.edgeChanges.filter { $0.addedMinutesDelta.significant && abs($0.addedMinutesDelta.mean) >= 0.005 }
            let others = scenario.edgeChanges.count - edges.count
            guard !edges.isEmpty else {
                out.append("    no edge's friction changed beyond the noise (\(others) edges compared)")
                continue
            }
            out.append("    real friction changes by edge, largest first (customer minutes added per case; bounces per 1,000 cases):")
            out.append("      " + F.padded("edge", 46) + F.padded("today", 8, right: true) + F.padded("scenario", 10, right: true)
                       + "  " + F.padded("Δ minutes", 18) + "bounces")
            for edge in edges.prefix(maxEdges) {
                let status = edge.status == .both ? "" : " (\(edge.status.rawValue))"
                let delta = F.signed(edge.addedMinutesDelta.mean, 2) + "±" + F.fixed(edge.addedMinutesDelta.halfWidth, 2)
                out.append("      " + F.padded("\(edge.from) → \(edge.to)\(status)", 46)
                           + F.padded(F.fixed(edge.addedMinutesBefore, 2), 8, right: true)
                           + F.padded(F.fixed(edge.addedMinutesAfter, 2), 10, right: true) + "  "
                           + F.padded(delta, 18)
                           + "\(F.fixed(edge.bouncesBefore, 1)) → \(F.fixed(edge.bouncesAfter, 1))")
            }
            let more = edges.count > maxEdges ? "\(edges.count - maxEdges) more real changes and " : ""
            out.append("      … \(more)\(others) edges within the noise or under 0.005 min (the JSON and CSV outputs list all)")
            for warning in scenario.warnings { out.append("    warning: \(warning)") }
        }
        for warning in base.warnings { out.append("warning (today): \(warning)") }
        return out.joined(separator: "\n")
    }

    /// The annual saving row under the metrics (P50 with its P10–P90), or the one-line hint.
    func moneyLines(labelWidth: Int, columnWidth: Int) -> [String] {
        typealias F = ComparisonFormatting
        guard let currency else { return ["", moneyNote ?? Pricing.hint] }
        let money = MoneyFormat(currency: currency, language: .en)
        var row = F.padded("Annual saving (P50, P10–P90)", labelWidth) + F.padded("", 10, right: true)
        for scenario in scenarios {
            let text = scenario.annualSaving.map { "\(money.format($0.p50)) (\(money.format($0.p10))–\(money.format($0.p90)))" } ?? "–"
            row += "   " + F.padded(text, columnWidth)
        }
        return [row, moneyNote.map { "  \($0) Details: siloscope cost." } ?? ""]
    }
}
