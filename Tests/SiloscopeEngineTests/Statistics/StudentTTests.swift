import Testing
@testable import SiloscopeEngine

@Suite struct StudentTTests {
    /// (p, degrees of freedom, quantile) from standard tables (scipy.stats.t.ppf).
    static let table: [(Double, Double, Double)] = [
        (0.975, 1, 12.706204736174694),
        (0.975, 2, 4.302652729749462),
        (0.975, 5, 2.5705818356363146),
        (0.975, 9, 2.262157162798205),
        (0.975, 10, 2.228138851986274),
        (0.975, 19, 2.0930240544083087),
        (0.975, 30, 2.0422724563012378),
        (0.975, 100, 1.9839715185235518),
        (0.975, 1e6, 1.959966356814107),
        (0.975, .infinity, 1.959963984540054),
        (0.95, 9, 1.833112932656237),
        (0.995, 4, 4.604094871349992),
        (0.9995, 3, 12.923978636687961),
        (0.999, 2.5, 13.82219311086596),
        (0.9, 0.5, 10.27032441023451),
    ]

    @Test(arguments: table)
    func quantileMatchesTables(p: Double, nu: Double, expected: Double) {
        let t = StudentT.quantile(p, degreesOfFreedom: nu)
        #expect(isClose(t, expected, relative: 1e-9), "t(\(p), \(nu)) = \(t), expected \(expected)")
        #expect(isClose(StudentT.quantile(1 - p, degreesOfFreedom: nu), -expected, relative: 1e-9))
    }

    @Test func cdfInvertsTheQuantile() {
        #expect(abs(StudentT.cdf(2.0, degreesOfFreedom: 7) - 0.957190335718512) < 1e-12)
        for nu in [1.0, 3, 12.5, 60] {
            for p in [0.6, 0.9, 0.99] {
                let t = StudentT.quantile(p, degreesOfFreedom: nu)
                #expect(abs(StudentT.cdf(t, degreesOfFreedom: nu) - p) < 1e-12)
            }
        }
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 4) == 0)
    }

    @Test func estimateUsesTheTQuantile() {
        let estimate = Estimate(values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        // s = √(55/6) ≈ 3.02765, t(0.975, 9) ≈ 2.26216, √10 ≈ 3.16228.
        #expect(estimate.mean == 5.5)
        #expect(isClose(estimate.halfWidth, 2.262157162798205 * (55.0 / 6).squareRoot() / 10.0.squareRoot(),
                        relative: 1e-9))
        #expect(estimate.contains(5.5 + estimate.halfWidth * 0.99))
        #expect(!estimate.contains(5.5 + estimate.halfWidth * 1.01))
        #expect(Estimate(values: [3]).halfWidth == .infinity)
    }
}
