import Testing
@testable import SiloscopeEngine

@Suite struct JobStreamTests {
    /// Sends every job to one fixed station first, then out.
    struct SendTo: RoutingPolicy, Sendable {
        var station: Int
        var streamsMatched = 0
        var seed: UInt64

        mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {
            let expected = Xoshiro256StarStar(seed: seed, replication: 0, purpose: .job, index: job.arrivalIndex)
            if job.random == expected { streamsMatched += 1 }
        }

        mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                            random: inout RoutingStreams) -> RoutingDecision {
            job.visits == 1 ? .move(to: self.station) : .exit
        }
    }

    struct ServiceTimes: SimulationObserver, Sendable {
        var times: [Int: [Double]] = [:]
        mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                     serviceTime: Double) {
            times[job.arrivalIndex, default: []].append(serviceTime)
        }
    }

    static func serviceTimes(sendTo station: Int, streams: ServiceStreams) throws -> (ServiceTimes, SendTo) {
        let network = Network(
            stations: [Station(name: "front", servers: 3, service: .exponential(mean: 1)),
                       Station(name: "left", servers: 2, service: .exponential(mean: 1.5)),
                       Station(name: "right", servers: 4, service: .exponential(mean: 1.5))],
            sources: [.poisson(rate: 1, station: 0)], serviceStreams: streams)
        var simulator = try NetworkSimulator(network: network, policy: SendTo(station: station, seed: 8),
                                             observer: ServiceTimes(), seed: 8)
        _ = simulator.run(.jobs(warmUp: 0, measured: 2_000))
        return (simulator.observer, simulator.policy)
    }

    @Test func eachJobGetsTheStreamNamedByItsArrivalIndex() throws {
        let (_, policy) = try Self.serviceTimes(sendTo: 1, streams: .perStation)
        #expect(policy.streamsMatched >= 2_000)
    }

    @Test func perJobServiceStreamsGiveACaseTheSameDrawsWhereverItIsServed() throws {
        let (left, _) = try Self.serviceTimes(sendTo: 1, streams: .perJob)
        let (right, _) = try Self.serviceTimes(sendTo: 2, streams: .perJob)
        var compared = 0
        for (index, times) in left.times where times.count == 2 {
            guard let other = right.times[index], other.count == 2 else { continue }
            #expect(times == other)
            compared += 1
        }
        #expect(compared > 1_900)
    }

    @Test func perStationServiceStreamsFollowTheStation() throws {
        let (left, _) = try Self.serviceTimes(sendTo: 1, streams: .perStation)
        let (right, _) = try Self.serviceTimes(sendTo: 2, streams: .perStation)
        // The front station is the same in both runs, so its draws agree; the second
        // service comes from a different station's stream.
        var sameFirst = 0
        var sameSecond = 0
        for (index, times) in left.times where times.count == 2 {
            guard let other = right.times[index], other.count == 2 else { continue }
            if times[0] == other[0] { sameFirst += 1 }
            if times[1] == other[1] { sameSecond += 1 }
        }
        #expect(sameFirst > 1_900)
        #expect(sameSecond == 0)
    }
}
