import Testing
@testable import SiloscopeEngine

@Suite struct QueueingTheoryTests {
    @Test func erlangCMatchesClosedForms() {
        // M/M/3, a = 2: P0 = 1/9, C = 4/9.
        #expect(isClose(QueueingTheory.erlangC(servers: 3, offeredLoad: 2), 4.0 / 9, relative: 1e-12))
        // M/M/3, a = 2.4: C = 0.6471910112359549 (direct sum formula).
        #expect(isClose(QueueingTheory.erlangC(servers: 3, offeredLoad: 2.4), 0.6471910112359549, relative: 1e-12))
        // M/M/1: C = ρ.
        #expect(isClose(QueueingTheory.erlangC(servers: 1, offeredLoad: 0.8), 0.8, relative: 1e-12))
        #expect(QueueingTheory.erlangC(servers: 2, offeredLoad: 2) == 1)
        // Large c stays finite and sensible.
        let c = QueueingTheory.erlangC(servers: 500, offeredLoad: 480)
        #expect(c > 0 && c < 1)
    }

    @Test func mm1AtRhoPointEight() {
        let m = QueueingTheory.mmc(arrivalRate: 0.8, meanServiceTime: 1, servers: 1)
        #expect(isClose(m.utilisation, 0.8, relative: 1e-12))
        #expect(isClose(m.meanWait, 4, relative: 1e-12))
        #expect(isClose(m.meanTimeInSystem, 5, relative: 1e-12))
        #expect(isClose(m.meanQueueLength, 3.2, relative: 1e-12))
        #expect(isClose(m.meanNumberInSystem, 4, relative: 1e-12))
    }

    @Test func trafficEquationsOfTheCanonicalNetwork() throws {
        let rates = try QueueingTheory.trafficEquations(
            externalRates: Canonical.network.externalArrivalRates, routing: Canonical.routing)
        for (s, expected) in Canonical.expected.enumerated() {
            #expect(isClose(rates[s], expected.arrivalRate, relative: 1e-12), "\(Canonical.units[s].name)")
        }
    }

    @Test func jacksonAnalysisReproducesTheExpectedFile() throws {
        let analysis = try QueueingTheory.analyse(network: Canonical.network, routing: Canonical.routing)
        for (s, expected) in Canonical.expected.enumerated() {
            let m = analysis.stations[s]
            #expect(isClose(m.utilisation, expected.utilisation, relative: 1e-10))
            #expect(isClose(m.meanWait, expected.meanWait, relative: 1e-10))
            #expect(isClose(m.meanTimeInSystem, expected.meanTimeInStation, relative: 1e-10))
            #expect(isClose(m.meanQueueLength, expected.meanQueueLength, relative: 1e-10))
            #expect(isClose(m.meanNumberInSystem, expected.meanNumberInSystem, relative: 1e-10))
        }
        #expect(isClose(analysis.meanSojourn, Canonical.meanSojourn, relative: 1e-10))
        #expect(isClose(analysis.meanTotalWait, Canonical.meanTotalWait, relative: 1e-10))
        #expect(isClose(analysis.meanVisits, Canonical.meanVisits, relative: 1e-10))
        #expect(isClose(analysis.meanNumberInNetwork, Canonical.meanNumberInNetwork, relative: 1e-10))
    }

    @Test func gaussianEliminationPivots() throws {
        // The first pivot is 0: without row exchange this fails.
        let x = try LinearSystem.solve([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [7, 6, 4])
        #expect(abs(x[0] - 1) < 1e-12 && abs(x[1] - 2) < 1e-12 && abs(x[2] - 3) < 1e-12)
        #expect(throws: EngineError.self) { try LinearSystem.solve([[1, 2], [2, 4]], [1, 2]) }
    }
}
