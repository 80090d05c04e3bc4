import Testing
@testable import SiloscopeEngine

/// The example of docs/engine.md ("Plugging in a routing policy and an observer"), kept
/// compiling and checked.
@Suite struct PluggingExampleTests {
    struct OwnerRouting: RoutingPolicy, Sendable {
        let owners: [Int32]
        let wrongPick: Double

        mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {
            job.owner = owners[Int(job.classID)]
        }

        mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                            random: inout RoutingStreams) -> RoutingDecision {
            if station == Int(job.owner) { return .exit }
            job.counters[0] += 1
            if job.counters[0] == 1 && random.decision.nextUniform() < wrongPick {
                job.counters[1] += 1
                job.extraServiceTime = 3
                return .move(to: (station + 1) % 8, delay: 10, priorityClass: 1)
            }
            return .move(to: Int(job.owner), delay: 5, priorityClass: 0)
        }
    }

    struct HandoffCounter: SimulationObserver, Sendable {
        var handoffs = RunningStatistics()
        var bounces = 0
        mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {
            if job.isMeasured {
                handoffs.add(Double(job.counters[0]))
                bounces += Int(job.counters[1])
            }
        }
    }

    @Test func customPolicyAndObserverPlugIntoReplications() throws {
        var network = Canonical.network
        network.sources = [.poisson(rate: 0.5, station: 0, classID: 0), .poisson(rate: 0.3, station: 1, classID: 1),
                           .poisson(rate: 0.2, station: 2, classID: 2)]
        let owners: [Int32] = [5, 4, 7]
        let report = try Replications.run(
            network: network,
            plan: ReplicationPlan(seed: 42, replications: 3, length: .jobs(warmUp: 500, measured: 5_000), threads: 2),
            policy: { _ in OwnerRouting(owners: owners, wrongPick: 0.2) },
            observer: { _ in HandoffCounter() })
        #expect(report.observers.count == 3)
        for observer in report.observers {
            #expect(observer.handoffs.count == 5_000)
            // One handoff to the owner, plus one more for the 20 % that went astray first
            // (unless the wrong pick happened to be the owner).
            #expect(observer.handoffs.mean > 1.1 && observer.handoffs.mean < 1.3)
            #expect(observer.bounces > 700 && observer.bounces < 1_300)
        }
        #expect(report.summary.meanSojourn.mean > 15)
    }
}
