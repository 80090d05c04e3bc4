import Foundation
import SiloscopeEngine
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// Explicit mode through the whole model path (YAML, validation, compilation,
/// `SiloSimulator.run`, the report) must be the Jackson network queueing theory solves.
@Suite("Explicit routing against queueing theory")
struct ExplicitRoutingTests {
    /// Three units with exponential handling and a routing table with feedback:
    /// ρ = 0.689, 0.610 and 0.798.
    static let jackson = ModelText(
        name: "Jackson",
        units: [
            "{id: ceo, kind: executive, case_handlers: 1, handling_minutes: 1}",
            "{id: a, parent: ceo, case_handlers: 2, handling_minutes: 4}",
            "{id: b, parent: ceo, case_handlers: 1, handling_minutes: 3}",
            "{id: c, parent: ceo, case_handlers: 3, handling_minutes: 10}",
        ],
        touchpoints: ["{id: t1, unit: a}", "{id: t2, unit: b}"],
        caseTypes: ["{id: x, owner: c, arrivals: [{touchpoint: t1, per_hour: 18}, {touchpoint: t2, per_hour: 6}]}"],
        routing: ["a: {b: 0.3, c: 0.4}", "b: {c: 0.5, a: 0.1}", "c: {a: 0.1}"],
        mode: "explicit")

    /// The same network written directly for the engine's theory, independently of the
    /// model compiler.
    static func theory() throws -> JacksonAnalysis {
        let network = Network(
            stations: [
                Station(name: "ceo", servers: 1, service: .exponential(mean: 1)),
                Station(name: "a", servers: 2, service: .exponential(mean: 4)),
                Station(name: "b", servers: 1, service: .exponential(mean: 3)),
                Station(name: "c", servers: 3, service: .exponential(mean: 10)),
            ],
            sources: [.poisson(rate: 18.0 / 60, station: 1), .poisson(rate: 6.0 / 60, station: 2)])
        let routing: [[Double]] = [
            [0, 0, 0, 0],
            [0, 0, 0.3, 0.4],
            [0, 0.1, 0, 0.5],
            [0, 0.1, 0, 0],
        ]
        return try QueueingTheory.analyse(network: network, routing: routing)
    }

    /// Checks every unit's utilisation and wait and the mean time per case.
    static func check(_ report: SimulationReport, utilisation: Double, wait: Double, sojourn: Double) throws {
        let exact = try theory()
        #expect(report.mode == "explicit")
        for (i, name) in ["a", "b", "c"].enumerated() {
            let station = exact.stations[i + 1]
            let unit = try #require(report.unit(name))
            let rho = unit.utilisation.mean, wq = unit.meanWaitMinutes.mean
            #expect(abs(rho - station.utilisation) <= utilisation * station.utilisation, "\(name): ρ \(rho) vs \(station.utilisation)")
            #expect(abs(wq - station.meanWait) <= wait * station.meanWait, "\(name): Wq \(wq) vs \(station.meanWait)")
            note("\(name): ρ theory \(station.utilisation) simulated \(unit.utilisation.text); Wq theory \(station.meanWait) simulated \(unit.meanWaitMinutes.text)")
        }
        #expect(report.unit("ceo") == nil, "no case visits the chief executive")
        let w = report.cases.resolutionMinutes
        #expect(abs(w.mean - exact.meanSojourn) <= sojourn * exact.meanSojourn, "W \(w) vs \(exact.meanSojourn)")
        note("W theory \(exact.meanSojourn) simulated \(w.text); visits theory \(exact.meanVisits)")
    }

    @Test("A Jackson network written as a model reproduces queueing theory (short run)")
    func shortRun() throws {
        let report = try simulate(Self.jackson, runs: 4, cases: 20_000, warmup: 2_000)
        try Self.check(report, utilisation: 0.03, wait: 0.15, sojourn: 0.05)
        // Every move is a handoff: visits − 1 per case. Explicit routing knows no context,
        // owners or stale data: one telling, no bounces, escalations or reopens.
        let exact = try Self.theory()
        #expect(abs(report.cases.handoffs.mean - (exact.meanVisits - 1)) < 0.02 * (exact.meanVisits - 1), "\(report.cases.handoffs)")
        #expect(report.cases.tellings.low == 1 && report.cases.tellings.high == 1)
        #expect(report.cases.bounces.high == 0 && report.cases.escalations.high == 0 && report.cases.reopens.high == 0)
        #expect(report.cases.firstContactResolution.mean < 0.5)
    }

    #if !DEBUG
    @Test("A Jackson network written as a model reproduces queueing theory (10 × 500,000 cases)")
    func longRun() throws {
        let report = try simulate(Self.jackson, runs: 10, cases: 500_000, warmup: 20_000)
        // Theory inside every interval widened by 1 % of the value, and close in any case.
        let exact = try Self.theory()
        for (i, name) in ["a", "b", "c"].enumerated() {
            let unit = try #require(report.unit(name))
            #expect(unit.utilisation.contains(exact.stations[i + 1].utilisation, slack: 0.001 * exact.stations[i + 1].utilisation))
            #expect(unit.meanWaitMinutes.contains(exact.stations[i + 1].meanWait, slack: 0.01 * exact.stations[i + 1].meanWait))
        }
        #expect(report.cases.resolutionMinutes.contains(exact.meanSojourn, slack: 0.005 * exact.meanSojourn))
        try Self.check(report, utilisation: 0.003, wait: 0.03, sojourn: 0.01)
    }
    #endif

    @Test("An overloaded unit of the routing table is refused before running, with theory's numbers")
    func unstableIsRefused() throws {
        // 30 % more arrivals: unit c would be 0.798 × 1.3 = 104 % busy.
        var model = Self.jackson
        model.caseTypes = ["{id: x, owner: c, arrivals: [{touchpoint: t1, per_hour: 23.4}, {touchpoint: t2, per_hour: 7.8}]}"]
        let error = #expect(throws: SimulationError.self) { try simulate(model, runs: 2, cases: 100) }
        guard case .unstable(let loads)? = error else {
            Issue.record("expected .unstable, got \(String(describing: error))")
            return
        }
        let exact = try Self.theory()
        #expect(loads.map(\.name) == ["c"])
        #expect(abs(loads[0].utilisation - 1.3 * exact.stations[3].utilisation) < 1e-9)
        #expect(loads[0].servers == 3 && loads[0].meanServiceTime == 10)
        #expect(error?.description.contains("unit 'c' would be 104% busy") == true, "\(String(describing: error))")
    }
}
