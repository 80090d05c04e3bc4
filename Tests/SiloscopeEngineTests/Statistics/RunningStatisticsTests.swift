#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import SiloscopeEngine

@Suite struct RunningStatisticsTests {
    @Test func shiftedSumsMatchTheTwoPassFormulas() {
        let values: [Double] = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
        var statistics = RunningStatistics()
        for value in values { statistics.add(value) }
        #expect(statistics.count == 4)
        #expect(statistics.mean == 1e9 + 10)
        #expect(abs(statistics.variance - 30) < 1e-6)  // catastrophic cancellation would lose this
        #expect(statistics.minimum == 1e9 + 4)
        #expect(statistics.maximum == 1e9 + 16)
    }

    @Test func aFirstValueFarFromTheRestKeepsTheVariance() {
        // The shift is the first value, here an outlier: the sums are large, and their
        // difference still gives the two-pass variance.
        var values: [Double] = [0]
        var random = Xoshiro256StarStar(seed: 3)
        for _ in 0..<100_000 { values.append(1e6 + random.nextUniform()) }
        var statistics = RunningStatistics()
        for value in values { statistics.add(value) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        #expect(isClose(statistics.mean, mean, relative: 1e-12))
        #expect(isClose(statistics.variance, variance, relative: 1e-9))
        #expect(statistics.minimum == 0)
    }

    @Test func mergeEqualsAddingEverything() {
        var random = Xoshiro256StarStar(seed: 2)
        var all = RunningStatistics()
        var left = RunningStatistics()
        var right = RunningStatistics()
        for i in 0..<1000 {
            let x = random.nextUniform() * 50
            all.add(x)
            if i < 300 { left.add(x) } else { right.add(x) }
        }
        left.merge(right)
        #expect(left.count == all.count)
        #expect(isClose(left.mean, all.mean, relative: 1e-12))
        #expect(isClose(left.variance, all.variance, relative: 1e-10))
    }
}

@Suite struct QuantileSketchTests {
    @Test func quantilesAreWithinTheRelativeAccuracy() {
        var sketch = QuantileSketch(relativeAccuracy: 0.005)
        var values: [Double] = []
        var random = Xoshiro256StarStar(seed: 6)
        for _ in 0..<100_000 {
            let x = -10 * log(random.nextUniform())
            values.append(x)
            sketch.add(x)
        }
        values.sort()
        for q in [0.5, 0.9, 0.95, 0.99] {
            let exact = values[Int((q * Double(values.count)).rounded(.up)) - 1]
            #expect(isClose(sketch.quantile(q), exact, relative: 0.005), "q = \(q)")
        }
    }

    @Test func everyValueIsReportedWithinTheAccuracyAcrossMagnitudes() {
        // Values from 10⁻⁵ to 10⁸ (log-uniform), bucket bounds included: the quantile of
        // every rank is within α of the value of that rank, for three accuracies.
        for alpha in [0.005, 0.01, 0.0007] {
            var sketch = QuantileSketch(relativeAccuracy: alpha)
            var values: [Double] = []
            var random = Xoshiro256StarStar(seed: 11)
            for _ in 0..<20_000 { values.append(exp(log(1e-5) + random.nextUniform() * log(1e13))) }
            for e in -16...26 { values.append(Double(sign: .plus, exponent: e, significand: 1)) }
            for value in values { sketch.add(value) }
            values.sort()
            var worst = 0.0
            for rank in stride(from: 1, through: values.count, by: 7) {
                let q = Double(rank) / Double(values.count)
                let exact = values[Int((q * Double(values.count)).rounded(.up)) - 1]
                worst = max(worst, abs(sketch.quantile(q) / exact - 1))
            }
            #expect(worst <= alpha, "α = \(alpha): worst relative error \(worst)")
            #expect(worst > alpha / 8, "α = \(alpha): the buckets are much finer than asked (\(worst))")
        }
    }

    @Test func valuesOutsideTheRangeShareTheEndBuckets() {
        var sketch = QuantileSketch(minimumTrackedValue: 1e-3, maximumTrackedValue: 1e3)
        sketch.add(1e-9)
        sketch.add(.infinity)
        sketch.add(5e7)
        #expect(sketch.count == 3)
        #expect(sketch.zeroCount == 0)
        #expect(isClose(sketch.quantile(0.3), 1e-3, relative: 0.005))
        #expect(sketch.quantile(1) > 1e3 / 1.01 && sketch.quantile(1) < 2.1e3)
    }

    @Test func zerosAreCountedExactly() {
        var sketch = QuantileSketch()
        for _ in 0..<70 { sketch.add(0) }
        for i in 1...30 { sketch.add(Double(i)) }
        #expect(sketch.zeroCount == 70)
        #expect(sketch.quantile(0.5) == 0)
        #expect(sketch.quantile(0.7) == 0)
        #expect(isClose(sketch.quantile(0.9), 20, relative: 0.005))
    }

    @Test func memoryDoesNotGrowWithTheNumberOfValues() {
        var sketch = QuantileSketch()
        let buckets = sketch.buckets.count
        var random = Xoshiro256StarStar(seed: 1)
        for _ in 0..<100_000 { sketch.add(random.nextUniform() * 1e6) }
        #expect(sketch.buckets.count == buckets)
        #expect(buckets < 7000)
    }

    @Test func mergeEqualsAddingEverything() {
        var a = QuantileSketch()
        var b = QuantileSketch()
        var all = QuantileSketch()
        for i in 0..<1000 {
            let x = Double(i % 97) + 0.5
            all.add(x)
            if i % 2 == 0 { a.add(x) } else { b.add(x) }
        }
        a.merge(b)
        #expect(a == all)
    }
}
