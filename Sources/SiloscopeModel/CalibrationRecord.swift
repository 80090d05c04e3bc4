/// Where a model's structural parameters came from when `siloscope calibrate` fitted them
/// to a ticket log: the log, its span and case count, and each fitted parameter's 95 %
/// interval. Written under `simulation.calibration`; the recommendation's robustness
/// check draws fitted parameters from these intervals instead of the default ranges.
public struct CalibrationRecord: Sendable, Equatable {
    /// The log's file name.
    public var log: String
    /// Cases of the log used.
    public var cases: Int
    /// Days between the first and the last case.
    public var spanDays: Double
    /// 95 % interval per fitted parameter (names of docs/simulation.md).
    public var intervals: [String: ClosedRange<Double>]

    /// Creates a record.
    public init(log: String, cases: Int, spanDays: Double, intervals: [String: ClosedRange<Double>]) {
        self.log = log
        self.cases = cases
        self.spanDays = spanDays
        self.intervals = intervals
    }

    /// One line for people: "calibrated on tickets.csv (20,000 cases over 61.2 days; 9 parameters fitted)".
    public var summary: String {
        let days = (spanDays * 10).rounded() / 10
        return "calibrated on \(log) (\(cases) cases over \(days) days; \(intervals.count) parameter\(intervals.count == 1 ? "" : "s") fitted)"
    }

    /// Reads `simulation.calibration`: `log`, `cases`, `span_days` and `intervals` (a
    /// mapping of parameter name to `{low, high}` within the parameter's range, low ≤ high).
    static func read(_ table: YAMLMapping, _ reader: inout YAMLReader) -> CalibrationRecord? {
        let log = reader.string(table, "log", required: true) ?? ""
        let cases = reader.integer(table, "cases", required: true, .between(1, 1e12, meaning: "cases")) ?? 0
        let span = reader.number(table, "span_days", required: true, .nonNegative) ?? 0
        var intervals: [String: ClosedRange<Double>] = [:]
        if let mapping = reader.mapping(table["intervals"], at: table.path.appending("intervals"), allowed: nil) {
            for entry in mapping.entries {
                let path = mapping.path.appending(entry.key)
                guard let definition = SimulationParameters.definitions.first(where: { $0.name == entry.key }) else {
                    reader.error("unknown simulation parameter '\(entry.key)'; see docs/simulation.md for the list", at: entry.keyPosition, path: path)
                    continue
                }
                guard let bounds = reader.mapping(entry.value, at: path, allowed: ["low", "high"]) else { continue }
                let range = NumberConstraint.between(definition.range.lowerBound, definition.range.upperBound, meaning: "the range of \(definition.name)")
                guard let low = reader.number(bounds, "low", required: true, range), let high = reader.number(bounds, "high", required: true, range) else { continue }
                guard low <= high else {
                    reader.error("low \(low) is above high \(high)", at: entry.keyPosition, path: path)
                    continue
                }
                intervals[entry.key] = low...high
            }
        }
        return CalibrationRecord(log: log, cases: cases, spanDays: span, intervals: intervals)
    }
}

extension SimulationParameters {
    /// What the recommendation's robustness check varies: each parameter's fitted 95 %
    /// interval when the model was calibrated on a log, else its default uncertainty
    /// range; parameters with neither stay fixed. In documentation order.
    public static func robustnessRanges(_ calibration: CalibrationRecord?) -> [(name: String, range: ClosedRange<Double>, fitted: Bool)] {
        definitions.compactMap { definition in
            if let fitted = calibration?.intervals[definition.name] { return (definition.name, fitted, true) }
            return definition.uncertainty.map { (definition.name, $0, false) }
        }
    }
}
