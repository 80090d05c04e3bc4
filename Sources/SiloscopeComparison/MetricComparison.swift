import SiloscopeSimulation

/// A difference against today with its 95 % interval and whether it is real.
public struct DeltaEstimate: Codable, Sendable, Equatable {
    /// Scenario minus today.
    public var mean: Double
    /// Lower end of the 95 % interval (`nil` for exact figures).
    public var low: Double?
    /// Upper end of the 95 % interval (`nil` for exact figures).
    public var high: Double?
    /// How the interval was computed.
    public var method: ComparisonMetric.Kind
    /// True when the interval excludes 0 (for exact figures: when the values differ).
    public var significant: Bool

    /// Creates a delta.
    ///
    /// - Parameters:
    ///   - mean: Scenario minus today.
    ///   - low: Lower end of the interval, `nil` for exact figures.
    ///   - high: Upper end of the interval, `nil` for exact figures.
    ///   - method: How the interval was computed.
    public init(mean: Double, low: Double?, high: Double?, method: ComparisonMetric.Kind) {
        self.mean = mean
        self.low = low
        self.high = high
        self.method = method
        if let low, let high {
            significant = low > 0 || high < 0
        } else {
            significant = mean != 0
        }
    }

    /// A paired delta from per-replication differences (common random numbers).
    ///
    /// - Parameter differences: Scenario minus today, replication by replication.
    public static func paired(_ differences: [Double]) -> DeltaEstimate {
        // Identical replications give exactly 0 with an interval of width 0.
        if differences.allSatisfy({ $0 == 0 }) { return DeltaEstimate(mean: 0, low: 0, high: 0, method: .paired) }
        let interval = Interval(values: differences)
        return DeltaEstimate(mean: interval.mean, low: interval.low, high: interval.high, method: .paired)
    }

    /// An unpaired delta from two 95 % intervals over the same number of replications:
    /// half-widths add in quadrature (Student's t with R − 1 degrees of freedom, which is
    /// conservative against Welch's). Identical intervals come from identical runs (the
    /// same seed on the same organization) and give exactly 0.
    ///
    /// - Parameters:
    ///   - scenario: The scenario's interval.
    ///   - base: Today's interval.
    public static func unpaired(_ scenario: Interval, _ base: Interval) -> DeltaEstimate {
        if scenario == base { return DeltaEstimate(mean: 0, low: 0, high: 0, method: .unpaired) }
        let mean = scenario.mean - base.mean
        let half = (scenario.halfWidth * scenario.halfWidth + base.halfWidth * base.halfWidth).squareRoot()
        if mean == 0, half == 0 { return DeltaEstimate(mean: 0, low: 0, high: 0, method: .unpaired) }
        return DeltaEstimate(mean: mean, low: mean - half, high: mean + half, method: .unpaired)
    }

    /// Half the interval's width, 0 for exact figures.
    public var halfWidth: Double {
        guard let low, let high else { return 0 }
        return (high - low) / 2
    }
}

/// One headline figure of one scenario: its value and, for scenarios, the delta
/// against today.
public struct MetricComparison: Codable, Sendable, Equatable {
    /// Whether a real difference is an improvement.
    public enum Direction: String, Codable, Sendable {
        /// A real difference in the good direction.
        case better
        /// A real difference in the bad direction.
        case worse
        /// No real difference (the interval includes 0, or the values are equal).
        case same
    }

    /// Which figure.
    public var metric: ComparisonMetric
    /// Its label for people ("resolution minutes").
    public var label: String
    /// Mean over replications (or the exact value).
    public var value: Double
    /// Lower end of the value's 95 % interval (`nil` for exact figures).
    public var low: Double?
    /// Upper end of the value's 95 % interval (`nil` for exact figures).
    public var high: Double?
    /// Scenario minus today (`nil` for today itself).
    public var delta: DeltaEstimate?
    /// The delta relative to today's value (`nil` for today, or when today's value is 0).
    public var relativeDelta: Double?
    /// Better, worse or the same (`nil` for today itself).
    public var direction: Direction?

    /// Creates a figure.
    ///
    /// - Parameters:
    ///   - metric: Which figure.
    ///   - value: The value's interval (low = high for exact figures).
    ///   - delta: The delta against today, `nil` for today.
    ///   - baseValue: Today's value, for the relative delta.
    public init(metric: ComparisonMetric, value: Interval, delta: DeltaEstimate?, baseValue: Double?) {
        self.metric = metric
        label = metric.label
        self.value = value.mean
        let exact = metric.kind == .exact
        low = exact ? nil : value.low
        high = exact ? nil : value.high
        self.delta = delta
        if let delta, let baseValue, baseValue != 0 { relativeDelta = delta.mean / abs(baseValue) }
        if let delta {
            if !delta.significant {
                direction = .same
            } else {
                direction = (delta.mean < 0) == metric.lowerIsBetter ? .better : .worse
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case metric, label, value, low, high, delta, direction
        case relativeDelta = "relative_delta"
    }
}
