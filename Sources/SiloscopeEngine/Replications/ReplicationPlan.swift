/// What to replicate: the seed, how many replications, how long each runs, on how many
/// threads.
public struct ReplicationPlan: Sendable, Equatable {
    /// The seed shared by all replications; replication r uses streams (seed, r, …).
    public var seed: UInt64
    /// The number of replications R (≥ 1).
    public var replications: Int
    /// Each replication's warm-up and stop rule.
    public var length: RunLength
    /// Worker threads; nil uses every active core. Results do not depend on it.
    public var threads: Int?
    /// The confidence level of the summaries' intervals.
    public var confidence: Double
    /// The quantile sketches each run keeps (default all); see ``QuantileSketches``.
    public var quantiles: QuantileSketches = .all

    /// Creates a plan.
    /// - Parameters:
    ///   - seed: The seed shared by all replications.
    ///   - replications: The number of replications (≥ 1).
    ///   - length: Each replication's warm-up and stop rule.
    ///   - threads: Worker threads; nil for every active core.
    ///   - confidence: The confidence level of the intervals (default 0.95).
    public init(seed: UInt64, replications: Int, length: RunLength, threads: Int? = nil, confidence: Double = 0.95) {
        self.seed = seed
        self.replications = replications
        self.length = length
        self.threads = threads
        self.confidence = confidence
    }

    /// The worker threads a run of this plan uses: ``threads`` (every active core when
    /// nil), at most one per replication and at least one.
    public var workers: Int {
        Swift.max(1, Swift.min(threads ?? Replications.activeProcessorCount(), replications))
    }
}

/// Which quantile sketches a run keeps. Each sketched value costs a bucket count in a
/// 52 kB table: a caller that never reads some quantiles turns them off. Turned-off
/// sketches come back empty (their quantiles are NaN); every mean, variance and interval
/// is kept whatever this says.
public struct QuantileSketches: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    @inlinable
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// ``SimulationResult/sojournQuantiles``.
    public static let sojourn = QuantileSketches(rawValue: 1)
    /// Every station's ``StationStatistics/waitQuantiles``.
    public static let stationWaits = QuantileSketches(rawValue: 2)
    /// Both.
    public static let all: QuantileSketches = [.sojourn, .stationWaits]
}
