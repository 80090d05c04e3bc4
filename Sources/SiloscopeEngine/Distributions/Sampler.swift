#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A validated ``Distribution`` prepared for fast, allocation-free sampling.
///
/// Make one with ``Distribution/makeSampler(context:)``. Parameters that every draw needs
/// (the lognormal's μ and σ, the gamma's constants, the sorted empirical table) are
/// computed once. Sampling a value costs one or two uniforms and one `log` for the common
/// cases.
public struct Sampler: Sendable, Equatable {
    /// The distribution this sampler draws from.
    public let distribution: Distribution
    @usableFromInline let kernel: SamplerKernel
    @usableFromInline let table: [Double]

    /// Prepares a distribution that has already been validated.
    init(unchecked distribution: Distribution) {
        self.distribution = distribution
        var table: [Double] = []
        if case let .empirical(samples) = distribution { table = samples.sorted() }
        self.table = table
        kernel = SamplerKernel(distribution, tableStart: 0, tableCount: table.count)
    }

    /// The distribution's mean.
    public var mean: Double { distribution.mean }

    /// Draws one value.
    /// - Parameter random: The stream to draw uniforms from.
    /// - Returns: A non-negative duration.
    /// - Complexity: O(1); an exponential usually costs one 64-bit draw and no logarithm
    ///   (ziggurat); an Erlang with k ≤ 16 phases draws k uniforms, a gamma draws
    ///   about 2.1 uniforms on average (Marsaglia–Tsang rejection).
    @inlinable
    public func sample(using random: inout Xoshiro256StarStar) -> Double {
        if table.isEmpty { return kernel.sample(using: &random, table: nil) }
        return table.withUnsafeBufferPointer { kernel.sample(using: &random, table: $0.baseAddress) }
    }

    /// A standard normal deviate by the Box–Muller transform (two uniforms, one value;
    /// no cached spare, so the stream position depends only on the number of draws).
    /// - Parameter random: The stream to draw uniforms from.
    @inlinable
    public static func standardNormal(using random: inout Xoshiro256StarStar) -> Double {
        let u1 = random.nextUniform()
        let u2 = random.nextUniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A gamma deviate with unit scale by Marsaglia and Tsang's method ("A simple method
    /// for generating gamma variables", ACM TOMS 2000), with the u^(1/shape) boost for
    /// shape < 1.
    /// - Parameters:
    ///   - shape: The shape parameter, greater than 0.
    ///   - random: The stream to draw uniforms from.
    @usableFromInline
    static func standardGamma(shape: Double, using random: inout Xoshiro256StarStar) -> Double {
        if shape < 1 {
            let boost = pow(random.nextUniform(), 1 / shape)
            return standardGamma(shape: shape + 1, using: &random) * boost
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = standardNormal(using: &random)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = random.nextUniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// The coefficient of variation of the interpolated empirical distribution.
    var empiricalCoefficientOfVariation: Double {
        let n = table.count
        guard n > 1 else { return 0 }
        // Mixture of n − 1 equally likely uniform segments.
        var m1 = 0.0
        var m2 = 0.0
        for i in 0..<(n - 1) {
            let lo = table[i]
            let hi = table[i + 1]
            m1 += (lo + hi) / 2
            m2 += (lo * lo + lo * hi + hi * hi) / 3
        }
        m1 /= Double(n - 1)
        m2 /= Double(n - 1)
        return m1 > 0 ? max(0, m2 - m1 * m1).squareRoot() / m1 : .nan
    }
}
