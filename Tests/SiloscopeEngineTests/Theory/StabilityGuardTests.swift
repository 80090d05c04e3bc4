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
