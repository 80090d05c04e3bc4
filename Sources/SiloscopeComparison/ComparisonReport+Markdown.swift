import SiloscopeEconomics
extension ComparisonReport {
    /// The comparison as GitHub-flavoured Markdown: a table of headline figures with today
    /// and each scenario side by side (value, then the delta with its 95 % interval and
    /// **better**, **worse** or ≈), then a section per scenario with its changes and its
    /// largest per-edge friction changes.
    ///
    /// - Parameter maxEdges: Edge changes listed per scenario.
    /// - Returns: Markdown text ending in a newline.
    public func markdown(maxEdges: Int = 10) -> String {
        typealias F = ComparisonFormatting
        var out: [String] = []
        out.append("# \(Self.escaped(organization)): today and \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")")
        out.append("")
        out.append("\(mode.capitalized) routing, \(runs) runs × \(casesPerRun) cases per scenario, seed \(seed), common "
                   + "random numbers (every scenario saw the same arrivals). Δ is scenario − today with its 95% interval; "
                   + "**better** or **worse** when the interval excludes 0, ≈ when the difference is within the noise. "
                   + "The p90's interval is unpaired (wider); campaign and reporting figures follow from the model and are exact.")
        out.append("")
        var header = "| Metric | Today |"
        var rule = "|---|---:|"
        for scenario in scenarios {
            header += " \(Self.escaped(scenario.name)) |"
            rule += "---:|"
        }
        out.append(header)
        out.append(rule)
        for baseMetric in base.metrics {
            let metric = baseMetric.metric
            var row = "| \(metric.label) | \(F.value(baseMetric.value, metric)) |"
            for scenario in scenarios {
                guard let figure = scenario.metric(metric), let delta = figure.delta else {
                    row += " – |"
                    continue
                }
                let mark = figure.direction == .same ? "≈" : "**\(F.mark(figure.direction))**"
                row += " \(F.value(figure.value, metric))<br>\(F.deltaWithInterval(delta, metric)) \(mark) |"
            }
            out.append(row)
        }
        if let currency {
            let money = MoneyFormat(currency: currency, language: .en)
            var row = "| Annual saving, P50 (P10–P90) | |"
            for scenario in scenarios {
                row += scenario.annualSaving.map { " \(money.format($0.p50)) (\(money.format($0.p10))–\(money.format($0.p90))) |" } ?? " – |"
            }
            out.append(row)
        }
        out.append("")
        out.append(moneyNote ?? Pricing.hint)
        for scenario in scenarios {
            out.append("")
            out.append("## \(Self.escaped(scenario.name))")
            out.append("")
            if let file = scenario.file { out.append("`\(file)`" + (scenario.description.map { ": \(Self.escaped($0))" } ?? "")) }
            out.append("")
            if scenario.changes.changes.isEmpty { out.append("- No changes (a control scenario).") }
            for line in scenario.changes.changes {
                out.append("- " + (line.line.map { "line \($0): " } ?? "") + "`\(line.keyword)`: \(Self.escaped(line.summary))")
            }
            // Real changes that show at two decimals (tiny ones are real but immaterial).
            let edges = scenario.edgeChanges.filter { $0.addedMinutesDelta.significant && abs($0.addedMinutesDelta.mean) >= 0.005 }
            let others = scenario.edgeChanges.count - edges.count
            out.append("")
            if edges.isEmpty { out.append("No edge's friction changed beyond the noise (\(others) edges compared).") }
            if !edges.isEmpty {
                out.append("Real friction changes by edge, largest first (customer minutes each edge adds to the average case; "
                           + "bounces per 1,000 cases):")
                out.append("")
                out.append("| Edge | Today | Scenario | Δ minutes (95% interval) | Bounces |")
                out.append("|---|---:|---:|---|---:|")
                for edge in edges.prefix(maxEdges) {
                    let status = edge.status == .both ? "" : " (\(edge.status.rawValue))"
                    out.append("| `\(edge.from)` → `\(edge.to)`\(status) | \(F.fixed(edge.addedMinutesBefore, 2)) | "
                               + "\(F.fixed(edge.addedMinutesAfter, 2)) | \(Self.interval(edge.addedMinutesDelta)) | "
                               + "\(F.fixed(edge.bouncesBefore, 1)) → \(F.fixed(edge.bouncesAfter, 1)) |")
                }
                let more = edges.count > maxEdges ? "\(edges.count - maxEdges) more real changes and " : ""
                out.append("\n\(more)\(others) edges within the noise or under 0.005 min are in the JSON and CSV output.")
            }
            for warning in scenario.warnings { out.append("\n> Warning: \(Self.escaped(warning))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func interval(_ delta: DeltaEstimate) -> String {
        typealias F = ComparisonFormatting
        guard let low = delta.low, let high = delta.high else { return F.signed(delta.mean, 2) }
        return "\(F.signed(delta.mean, 2)) [\(F.signed(low, 2)), \(F.signed(high, 2))]"
    }

    /// Text safe inside a Markdown table cell: pipes escaped, newlines as spaces.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
