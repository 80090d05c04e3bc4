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
        let heading = { (text: String) in lines.append(markdown ? "\n## \(text)\n" : "\n\(text)") }
        func row(_ cells: [String]) -> String { markdown ? "| " + cells.joined(separator: " | ") + " |" : cells.joined(separator: "  ") }
        func header(_ cells: [String]) {
            lines.append(row(cells))
            if markdown { lines.append("|" + cells.map { _ in "---" }.joined(separator: "|") + "|") }
        }
        lines.append(markdown ? "# Calibration on \(log)" : "Calibration on \(log)")
        lines.append("\(casesUsed) of \(casesInLog) cases used over \(Self.format(spanDays)) days; fitted on \(casesFitted)\(goodness.map { ", \($0.cases) held out" } ?? ""); "
            + (usedDurations ? "durations from start/complete pairs" : "no start/complete pairs: timing parameters not fitted"))
        lines.append("\(simulations) simulations of \(simulatedCases) cases, \(iterations) iterations, objective \(Self.format(objective))")
        heading("Structural parameters (95 % intervals)")
        header(["parameter", "value", "low", "high", "model had", "identified", "how / why not"])
        for p in parameters {
            lines.append(row([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                              p.identified ? "yes" : "no", p.note]))
        }
        if !handling.isEmpty || !handlers.isEmpty {
            heading("Units")
            header(["value", "estimate", "low", "high", "model had", "identified", "how"])
            for p in handling + handlers {
                lines.append(row([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                                  p.identified ? "yes" : "no", p.note]))
            }
        }
        if !arrivals.isEmpty {
            heading("Arrivals (cases per hour)")
            header(["stream", "rate", "low", "high", "model had", "identified", "how"])
            for p in arrivals {
                lines.append(row([p.name, Self.format(p.value), Self.format(p.low), Self.format(p.high), Self.format(p.before),
                                  p.identified ? "yes" : "no", p.note]))
            }
        }
        heading("Statistics matched (fitted cases)")
        header(["statistic", "log", "fitted model"])
        for s in statistics where !s.name.hasPrefix("full handling") {
            lines.append(row([s.name, Self.format(s.observed), s.fitted.isFinite ? Self.format(s.fitted) : "—"]))
        }
        if let goodness {
            heading("Out of sample: \(goodness.cases) held-out cases")
            header(["measure", "observed", "±", "fitted model", "±", "verdict"])
            for m in goodness.measures {
                lines.append(row([m.name, Self.format(m.observed), Self.format(m.observedMargin), Self.format(m.simulated),
                                  Self.format(m.simulatedMargin), m.verdict]))
            }
            lines.append(markdown ? "\n**\(goodness.verdict)**" : goodness.verdict)
        }
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
