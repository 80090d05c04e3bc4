/// Count, mean, variance, minimum and maximum of a stream of numbers in O(1) memory.
///
/// Sums of deviations from a shift, the first value added: Σ(x − K) and Σ(x − K)², the
/// "assumed mean" form of the variance (Chan, Golub and LeVeque, "Algorithms for
/// computing the sample variance", 1983). Because K is one of the values,
/// (mean − K)² ≤ Σ(x − mean)², so the subtraction Σ(x − K)² − (Σ(x − K))²/n loses at
/// most about n·ε of relative precision (10⁻⁹ at ten million values). It needs no division
/// per value: Welford's update needs one, and on the simulator's hot path that division
/// was a tenth of the run time. ``merge(_:)`` combines two summaries exactly (Chan, Golub
/// and LeVeque, 1979).
public struct RunningStatistics: Sendable, Equatable {
    /// The number of values added.
    @inlinable public var count: Int { _count }
    @usableFromInline var _count: Int = 0
    /// The first value added: every sum is of deviations from it.
    @usableFromInline var shift: Double = 0
    /// Σ(x − shift).
    @usableFromInline var deviationSum: Double = 0
    /// Σ(x − shift)².
    @usableFromInline var squaredDeviationSum: Double = 0
    /// The mean of the values, 0 when empty.
    @inlinable public var mean: Double { _count > 0 ? shift + deviationSum / Double(_count) : 0 }
    /// Σ(x − mean)², at least 0.
    @usableFromInline var m2: Double {
        _count > 0 ? Swift.max(0, squaredDeviationSum - deviationSum * deviationSum / Double(_count)) : 0
    }
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
        shift = count > 0 ? mean : 0
        squaredDeviationSum = count > 0 ? sumOfSquaredDeviations : 0
        _minimum = minimum
        _maximum = maximum
    }

    /// Adds one value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public mutating func add(_ value: Double) {
        if _count == 0 { shift = value }
        _count &+= 1
        let deviation = value - shift
        deviationSum += deviation
        squaredDeviationSum += deviation * deviation
        if value < _minimum { _minimum = value }
        if value > _maximum { _maximum = value }
    }

    /// Adds every value of another summary, as if they had been added one by one.
    public mutating func merge(_ other: RunningStatistics) {
        guard other.count > 0 else { return }
        guard _count > 0 else { self = other; return }
        let n = Double(_count + other.count)
        let (mean, otherMean) = (self.mean, other.mean)
        let delta = otherMean - mean
        let combinedM2 = m2 + other.m2 + delta * delta * Double(_count) * Double(other.count) / n
        shift = mean + delta * Double(other.count) / n
        deviationSum = 0
        squaredDeviationSum = combinedM2
        _count += other.count
        _minimum = Swift.min(_minimum, other.minimum)
        _maximum = Swift.max(_maximum, other.maximum)
    }

    /// The sample variance (n − 1 denominator), 0 with fewer than two values.
    public var variance: Double { _count > 1 ? m2 / Double(_count - 1) : 0 }

    /// The sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The sum of the values.
    public var sum: Double { shift * Double(_count) + deviationSum }
}
