#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import SiloscopeEngine

@Suite struct DistributionTests {
    /// (distribution, expected mean, expected coefficient of variation).
    static let cases: [(Distribution, Double, Double)] = [
        (.exponential(mean: 8.5), 8.5, 1),
        (.lognormal(mean: 12, cv: 0.5), 12, 0.5),
        (.lognormal(mean: 3, cv: 0), 3, 0),
        (.fixed(4), 4, 0),
        (.uniform(lower: 2, upper: 6), 4, 2 / (3.0.squareRoot() * 4)),
        (.erlang(phases: 3, mean: 6), 6, 1 / 3.0.squareRoot()),
        (.erlang(phases: 40, mean: 6), 6, 1 / 40.0.squareRoot()),
        (.gamma(shape: 0.5, mean: 2), 2, 2.0.squareRoot()),
        (.gamma(shape: 2.5, mean: 10), 10, 1 / 2.5.squareRoot()),
        (.empirical([1, 2, 3, 10]), (1.5 + 2.5 + 6.5) / 3, .nan),
    ]

    @Test(arguments: cases)
    func sampleMeanAndSpreadMatchTheDistribution(distribution: Distribution, mean: Double, cv: Double) throws {
        #expect(isClose(distribution.mean, mean, relative: 1e-12))
        let sampler = try distribution.makeSampler()
        var random = Xoshiro256StarStar(seed: 11)
        var statistics = RunningStatistics()
        for _ in 0..<200_000 {
            let x = sampler.sample(using: &random)
            #expect(x >= 0)
            statistics.add(x)
        }
        // Standard error ≤ cv·mean/√200000 ≈ 0.0032·cv·mean; allow about 5 standard errors.
        let tolerance = Swift.max(0.0005, 0.016 * Swift.max(distribution.coefficientOfVariation, 0.1))
        #expect(isClose(statistics.mean, mean, relative: tolerance), "\(distribution): \(statistics.mean)")
        if !cv.isNaN {
            #expect(abs(distribution.coefficientOfVariation - cv) < 1e-12)
            let sampleCV = statistics.standardDeviation / statistics.mean
            #expect(abs(sampleCV - cv) < 0.03 + 0.05 * cv, "\(distribution): cv \(sampleCV)")
        }
    }

    @Test func exponentialZigguratFollowsTheExactSurvivalFunction() {
        var random = Xoshiro256StarStar(seed: 31)
        let points: [Double] = [0.01, 0.1, 0.5, 1, 2, 4, 7, 7.697, 8.5, 10]
        var above = [Int](repeating: 0, count: points.count)
        let n = 1_000_000
        for _ in 0..<n {
            let x = ExponentialZiggurat.sample(using: &random)
            for (k, point) in points.enumerated() where x > point { above[k] += 1 }
        }
        for (k, point) in points.enumerated() {
            let p = exp(-point)
            let standardError = (p * (1 - p) / Double(n)).squareRoot()
            let observed = Double(above[k]) / Double(n)
            #expect(abs(observed - p) < 5 * standardError + 1e-7, "P(X > \(point)) = \(observed), exact \(p)")
        }
    }

    @Test func empiricalSamplesStayWithinTheObservationsAndInterpolate() throws {
        let sampler = try Distribution.empirical([5, 1, 3]).makeSampler()
        var random = Xoshiro256StarStar(seed: 3)
        var belowTwo = 0
        for _ in 0..<10_000 {
            let x = sampler.sample(using: &random)
            #expect(x >= 1 && x <= 5)
            if x < 2 { belowTwo += 1 }
        }
        // Half the mass lies in [1, 3], uniformly: P(x < 2) = 1/4.
        #expect(abs(Double(belowTwo) / 10_000 - 0.25) < 0.02)
        let single = try Distribution.empirical([7]).makeSampler()
        #expect(single.sample(using: &random) == 7)
    }

    @Test(arguments: [
        (Distribution.exponential(mean: 0), "exponential mean"),
        (Distribution.exponential(mean: -1), "exponential mean"),
        (Distribution.exponential(mean: .nan), "exponential mean"),
        (Distribution.lognormal(mean: 5, cv: -0.1), "coefficient of variation"),
        (Distribution.lognormal(mean: 0, cv: 1), "lognormal mean"),
        (Distribution.fixed(-2), "fixed value"),
        (Distribution.fixed(.infinity), "fixed value"),
        (Distribution.uniform(lower: 5, upper: 2), "exceeds upper bound"),
        (Distribution.erlang(phases: 0, mean: 1), "at least 1 phase"),
        (Distribution.gamma(shape: 0, mean: 1), "gamma shape"),
        (Distribution.empirical([]), "no samples"),
        (Distribution.empirical([1, .nan]), "sample #2"),
    ])
    func illegalParametersThrowAClearError(distribution: Distribution, fragment: String) {
        #expect {
            try distribution.validate(context: "service time of station 'billing'")
        } throws: { error in
            guard let error = error as? EngineError, case .invalidDistribution = error else { return false }
            return error.description.contains(fragment) && error.description.contains("'billing'")
        }
    }

    @Test func fixedZeroIsALegalDelay() throws {
        try Distribution.fixed(0).validate(context: "transfer delay")
    }

    @Test func samplingIsReproducible() throws {
        let sampler = try Distribution.gamma(shape: 0.7, mean: 3).makeSampler()
        var a = Xoshiro256StarStar(seed: 99)
        var b = Xoshiro256StarStar(seed: 99)
        for _ in 0..<1000 { #expect(sampler.sample(using: &a) == sampler.sample(using: &b)) }
    }
}
