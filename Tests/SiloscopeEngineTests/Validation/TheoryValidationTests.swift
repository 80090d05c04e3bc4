import Testing
@testable import SiloscopeEngine

/// Simulation against exact queueing theory: millions of jobs per check, so release only
/// (`swift test -c release -Xswiftc -enable-testing`). Each figure must be within 2 % of
/// theory, its 95 % confidence interval must be tight (half-width < 1.5 % of the value),
/// and theory must lie inside the simultaneous 99 % intervals of the whole family of
/// figures checked (Bonferroni: each interval at level 1 − 0.01/m), so that checking
/// 27 figures does not turn a 5 % miss rate per figure into a likely failure. A real bias
/// still fails: the simultaneous half-width is about 2.1 times the 95 % one, so at most
/// about 1 % for the widest figure here.
/// Set SILOSCOPE_PRINT_VALIDATION=1 to print the table used in docs/engine.md, and
/// SILOSCOPE_VALIDATION_SEED=n to repeat the checks with another seed.
@Suite(.enabled(if: isReleaseBuild, "needs millions of simulated jobs; run with swift test -c release"))
struct TheoryValidationTests {
    struct Check {
        let label: String
        let theory: Double
        let value: (SimulationResult) -> Double
    }

    /// Runs the replications and checks every figure; returns the table rows.
    @discardableResult
    static func validate(network: Network, router: MarkovRouter, replications: Int, measured: Int, seed: UInt64,
                         checks: [Check], title: String) throws -> [String] {
        let report = try Replications.run(
            network: network, router: router,
            plan: ReplicationPlan(seed: Environment.validationSeed ?? seed, replications: replications,
                                  length: .jobs(warmUp: 20_000, measured: measured)))
        let family = 1 - 0.01 / Double(checks.count)
        var rows: [String] = []
        for check in checks {
            let values = report.runs.map(check.value)
            let ci95 = Estimate(values: values, confidence: 0.95)
            let simultaneous = Estimate(values: values, confidence: family)
            let error = ci95.mean / check.theory - 1
            #expect(abs(error) <= 0.02, "\(title) \(check.label): simulated \(ci95.mean), theory \(check.theory)")
            #expect(ci95.relativeHalfWidth < 0.015,
                    "\(title) \(check.label): 95 % half-width \(ci95.halfWidth) is not tight")
            #expect(simultaneous.contains(check.theory),
                    "\(title) \(check.label): theory \(check.theory) outside [\(simultaneous.lower), \(simultaneous.upper)]")
            rows.append("| \(title) | \(check.label) | \(fmt(check.theory)) | \(fmt(ci95.mean)) | ± \(fmt(ci95.halfWidth)) "
                + "(\(fmt(ci95.relativeHalfWidth * 100, 2)) %) | \(fmt(error * 100, 2)) % | \(simultaneous.contains(check.theory) ? "yes" : "NO") |")
        }
        if Environment.printValidation {
            print("\(title): \(replications) replications × \(measured) measured jobs, "
                + "seed \(Environment.validationSeed ?? seed), "
                + "\(report.summary.totalEvents) events")
            for row in rows { print(row) }
        }
        return rows
    }

    static func fmt(_ x: Double, _ digits: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return "\((x * scale).rounded() / scale)"
    }

    static func stationChecks(_ s: Int, _ name: String, _ m: MMcMetrics, queueLengths: Bool) -> [Check] {
        var checks = [
            Check(label: "\(name) ρ", theory: m.utilisation) { $0.stations[s].utilisation },
            Check(label: "\(name) Wq", theory: m.meanWait) { $0.stations[s].wait.mean },
            Check(label: "\(name) W", theory: m.meanTimeInSystem) { $0.stations[s].timeInStation.mean },
        ]
        if queueLengths {
            checks.append(Check(label: "\(name) Lq", theory: m.meanQueueLength) { $0.stations[s].meanQueueLength })
            checks.append(Check(label: "\(name) L", theory: m.meanNumberInSystem) { $0.stations[s].meanNumberInSystem })
        }
        return checks
    }

    @Test func mm1AtRhoPointEight() throws {
        let network = Network(stations: [Station(name: "m/m/1", servers: 1, service: .exponential(mean: 1))],
                              sources: [.poisson(rate: 0.8, station: 0)])
        let theory = QueueingTheory.mmc(arrivalRate: 0.8, meanServiceTime: 1, servers: 1)
        #expect(isClose(theory.meanWait, 4, relative: 1e-12))
        try Self.validate(
            network: network, router: try MarkovRouter(routing: [[0]], network: network),
            replications: 10, measured: 1_000_000, seed: 1,
            checks: Self.stationChecks(0, "M/M/1", theory, queueLengths: true), title: "M/M/1 ρ=0.8")
    }

    @Test func mmcWithThreeServers() throws {
        let network = Network(stations: [Station(name: "m/m/3", servers: 3, service: .exponential(mean: 1))],
                              sources: [.poisson(rate: 2.4, station: 0)])
        let theory = QueueingTheory.mmc(arrivalRate: 2.4, meanServiceTime: 1, servers: 3)
        // Independent closed form: C(3, 2.4) = 0.6471910112359549, Wq = C/(cμ − λ).
        #expect(abs(theory.meanWait - 0.6471910112359549 / 0.6) < 1e-12)
        try Self.validate(
            network: network, router: try MarkovRouter(routing: [[0]], network: network),
            replications: 10, measured: 1_000_000, seed: 2,
            checks: Self.stationChecks(0, "M/M/3", theory, queueLengths: true), title: "M/M/3 ρ=0.8")
    }

    @Test func canonicalNetworkMatchesJacksonTheory() throws {
        var checks: [Check] = []
        for (s, unit) in Canonical.units.enumerated() {
            let e = Canonical.expected[s]
            let m = MMcMetrics(
                arrivalRate: e.arrivalRate, meanServiceTime: unit.meanService, servers: unit.servers,
                offeredLoad: e.arrivalRate * unit.meanService, utilisation: e.utilisation, probabilityOfWaiting: 0,
                meanWait: e.meanWait, meanTimeInSystem: e.meanTimeInStation, meanQueueLength: e.meanQueueLength,
                meanNumberInSystem: e.meanNumberInSystem)
            checks += Self.stationChecks(s, unit.name, m, queueLengths: false)
        }
        checks.append(Check(label: "network W (sojourn)", theory: Canonical.meanSojourn) { $0.sojourn.mean })
        checks.append(Check(label: "network total wait", theory: Canonical.meanTotalWait) { $0.waitPerJob.mean })
        checks.append(Check(label: "network visits", theory: Canonical.meanVisits) { $0.visitsPerJob.mean })
        try Self.validate(network: Canonical.network, router: try Canonical.router(), replications: 20,
                          measured: 8_000_000, seed: 3, checks: checks, title: "canonical")
    }
}
