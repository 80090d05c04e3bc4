import Testing
@testable import SiloscopeEngine

@Suite struct NetworkSimulatorTests {
    /// Moves every job from station 0 to station 1 after a fixed delay; station 1 resolves.
    struct Chain: RoutingPolicy, Sendable {
        var delay: Double
        mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                            random: inout RoutingStreams) -> RoutingDecision {
            station == 0 ? .move(to: 1, delay: delay, priorityClass: 1) : .exit
        }
    }

    /// Doubles the first service and adds a minute, through the job record.
    struct SlowFirst: RoutingPolicy, Sendable {
        mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {
            job.serviceMultiplier = 2
            job.extraServiceTime = 1
            job.counters[2] = 7
            job.owner = 1
        }

        mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                            random: inout RoutingStreams) -> RoutingDecision {
            job.counters[0] += 1
            job.accumulator += 0.5
            if job.counters[0] < 3 { return .move(to: Int(job.owner)) }
            return .exit
        }
    }

    static func singleStation(servers: Int, service: Distribution, sources: [ArrivalSource]) -> Network {
        Network(stations: [Station(name: "desk", servers: servers, service: service)], sources: sources)
    }

    @Test func priorityClassZeroGoesFirstFIFOWithinAClassNonPreemptive() throws {
        let network = Self.singleStation(
            servers: 2, service: .fixed(1.0),
            sources: [.poisson(rate: 1.0, station: 0, priorityClass: 1),
                      .poisson(rate: 0.9, station: 0, priorityClass: 0)])
        var simulator = try NetworkSimulator(network: network, policy: ExitPolicy(), observer: RecordingObserver(),
                                             seed: 3)
        _ = simulator.run(.time(warmUp: 0, horizon: 3_000))
        // Replay the log: every start must take the waiting job with the smallest
        // (class, arrival time); every service must last exactly its fixed time.
        var waiting: [(priority: Int32, time: Double, index: Int)] = []
        var started: [Int: Double] = [:]
        var overtakes = 0
        for event in simulator.observer.events {
            switch event.kind {
            case .arrived:
                waiting.append((event.priorityClass, event.time, event.arrivalIndex))
            case .started:
                let best = try #require(waiting.min { ($0.priority, $0.time) < ($1.priority, $1.time) })
                #expect(best.index == event.arrivalIndex)
                if let position = waiting.firstIndex(where: { $0.index == event.arrivalIndex }) {
                    if waiting[..<position].contains(where: { $0.priority != best.priority }) { overtakes += 1 }
                    waiting.remove(at: position)
                }
                #expect(abs(event.wait - (event.time - best.time)) < 1e-9)
                started[event.arrivalIndex] = event.time
            case .ended:
                #expect(abs(event.time - (started[event.arrivalIndex] ?? -1) - 1.0) < 1e-9)
            case .departed:
                break
            }
        }
        #expect(overtakes > 100)  // class 0 really did overtake queued class-1 jobs
    }

    @Test func transferDelaysKeepTheJobInTransit() throws {
        let network = Network(
            stations: [Station(name: "front", servers: 50, service: .fixed(3)),
                       Station(name: "back", servers: 50, service: .fixed(4))],
            sources: [.poisson(rate: 0.2, station: 0)])
        var simulator = try NetworkSimulator(network: network, policy: Chain(delay: 5), observer: RecordingObserver(),
                                             seed: 9)
        let result = simulator.run(.jobs(warmUp: 0, measured: 500))
        #expect(result.measuredJobs == 500)
        #expect(abs(result.sojourn.mean - 12) < 1e-9)
        #expect(abs(result.sojourn.minimum - 12) < 1e-9 && abs(result.sojourn.maximum - 12) < 1e-9)
        var leftFront: [Int: Double] = [:]
        var checked = 0
        for event in simulator.observer.events {
            if event.kind == .ended && event.station == 0 { leftFront[event.arrivalIndex] = event.time }
            if event.kind == .arrived && event.station == 1 {
                #expect(event.from == 0)
                #expect(event.priorityClass == 1)
                #expect(abs(event.time - (leftFront[event.arrivalIndex] ?? -100) - 5) < 1e-9)
                checked += 1
            }
        }
        #expect(checked >= 500)
    }

    @Test func markovRouterSamplesTransferDelays() throws {
        let network = Network(
            stations: [Station(name: "a", servers: 100, service: .fixed(1)),
                       Station(name: "b", servers: 100, service: .fixed(1))],
            sources: [.poisson(rate: 0.5, station: 0)])
        let router = try MarkovRouter(
            routing: [[0, 1], [0, 0]], network: network,
            transferDelays: [[.fixed(0), .uniform(lower: 2, upper: 4)], [.fixed(0), .fixed(0)]])
        var simulator = try NetworkSimulator(network: network, policy: router, observer: NullObserver(), seed: 1)
        let result = simulator.run(.jobs(warmUp: 0, measured: 20_000))
        #expect(result.sojourn.minimum >= 4 && result.sojourn.maximum <= 6)
        #expect(abs(result.sojourn.mean - 5) < 0.03)
    }

    @Test func policyRecordAdjustsServiceAndKeepsItsState() throws {
        let network = Network(
            stations: [Station(name: "a", servers: 100, service: .fixed(3)),
                       Station(name: "b", servers: 100, service: .fixed(2))],
            sources: [.poisson(rate: 0.01, station: 0)])
        var simulator = try NetworkSimulator(network: network, policy: SlowFirst(), observer: RecordingObserver(),
                                             seed: 5)
        let result = simulator.run(.jobs(warmUp: 0, measured: 50))
        // First service 3 · 2 + 1 = 7 (then reset), then two plain services at b: 2 + 2.
        #expect(abs(result.sojourn.mean - 11) < 1e-9)
        #expect(result.visitsPerJob.mean == 3)
    }

    @Test func serviceByClassChoosesTheClassDistribution() throws {
        let network = Network(
            stations: [Station(name: "a", servers: 100, service: .fixed(9), serviceByClass: [.fixed(1), .fixed(5)])],
            sources: [.poisson(rate: 0.01, station: 0, classID: 0), .poisson(rate: 0.01, station: 0, classID: 1),
                      .poisson(rate: 0.01, station: 0, classID: 2)])
        var simulator = try NetworkSimulator(network: network, policy: ExitPolicy(), observer: NullObserver(), seed: 5)
        let result = simulator.run(.jobs(warmUp: 0, measured: 3_000))
        #expect(abs(result.sojourn.minimum - 1) < 1e-9 && abs(result.sojourn.maximum - 9) < 1e-9)
        #expect(abs(result.sojourn.mean - 5) < 0.3)
    }

    @Test func jobCountStopRuleMeasuresExactlyTheWindow() throws {
        var simulator = try NetworkSimulator(network: Canonical.network, policy: try Canonical.router(),
                                             observer: RecordingObserver(), seed: 2)
        let result = simulator.run(.jobs(warmUp: 300, measured: 2_000))
        #expect(result.measuredJobs == 2_000)
        #expect(result.sojourn.count == 2_000)
        #expect(result.externalArrivals >= 2_300)
        #expect(result.events == result.externalArrivals + result.serviceCompletions)
        let departedMeasured = simulator.observer.events.filter {
            $0.kind == .departed && (300..<2_300).contains($0.arrivalIndex)
        }
        #expect(departedMeasured.count == 2_000)
        #expect(simulator.observer.events.last?.kind == .departed)
        #expect(result.endTime == simulator.observer.events.last?.time)
    }

    @Test func timeHorizonStopRule() throws {
        var simulator = try NetworkSimulator(network: Canonical.network, policy: try Canonical.router(),
                                             observer: NullObserver(), seed: 2)
        let result = simulator.run(.time(warmUp: 100, horizon: 1_100))
        #expect(result.endTime == 1_100)
        #expect(result.measuredTime == 1_000)
        // About 2.7 arrivals a minute for 1,100 minutes.
        #expect(abs(Double(result.externalArrivals) - 2_970) < 250)
        #expect(result.stations.allSatisfy { $0.utilisation > 0 && $0.utilisation < 1 })
    }

    @Test func sameSeedSameResultDifferentSeedDifferentResult() throws {
        func run(_ seed: UInt64) throws -> SimulationResult {
            var simulator = try NetworkSimulator(network: Canonical.network, policy: try Canonical.router(),
                                                 observer: NullObserver(), seed: seed)
            return simulator.run(.jobs(warmUp: 100, measured: 3_000))
        }
        #expect(try run(17) == run(17))
        #expect(try run(17) != run(18))
        // Running twice on one simulator starts afresh.
        var simulator = try NetworkSimulator(network: Canonical.network, policy: try Canonical.router(),
                                             observer: NullObserver(), seed: 17)
        #expect(simulator.run(.jobs(warmUp: 100, measured: 3_000)) == simulator.run(.jobs(warmUp: 100, measured: 3_000)))
    }

    @Test func commonRandomNumbersGiveIdenticalArrivalsAcrossNetworks() throws {
        var other = Canonical.network
        other.stations[5].service = .lognormal(mean: 6, cv: 2)
        other.stations[6].servers = 4
        var routing = Canonical.routing
        routing[0][5] = 0.01
        func arrivals(_ network: Network, _ routing: [[Double]]) throws -> [Double] {
            var simulator = try NetworkSimulator(
                network: network, policy: try MarkovRouter(routing: routing, network: network),
                observer: RecordingObserver(), seed: 77)
            _ = simulator.run(.time(warmUp: 0, horizon: 500))
            return simulator.observer.events.filter { $0.kind == .arrived && $0.from == nil }.map(\.time)
        }
        let base = try arrivals(Canonical.network, Canonical.routing)
        let changed = try arrivals(other, routing)
        #expect(base.count > 1_000)
        #expect(base == changed)
    }

    @Test func invalidNetworksAreRejectedWithTheirName() {
        var network = Canonical.network
        network.stations[4].servers = 0
        #expect {
            _ = try NetworkSimulator(network: network, policy: ExitPolicy(), observer: NullObserver(), seed: 1)
        } throws: { error in
            (error as? EngineError)?.description.contains("'it' has 0 servers") == true
        }
        network = Canonical.network
        network.sources.append(.poisson(rate: 1, station: 12))
        #expect(throws: EngineError.self) {
            _ = try NetworkSimulator(network: network, policy: ExitPolicy(), observer: NullObserver(), seed: 1)
        }
        network = Canonical.network
        network.sources[0].interarrival = .exponential(mean: -1)
        #expect(throws: EngineError.self) {
            _ = try NetworkSimulator(network: network, policy: ExitPolicy(), observer: NullObserver(), seed: 1)
        }
    }
}
