/// Timestamps far from the rest of a log: a mistyped year, a test record, a system's
/// "zero" date. Tukey's far-out fence on the event times: a time is outlying when it lies
/// more than three interquartile ranges below the first quartile or above the third.
/// An evenly spread log of any length has none (its quartiles are a quarter of the span
/// from its ends); one event six years before a two-month log is far outside.
enum OutlyingTimes {
    /// How many interquartile ranges beyond the quartiles a time must lie.
    static let fence = 3.0

    /// One flag per time: `true` when it is outlying. None when the interquartile range
    /// is zero (all events at once) or there are fewer than 8 events.
    static func flags(_ times: [Double]) -> [Bool] {
        guard times.count >= 8 else { return [Bool](repeating: false, count: times.count) }
        let sorted = times.sorted()
        let q1 = HandlingStatistics.quantile(sorted, 0.25)
        let q3 = HandlingStatistics.quantile(sorted, 0.75)
        let iqr = q3 - q1
        guard iqr > 0 else { return [Bool](repeating: false, count: times.count) }
        let (low, high) = (q1 - fence * iqr, q3 + fence * iqr)
        return times.map { $0 < low || $0 > high }
    }
}
