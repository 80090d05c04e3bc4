import Foundation

extension CalibrationResult {
    /// The result as JSON: `{"parameters": {NAME: {"value", "low", "high", "identified",
    /// "before", "note"}}, "fit": {…}, "holdout": {…}, "warnings": […]}`. Parameter names
    /// are those of docs/simulation.md, `handling_minutes.UNIT`, `case_handlers.UNIT` and
    /// `per_hour.CASE_TYPE.TOUCHPOINT`.
    public func json() throws -> Data {
        var parameters: [String: Any] = [:]
        for value in all {
            parameters[value.name] = ["value": value.value, "low": value.low, "high": value.high, "identified": value.identified,
                                      "before": value.before, "note": value.note] as [String: Any]
        }
        var fit: [String: Any] = [
            "log": log, "cases_in_log": casesInLog, "cases_used": casesUsed, "cases_fitted": casesFitted,
            "span_days": spanDays, "durations": usedDurations, "simulations": simulations, "simulated_cases": simulatedCases,
            "iterations": iterations, "objective": objective, "excluded": excluded, "unmatched_units": unmatchedUnits,
        ]
        fit["statistics"] = statistics.map { ["name": $0.name, "observed": $0.observed, "fitted": $0.fitted.isFinite ? $0.fitted : NSNull()] as [String: Any] }
        var object: [String: Any] = ["parameters": parameters, "fit": fit, "warnings": warnings]
        if let goodness {
            object["holdout"] = [
                "cases": goodness.cases, "verdict": goodness.verdict,
                "measures": goodness.measures.map {
                    ["name": $0.name, "observed": $0.observed, "observed_margin": $0.observedMargin, "simulated": $0.simulated,
                     "simulated_margin": $0.simulatedMargin, "verdict": $0.verdict] as [String: Any]
                },
            ] as [String: Any]
        }
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    /// A plain-text report: what was fitted with intervals, what was not and why, the
    /// statistics matched and the out-of-sample verdict.
    public var table: String { text(markdown: false) }

    /// The same as Markdown tables.
    public var markdown: String { text(markdown: true) }

    private func text(markdown: Bool) -> String {
        var lines: [String] = []
        // Plain-text tables are collected and written with aligned columns (numbers to the
        // right, the first and last columns to the left) when the next heading starts.
        var pending: [[String]] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let columns = pending.map(\.count).max() ?? 0
            let widths = (0..<columns).map { c in pending.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
            for cells in pending {
                let padded = cells.enumerated().map { c, cell -> String in
                    if c == cells.count - 1 { return cell }
                    let gap = String(repeating: " ", count: widths[c] - cell.count)
                    return c == 0 ? cell + gap : gap + cell
                }
                lines.append(padded.joined(separator: "  "))
            }
            pending = []
        }
        let heading = { (text: String) in
            flush()
            lines.append(markdown ? "\n## \(text)\n" : "\n\(text)")
        }
        func add(_ cells: [String]) {
            if markdown { lines.append("| " + cells.joined(separator: " | ") + " |") } else { pending.append(cells) }
        }
        func header(_ cells: [String]) {
            add(cells)
            if markdown { lines.append("|" + cells.map { _ in "---" }.joined(separator: "|") + "|") }
        }
        lines.append(markdown ? "# Calibration on \(log)" : "Calibration on \(log)")
        lines.append("\(casesUsed) of \(casesInLog) cases used over \(Self.format(spanDays)) days; fitted on \(casesFitted)\(goodness.map { ", \($0.cases) held out" } ?? ""); "
            + (usedDurations ? "durations from start/complete pairs" : "no start/complete pairs: timing parameters not fitted"))
        lines.append("\(simulations) simulations of \(simulatedCases) cases, \(iterations) iterations, objective \(Self.format(objective))")
        heading("Structural parameters (95 % intervals)")
        header(["parameter", "value", "low", "high", "model had", "identified", "how / why not"])
        for p in parameters {
            add([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                              p.identified ? "yes" : "no", p.note])
        }
        if !handling.isEmpty || !handlers.isEmpty {
            heading("Units")
            header(["value", "estimate", "low", "high", "model had", "identified", "how"])
            for p in handling + handlers {
                add([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                                  p.identified ? "yes" : "no", p.note])
            }
        }
        if !arrivals.isEmpty {
            heading("Arrivals (cases per hour)")
            header(["stream", "rate", "low", "high", "model had", "identified", "how"])
            for p in arrivals {
                add([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                                  p.identified ? "yes" : "no", p.note])
            }
        }
        heading("Statistics matched (fitted cases)")
        header(["statistic", "log", "fitted model"])
        for s in statistics where !s.name.hasPrefix("full handling") {
            add([s.name, Self.format(s.observed), s.fitted.isFinite ? Self.format(s.fitted) : "—"])
        }
        if let goodness {
            heading("Out of sample: \(goodness.cases) held-out cases")
            header(["measure", "observed", "±", "fitted model", "±", "verdict"])
            for m in goodness.measures {
                add([m.name, Self.format(m.observed), Self.format(m.observedMargin), Self.format(m.simulated),
                                  Self.format(m.simulatedMargin), m.verdict])
            }
            flush()
            lines.append(markdown ? "\n**\(goodness.verdict)**" : goodness.verdict)
        }
        flush()
        if !warnings.isEmpty {
            heading("Warnings")
            lines += warnings.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        let magnitude = abs(value)
        return String(format: magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.3g" : "%.3f", value)
    }
}
