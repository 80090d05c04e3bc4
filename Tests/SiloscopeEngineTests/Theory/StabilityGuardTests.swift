import Testing
@testable import SiloscopeEngine

@Suite struct StabilityGuardTests {
    @Test func theCanonicalNetworkIsStable() throws {
        try StabilityGuard.check(network: Canonical.network, routing: Canonical.routing)
        let loads = try StabilityGuard.loads(network: Canonical.network, routing: Canonical.routing)
        #expect(loads.count == 8)
        #expect(isClose(loads[5].utilisation, Canonical.expected[5].utilisation, relative: 1e-10))
    }

    @Test func reportsEveryOverloadedStationWithItsFigures() throws {
        var network = Canonical.network
        network.stations[6].servers = 1  // legal: ρ = 0.0815 · 18 = 1.47
        network.stations[3].service = .exponential(mean: 50)  // marketing: ρ = 0.104 · 50 / 4 = 1.30
        let overloaded = try StabilityGuard.overloadedStations(network: network, routing: Canonical.routing)
        #expect(overloaded.map(\.name) == ["marketing", "legal"])
        let legal = try #require(overloaded.last)
        #expect(legal.servers == 1 && legal.meanServiceTime == 18)
        #expect(isClose(legal.arrivalRate, Canonical.expected[6].arrivalRate, relative: 1e-10))
        #expect(isClose(legal.utilisation, Canonical.expected[6].arrivalRate * 18, relative: 1e-10))
        #expect {
            try StabilityGuard.check(network: network, routing: Canonical.routing)
        } throws: { error in
            guard let error = error as? EngineError, case let .unstable(list) = error else { return false }
            let text = error.description
            return list.count == 2 && text.contains("'legal'") && text.contains("'marketing'") && text.contains("c = 1")
        }
    }

    @Test func aRowSummingToMoreThanOneNamesTheStation() {
        var routing = Canonical.routing
        routing[5][0] = 0.9  // billing: 0.9 + 0.03 + 0.04 + 0.08 = 1.05
        #expect {
            try StabilityGuard.check(network: Canonical.network, routing: routing)
        } throws: { error in
            guard let error = error as? EngineError, case let .routingRowExceedsOne(station, sum) = error else {
                return false
            }
            return station == "billing" && abs(sum - 1.05) < 1e-12 && error.description.contains("'billing'")
        }
    }

    @Test func aNegativeProbabilityNamesBothStations() {
        var routing = Canonical.routing
        routing[2][4] = -0.1  // web_support → it
        #expect(throws: EngineError.negativeRoutingProbability(station: "web_support", target: "it", value: -0.1)) {
            try StabilityGuard.check(network: Canonical.network, routing: routing)
        }
        routing[2][4] = .nan
        #expect(throws: EngineError.self) { try MarkovRouter(routing: routing, network: Canonical.network) }
    }

    @Test func aClosedLoopWithoutExitIsReported() {
        let network = Network(
            stations: [Station(name: "a", servers: 1, service: .exponential(mean: 1)),
                       Station(name: "b", servers: 1, service: .exponential(mean: 1))],
            sources: [.poisson(rate: 0.1, station: 0)])
        #expect {
            try StabilityGuard.check(network: network, routing: [[0, 1], [1, 0]])
        } throws: { error in
            guard let error = error as? EngineError, case .singularTrafficEquations = error else { return false }
            return true
        }
    }

    @Test func aMisshapenTableIsReported() {
        #expect(throws: EngineError.self) {
            try StabilityGuard.check(network: Canonical.network, routing: [[0.5]])
        }
    }
}

/// Safety bounds that stop a run which would take unbounded time or memory: a named
/// error, never a run that practically does not end or a trap.
@Suite struct RunawayBoundTests {
    /// Every job waits a (fixed) year in transit before it can leave, while jobs arrive
    /// every minute: the last measured job finishes only after ~525,600 more arrivals.
    struct YearInTransit: RoutingPolicy, Sendable {
        mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                            random: inout RoutingStreams) -> RoutingDecision {
            job.counters[0] += 1
            return job.counters[0] == 1 ? .move(to: 0, delay: 525_600, priorityClass: 0) : .exit
        }
    }

    @Test func jobsThatStayForAYearStopTheRunWithAReason() {
        let network = Network(stations: [Station(name: "desk", servers: 50, service: .exponential(mean: 1))],
                              sources: [.poisson(rate: 1, station: 0)])
        #expect {
            _ = try Replications.run(network: network,
                                     plan: ReplicationPlan(seed: 1, replications: 2, length: .jobs(warmUp: 100, measured: 1_000)),
                                     policy: { _ in YearInTransit() }, observer: { _ in NullObserver() })
        } throws: { error in
            guard let error = error as? EngineError, case let .runaway(.arrivals(limit, measured)) = error else { return false }
            return limit == 20 * 1_100 + 200_000 && measured == 1_000 && error.description.contains("never end")
        }
    }

    @Test func aQueueGrowingWithoutBoundStopsAtTheJobLimit() {
        // ρ = 4: over a long horizon the queue grows past the bound on jobs in the system.
        let network = Network(stations: [Station(name: "desk", servers: 1, service: .exponential(mean: 4))],
                              sources: [.poisson(rate: 1, station: 0)])
        #expect {
            _ = try Replications.run(network: network,
                                     plan: ReplicationPlan(seed: 1, replications: 1, length: .time(warmUp: 0, horizon: 4_000_000)),
                                     policy: { _ in ExitPolicy() }, observer: { _ in NullObserver() })
        } throws: { error in
            guard let error = error as? EngineError, case .runaway(.jobsInSystem(let limit)) = error else { return false }
            return limit == 1 << 21
        }
    }

    @Test func aStableRunIsNotStopped() throws {
        let network = Network(stations: [Station(name: "desk", servers: 1, service: .exponential(mean: 0.9))],
                              sources: [.poisson(rate: 1, station: 0)])
        let report = try Replications.run(network: network,
                                          plan: ReplicationPlan(seed: 1, replications: 2, length: .jobs(warmUp: 0, measured: 20_000)),
                                          policy: { _ in ExitPolicy() }, observer: { _ in NullObserver() })
        #expect(report.runs.allSatisfy { $0.runaway == nil && $0.measuredJobs == 20_000 })
    }
}
