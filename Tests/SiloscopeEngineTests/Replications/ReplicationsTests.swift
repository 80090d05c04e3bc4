import Testing
@testable import SiloscopeEngine

@Suite struct ReplicationsTests {
    @Test func resultsAreBitIdenticalWhateverTheThreadCount() throws {
        let router = try Canonical.router()
        func report(threads: Int) throws -> ReplicationReport<NullObserver> {
            try Replications.run(
                network: Canonical.network, router: router,
                plan: ReplicationPlan(seed: 2024, replications: 5, length: .jobs(warmUp: 200, measured: 2_000),
                                      threads: threads))
        }
        let one = try report(threads: 1)
        let two = try report(threads: 2)
        let five = try report(threads: 5)
        #expect(one.runs == two.runs && one.runs == five.runs)
        #expect(one.summary == two.summary && one.summary == five.summary)
        for (r, run) in one.runs.enumerated() { #expect(run.replication == r) }
        // Replications are different samples.
        #expect(one.runs[0].sojourn.mean != one.runs[1].sojourn.mean)
    }

    @Test func replicationEqualsASingleRunWithItsIndex() throws {
        let router = try Canonical.router()
        let report = try Replications.run(
            network: Canonical.network, router: router,
            plan: ReplicationPlan(seed: 5, replications: 3, length: .jobs(warmUp: 0, measured: 1_000), threads: 2))
        var simulator = try NetworkSimulator(network: Canonical.network, policy: router, observer: NullObserver(),
                                             seed: 5, replication: 2)
        #expect(simulator.run(.jobs(warmUp: 0, measured: 1_000)) == report.runs[2])
    }

    @Test func observersComeBackInReplicationOrder() throws {
        let report = try Replications.run(
            network: Canonical.network,
            plan: ReplicationPlan(seed: 1, replications: 4, length: .jobs(warmUp: 0, measured: 100), threads: 2),
            policy: { _ in ExitPolicy() }, observer: { _ in RecordingObserver() })
        for r in 0..<4 {
            let departures = report.observers[r].events.filter { $0.kind == .departed }.count
            #expect(departures >= 100)
            #expect(report.runs[r].measuredJobs == 100)
        }
    }

    @Test func aPlanWithoutReplicationsIsRejected() throws {
        let router = try Canonical.router()
        #expect(throws: EngineError.self) {
            try Replications.run(network: Canonical.network, router: router,
                                 plan: ReplicationPlan(seed: 1, replications: 0, length: .jobs(warmUp: 0, measured: 1)))
        }
    }
}
