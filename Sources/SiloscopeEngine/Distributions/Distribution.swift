#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A probability distribution of a duration (minutes), for interarrival, service and
/// transfer times.
///
/// Every distribution describes a non-negative duration. Check parameters with
/// ``validate(context:)`` and sample through a ``Sampler`` (``makeSampler(context:)``),
/// which precomputes what each draw needs.
public enum Distribution: Sendable, Hashable, CustomStringConvertible {
    /// Exponential with the given mean (> 0): memoryless, coefficient of variation 1.
    case exponential(mean: Double)
    /// Lognormal with the given mean (> 0) and coefficient of variation (≥ 0; 0 means
    /// fixed). The underlying normal has σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2.
    case lognormal(mean: Double, cv: Double)
    /// Always the same value (≥ 0).
    case fixed(Double)
    /// Uniform between `lower` and `upper` (0 ≤ lower ≤ upper).
    case uniform(lower: Double, upper: Double)
    /// Erlang: the sum of `phases` (≥ 1) exponential phases; coefficient of variation
    /// 1/√phases.
    case erlang(phases: Int, mean: Double)
    /// Gamma with the given shape (> 0) and mean (> 0); coefficient of variation 1/√shape.
    case gamma(shape: Double, mean: Double)
    /// The empirical distribution of observed durations (non-empty, each ≥ 0), sampled
    /// with linear interpolation between sorted observations (a continuous version of the
    /// empirical CDF: the minimum and the maximum are the bounds).
    case empirical([Double])

    /// The distribution's mean.
    ///
    /// For ``empirical(_:)`` it is the mean of the interpolated distribution, which equals
    /// the sample mean when there is one observation and otherwise the trapezoid mean of
    /// the sorted observations.
    public var mean: Double {
        switch self {
        case let .exponential(mean), let .lognormal(mean, _), let .erlang(_, mean), let .gamma(_, mean):
            return mean
        case let .fixed(value):
            return value
        case let .uniform(lower, upper):
            return (lower + upper) / 2
        case let .empirical(samples):
            guard samples.count > 1 else { return samples.first ?? .nan }
            let sorted = samples.sorted()
            var sum = 0.0
            for i in 0..<(sorted.count - 1) { sum += (sorted[i] + sorted[i + 1]) / 2 }
            return sum / Double(sorted.count - 1)
        }
    }

    /// The coefficient of variation (standard deviation / mean), or NaN when the mean is 0.
    public var coefficientOfVariation: Double {
        switch self {
        case .exponential: return 1
        case let .lognormal(_, cv): return cv
        case .fixed: return 0
        case let .uniform(lower, upper):
            return (upper - lower) / (3.0.squareRoot() * (lower + upper))
        case let .erlang(phases, _): return 1 / Double(phases).squareRoot()
        case let .gamma(shape, _): return 1 / shape.squareRoot()
        case .empirical:
            let sampler = Sampler(unchecked: self)
            return sampler.empiricalCoefficientOfVariation
        }
    }

    /// Checks the parameters.
    /// - Parameter context: Where the distribution is used, for the error message, e.g.
    ///   "service time of station 'billing'".
    /// - Throws: ``EngineError/invalidDistribution(context:reason:)`` naming the illegal
    ///   parameter: a negative, NaN or infinite value, a zero mean where the distribution
    ///   needs a positive one, `lower > upper`, fewer than one phase, no samples.
    public func validate(context: String) throws(EngineError) {
        func fail(_ reason: String) -> EngineError {
            .invalidDistribution(context: context, reason: reason)
        }
        func positive(_ value: Double, _ name: String) throws(EngineError) {
            guard value.isFinite, value > 0 else { throw fail("\(name) must be a positive finite number, got \(value)") }
        }
        func nonNegative(_ value: Double, _ name: String) throws(EngineError) {
            guard value.isFinite, value >= 0 else { throw fail("\(name) must be a finite number ≥ 0, got \(value)") }
        }
        switch self {
        case let .exponential(mean):
            try positive(mean, "exponential mean")
        case let .lognormal(mean, cv):
            try positive(mean, "lognormal mean")
            try nonNegative(cv, "lognormal coefficient of variation")
        case let .fixed(value):
            try nonNegative(value, "fixed value")
        case let .uniform(lower, upper):
            try nonNegative(lower, "uniform lower bound")
            try nonNegative(upper, "uniform upper bound")
            guard lower <= upper else { throw fail("uniform lower bound \(lower) exceeds upper bound \(upper)") }
        case let .erlang(phases, mean):
            guard phases >= 1 else { throw fail("Erlang needs at least 1 phase, got \(phases)") }
            try positive(mean, "Erlang mean")
        case let .gamma(shape, mean):
            try positive(shape, "gamma shape")
            try positive(mean, "gamma mean")
        case let .empirical(samples):
            guard !samples.isEmpty else { throw fail("empirical distribution has no samples") }
            for (i, value) in samples.enumerated() {
                guard value.isFinite, value >= 0 else {
                    throw fail("empirical sample #\(i + 1) must be a finite number ≥ 0, got \(value)")
                }
            }
        }
    }

    /// Validates the distribution and prepares it for fast sampling.
    /// - Parameter context: Where the distribution is used, for the error message.
    /// - Returns: A sampler drawing from this distribution.
    /// - Throws: ``EngineError/invalidDistribution(context:reason:)`` as ``validate(context:)``.
    public func makeSampler(context: String = "distribution") throws(EngineError) -> Sampler {
        try validate(context: context)
        return Sampler(unchecked: self)
    }

    /// A short human-readable form, e.g. `exponential(mean: 8.5)`.
    public var description: String {
        switch self {
        case let .exponential(mean): return "exponential(mean: \(mean))"
        case let .lognormal(mean, cv): return "lognormal(mean: \(mean), cv: \(cv))"
        case let .fixed(value): return "fixed(\(value))"
        case let .uniform(lower, upper): return "uniform(\(lower)...\(upper))"
        case let .erlang(phases, mean): return "erlang(phases: \(phases), mean: \(mean))"
        case let .gamma(shape, mean): return "gamma(shape: \(shape), mean: \(mean))"
        case let .empirical(samples): return "empirical(\(samples.count) samples)"
        }
    }
}
