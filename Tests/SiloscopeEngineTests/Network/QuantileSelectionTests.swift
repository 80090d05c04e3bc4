import Testing
@testable import SiloscopeEngine

/// `ReplicationPlan.quantiles` turns sketches off without touching anything else, and the
/// engine's `JobRecord.serviceMinutes` adds up exactly the service times it reports.
@Suite struct QuantileSelectionTests {
    static let network = Network(
        stations: [Station(name: "front", servers: 2, service: .exponential(mean: 1.5)),
                   Station(name: "back", servers: 1, service: .exponential(mean: 0.8))],
        sources: [.poisson(rate: 1, station: 0)])
    static let router = try! MarkovRouter(routing: [[0, 0.5], [0.1, 0]], network: network)

    static func run(_ quantiles: QuantileSketches) throws -> ReplicationReport<NullObserver> {
        var plan = ReplicationPlan(seed: 5, replications: 3, length: .jobs(warmUp: 500, measured: 5_000), threads: 2)
        plan.quantiles = quantiles
        return try Replications.run(network: network, router: router, plan: plan)
    }

    @Test func sketchesOffChangeNothingButTheSketches() throws {
        let all = try Self.run(.all)
        let sojournOnly = try Self.run(.sojourn)
        let none = try Self.run([])
        for (r, run) in all.runs.enumerated() {
            #expect(run.sojourn == none.runs[r].sojourn)
            #expect(run.events == none.runs[r].events)
            #expect(run.sojournQuantiles.count == 5_000)
            #expect(run.sojournQuantiles == sojournOnly.runs[r].sojournQuantiles)
            #expect(none.runs[r].sojournQuantiles.count == 0)
            #expect(none.runs[r].sojournQuantiles.quantile(0.5).isNaN)
            for s in 0..<2 {
                #expect(run.stations[s].wait == none.runs[r].stations[s].wait)
                #expect(run.stations[s].utilisation == none.runs[r].stations[s].utilisation)
                #expect(run.stations[s].waitQuantiles.count > 0)
                #expect(sojournOnly.runs[r].stations[s].waitQuantiles.count == 0)
            }
        }
        #expect(all.summary.meanSojourn == none.summary.meanSojourn)
        #expect(all.summary.sojournP90.mean > 0)
    }

    /// Sums every service time the observer is told about, per job, and checks it against
    /// the record's running total at departure.
    struct ServiceTotals: SimulationObserver, Sendable {
        var given: [Int: Double] = [:]
        var mismatches = 0
        var departures = 0
        mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                     serviceTime: Double) {
            given[job.arrivalIndex, default: 0] += serviceTime
        }
        mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {
            departures += 1
            if given[job.arrivalIndex] != job.serviceMinutes { mismatches += 1 }
        }
    }

    @Test func serviceMinutesAreTheServiceTimesGiven() throws {
        var simulator = try NetworkSimulator(network: Self.network, policy: Self.router, observer: ServiceTotals(), seed: 9)
        _ = simulator.run(.jobs(warmUp: 0, measured: 3_000))
        #expect(simulator.observer.departures >= 3_000)
        #expect(simulator.observer.mismatches == 0)
    }
}
