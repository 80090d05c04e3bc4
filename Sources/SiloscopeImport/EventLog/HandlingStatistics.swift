/// The observed handling times of one unit, in minutes.
public struct HandlingStatistics: Sendable, Equatable {
    /// Visits with a measured duration.
    public var count: Int
    /// Mean minutes.
    public var mean: Double
    /// Median minutes.
    public var median: Double
    /// 90th percentile minutes.
    public var p90: Double
    /// Up to ``maximumQuantiles`` quantiles (or every sample when fewer), ascending:
    /// what the calibrated model resamples from.
    public var quantiles: [Double]

    /// The most quantiles kept per unit, so calibrated files stay small.
    public static let maximumQuantiles = 200

    /// Summarises samples (minutes, any order); `nil` when there are none.
    init?(minutes samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        mean = sorted.reduce(0, +) / Double(sorted.count)
        median = Self.quantile(sorted, 0.5)
        p90 = Self.quantile(sorted, 0.9)
        if sorted.count <= Self.maximumQuantiles {
            quantiles = sorted
        } else {
            let n = Self.maximumQuantiles
            quantiles = (0..<n).map { Self.quantile(sorted, (Double($0) + 0.5) / Double(n)) }
        }
    }

    /// Linear-interpolated quantile of sorted samples.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let weight = position - Double(lower)
        return sorted[lower] * (1 - weight) + sorted[upper] * weight
    }
}
