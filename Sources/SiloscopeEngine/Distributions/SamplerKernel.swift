#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The allocation-free core of a sampler: plain numbers, with an empirical table addressed
/// by offset into a table pool the owner keeps.
@usableFromInline
struct SamplerKernel: Sendable, Equatable {
    @usableFromInline
    enum Kind: UInt8, Sendable, Equatable {
        case exponential, lognormal, fixed, uniform, erlangProduct, gamma, empirical
    }

    @usableFromInline var kind: Kind
    @usableFromInline var a: Double
    @usableFromInline var b: Double
    @usableFromInline var phases: Int
    @usableFromInline var tableStart: Int
    @usableFromInline var tableCount: Int

    /// Precomputes the parameters of a validated distribution.
    init(_ distribution: Distribution, tableStart: Int, tableCount: Int) {
        self.tableStart = tableStart
        self.tableCount = tableCount
        phases = 0
        switch distribution {
        case let .exponential(mean):
            (kind, a, b) = (.exponential, mean, 0)
        case let .lognormal(mean, cv):
            if cv == 0 {
                (kind, a, b) = (.fixed, mean, 0)
            } else {
                let sigma2 = log1p(cv * cv)
                (kind, a, b) = (.lognormal, log(mean) - sigma2 / 2, sigma2.squareRoot())
            }
        case let .fixed(value):
            (kind, a, b) = (.fixed, value, 0)
        case let .uniform(lower, upper):
            (kind, a, b) = (.uniform, lower, upper - lower)
        case let .erlang(k, mean):
            phases = k
            if k <= 16 {
                (kind, a, b) = (.erlangProduct, mean / Double(k), 0)
            } else {
                (kind, a, b) = (.gamma, Double(k), mean / Double(k))
            }
        case let .gamma(shape, mean):
            (kind, a, b) = (.gamma, shape, mean / shape)
        case .empirical:
            (kind, a, b) = (.empirical, 0, 0)
        }
    }

    /// Draws one value; `table` is the pool holding this kernel's sorted empirical values,
    /// `ziggurat` the exponential's tables (the simulator passes the copy it keeps).
    @inlinable @inline(__always)
    func sample(using random: inout Xoshiro256StarStar, table: UnsafePointer<Double>?,
                ziggurat: ZigguratTables = ExponentialZiggurat.shared) -> Double {
        switch kind {
        case .exponential:
            return a * ExponentialZiggurat.sample(using: &random, tables: ziggurat)
        case .fixed:
            return a
        case .uniform:
            return a + b * random.nextUniform()
        case .lognormal:
            return exp(a + b * Sampler.standardNormal(using: &random))
        case .erlangProduct:
            var product = 1.0
            for _ in 0..<phases { product *= random.nextUniform() }
            return -a * log(product)
        case .gamma:
            return b * Sampler.standardGamma(shape: a, using: &random)
        case .empirical:
            guard let table else { return .nan }
            let n = tableCount
            if n == 1 { return table[tableStart] }
            let x = random.nextUniform() * Double(n - 1)
            let i = Swift.min(Int(x), n - 2)
            let fraction = x - Double(i)
            let lo = table[tableStart + i]
            return lo + fraction * (table[tableStart + i + 1] - lo)
        }
    }
}
