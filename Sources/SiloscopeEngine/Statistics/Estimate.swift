import Dispatch

/// A mean across independent replications with its Student-t confidence interval.
public struct Estimate: Sendable, Equatable, CustomStringConvertible {
    /// The mean of the replication values.
    public let mean: Double
    /// Half the width of the confidence interval: t(1 − (1 − confidence)/2, R − 1) · s/√R;
    /// +∞ with fewer than two replications.
    public let halfWidth: Double
    /// The sample standard deviation across replications.
    public let standardDeviation: Double
    /// The number of replications R.
    public let count: Int
    /// The confidence level, e.g. 0.95.
    public let confidence: Double

    /// Summarises replication values in the order given (the order fixes the rounding, so
    /// the same values in the same order give bit-identical results).
    /// - Parameters:
    ///   - values: One value per replication.
    ///   - confidence: The two-sided confidence level in (0, 1).
    public init(values: [Double], confidence: Double = 0.95) {
        var statistics = RunningStatistics()
        for value in values { statistics.add(value) }
        self.init(statistics: statistics, confidence: confidence)
    }

    /// Summarises a running summary of replication values.
    /// - Parameters:
    ///   - statistics: The replication values' summary.
    ///   - confidence: The two-sided confidence level in (0, 1).
    public init(statistics: RunningStatistics, confidence: Double = 0.95) {
        mean = statistics.count > 0 ? statistics.mean : .nan
        standardDeviation = statistics.standardDeviation
        count = statistics.count
        self.confidence = confidence
        if statistics.count > 1 {
            let t = Estimate.tQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: statistics.count - 1)
            halfWidth = t * statistics.standardDeviation / Double(statistics.count).squareRoot()
        } else {
            halfWidth = .infinity
        }
    }

    /// The interval's lower bound.
    public var lower: Double { mean - halfWidth }
    /// The interval's upper bound.
    public var upper: Double { mean + halfWidth }
    /// The half-width relative to the mean's magnitude.
    public var relativeHalfWidth: Double { halfWidth / abs(mean) }

    /// Whether `value` lies inside the interval.
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// E.g. `19.28 ± 0.05 (95 %, 10 replications)`.
    public var description: String {
        "\(mean) ± \(halfWidth) (\(confidence * 100) %, \(count) replications)"
    }

    /// Student's t quantile, remembered per (p, ν): a report builds hundreds of intervals
    /// with the same confidence and replication count, and each quantile is an iterative
    /// solve (about 40,000 instructions; 2.6 % of a whole `simulate` of the bank).
    static func tQuantile(_ p: Double, degreesOfFreedom nu: Int) -> Double {
        let key = TKey(p: p, nu: nu)
        if let known = tLock.sync(execute: { tCache[key] }) { return known }
        let t = StudentT.quantile(p, degreesOfFreedom: Double(nu))
        tLock.sync { tCache[key] = t }
        return t
    }

    private struct TKey: Hashable {
        let p: Double
        let nu: Int
    }

    /// Guards ``tCache`` (a serial queue rather than `Mutex`, which needs macOS 15).
    private static let tLock = DispatchQueue(label: "siloscope.estimate.t-quantiles")
    nonisolated(unsafe) private static var tCache: [TKey: Double] = [:]
}
