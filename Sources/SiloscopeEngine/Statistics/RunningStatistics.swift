/// Count, mean, variance, minimum and maximum of a stream of numbers in O(1) memory.
///
/// Welford's online algorithm ("Note on a method for calculating corrected sums of
/// squares and products", Technometrics 1962), numerically stable for long streams;
/// ``merge(_:)`` combines two summaries exactly (Chan, Golub and LeVeque, 1979).
public struct RunningStatistics: Sendable, Equatable {
    /// The number of values added.
    @inlinable public var count: Int { _count }
    @usableFromInline var _count: Int = 0
    /// The mean of the values, 0 when empty.
    @inlinable public var mean: Double { _mean }
    @usableFromInline var _mean: Double = 0
    @usableFromInline var m2: Double = 0
    /// The smallest value, +∞ when empty.
    @inlinable public var minimum: Double { _minimum }
    @usableFromInline var _minimum: Double = .infinity
    /// The largest value, −∞ when empty.
    @inlinable public var maximum: Double { _maximum }
    @usableFromInline var _maximum: Double = -.infinity

    /// Creates an empty summary.
    @inlinable
    public init() {}

    /// A summary with the given moments, e.g. from exact integer sums.
    /// - Parameters:
    ///   - count: The number of values.
    ///   - mean: Their mean.
    ///   - sumOfSquaredDeviations: Σ(x − mean)², so that the variance is this / (count − 1).
    ///   - minimum: The smallest value.
    ///   - maximum: The largest value.
    public init(count: Int, mean: Double, sumOfSquaredDeviations: Double, minimum: Double, maximum: Double) {
        _count = count
        _mean = mean
        m2 = sumOfSquaredDeviations
        _minimum = minimum
        _maximum = maximum
    }

    /// Adds one value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public mutating func add(_ value: Double) {
        _count &+= 1
        let delta = value - _mean
        _mean += delta / Double(_count)
        m2 += delta * (value - _mean)
        if value < _minimum { _minimum = value }
        if value > _maximum { _maximum = value }
    }

    /// Adds every value of another summary, as if they had been added one by one.
    public mutating func merge(_ other: RunningStatistics) {
        guard other.count > 0 else { return }
        guard _count > 0 else { self = other; return }
        let n = Double(_count + other.count)
        let delta = other.mean - _mean
        _mean += delta * Double(other.count) / n
        m2 += other.m2 + delta * delta * Double(_count) * Double(other.count) / n
        _count += other.count
        _minimum = Swift.min(_minimum, other.minimum)
        _maximum = Swift.max(_maximum, other.maximum)
    }

    /// The sample variance (n − 1 denominator), 0 with fewer than two values.
    public var variance: Double { _count > 1 ? m2 / Double(_count - 1) : 0 }

    /// The sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The sum of the values.
    public var sum: Double { _mean * Double(_count) }
}
