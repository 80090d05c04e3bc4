import Foundation

/// Number formatting shared by the comparison's table, Markdown and CSV renderers.
enum ComparisonFormatting {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Decimals that keep a metric readable: minutes with one, counts per case with two
    /// or three, shares as percentages with one.
    static func decimals(_ metric: ComparisonMetric) -> Int {
        switch metric {
        case .resolutionMinutes, .resolutionP90, .staffMinutes, .reportingStaff: 1
        case .escalations, .reopens: 3
        default: 2
        }
    }

    /// A value as people read it: `168.2`, `88.4%`.
    static func value(_ value: Double, _ metric: ComparisonMetric) -> String {
        if metric.isShare { return fixed(value * 100, 1) + "%" }
        if metric == .reportingStaff { return fixed(value, 0) }
        return fixed(value, decimals(metric))
    }

    /// A delta with its interval: `+3.1 [+1.2, +5.0]`; exact deltas alone.
    static func deltaWithInterval(_ delta: DeltaEstimate, _ metric: ComparisonMetric) -> String {
        let scale = metric.isShare ? 100.0 : 1
        let digits = deltaDecimals(delta, metric)
        let unit = metric.isShare ? " pp" : ""
        guard let low = delta.low, let high = delta.high else { return signed(delta.mean * scale, digits) + unit }
        return signed(delta.mean * scale, digits) + " [" + signed(low * scale, digits) + ", "
            + signed(high * scale, digits) + "]" + unit
    }

    /// A delta with its half-width, for narrow columns: `+3.1±1.9`.
    static func deltaWithHalfWidth(_ delta: DeltaEstimate, _ metric: ComparisonMetric) -> String {
        let scale = metric.isShare ? 100.0 : 1
        let digits = deltaDecimals(delta, metric)
        guard delta.low != nil else { return signed(delta.mean * scale, digits) }
        return signed(delta.mean * scale, digits) + "±" + fixed(delta.halfWidth * scale, digits)
    }

    /// Decimals for a delta: shares in percentage points with one decimal, or two when the
    /// delta is under 1 pp (so a real 0.04 pp change does not print as 0.0).
    static func deltaDecimals(_ delta: DeltaEstimate, _ metric: ComparisonMetric) -> Int {
        if metric == .reportingStaff { return 0 }
        guard metric.isShare else { return decimals(metric) }
        return abs(delta.mean) * 100 < 1 && delta.mean != 0 ? 2 : 1
    }

    /// The word a reader scans for: `better`, `worse`, or `≈` (no real difference).
    static func mark(_ direction: MetricComparison.Direction?) -> String {
        switch direction {
        case .better: "better"
        case .worse: "worse"
        case .same: "≈"
        case nil: ""
        }
    }

    /// `+1.2` / `−1.2` / `0` (a true minus sign, and no sign for zero).
    static func signed(_ value: Double, _ digits: Int) -> String {
        let text = fixed(abs(value), digits)
        if Double(text) == 0 { return fixed(0, digits) }
        return (value < 0 ? "−" : "+") + text
    }

    /// Fixed decimals, POSIX locale.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : value > 0 ? "∞" : "−∞" }
        return String(format: "%.\(digits)f", locale: posix, value)
    }

    /// Pads or cuts text to a display width (counting characters, which is right for the
    /// Latin and Turkish text of models).
    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let cut = text.count > width ? String(text.prefix(max(width - 1, 0))) + "…" : text
        let padding = String(repeating: " ", count: max(width - cut.count, 0))
        return right ? padding + cut : cut + padding
    }
}
