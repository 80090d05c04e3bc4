import SiloscopeEngine

/// Whether the tests were compiled with optimisation (the statistical checks against
/// theory need millions of jobs and run only then: `swift test -c release`).
let isReleaseBuild: Bool = {
    #if DEBUG
    return false
    #else
    return true
    #endif
}()

/// |a − b| ≤ tolerance · |b|.
func isClose(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * abs(b)
}

/// One event seen by ``RecordingObserver``.
struct RecordedEvent: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case arrived, started, ended, departed }
    let kind: Kind
    let job: Int32
    let arrivalIndex: Int
    let station: Int
    let from: Int?
    let time: Double
    let wait: Double
    let priorityClass: Int32
}

/// Records every event (tests only; a real event log streams to a file).
struct RecordingObserver: SimulationObserver, Sendable {
    var events: [RecordedEvent] = []

    mutating func jobArrived(_ job: borrowing JobRecord, at station: Int, from: Int?, time: Double) {
        events.append(RecordedEvent(kind: .arrived, job: job.id, arrivalIndex: job.arrivalIndex, station: station,
                                    from: from, time: time, wait: 0, priorityClass: job.priorityClass))
    }

    mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                 serviceTime: Double) {
        events.append(RecordedEvent(kind: .started, job: job.id, arrivalIndex: job.arrivalIndex, station: station,
                                    from: nil, time: time, wait: wait, priorityClass: job.priorityClass))
    }

    mutating func serviceEnded(_ job: borrowing JobRecord, at station: Int, time: Double) {
        events.append(RecordedEvent(kind: .ended, job: job.id, arrivalIndex: job.arrivalIndex, station: station,
                                    from: nil, time: time, wait: 0, priorityClass: job.priorityClass))
    }

    mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {
        events.append(RecordedEvent(kind: .departed, job: job.id, arrivalIndex: job.arrivalIndex, station: station,
                                    from: nil, time: time, wait: sojourn, priorityClass: job.priorityClass))
    }
}

/// Every job leaves after its first service.
struct ExitPolicy: RoutingPolicy, Sendable {
    mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                        random: inout RoutingStreams) -> RoutingDecision {
        .exit
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Switches read from the environment.
enum Environment {
    /// SILOSCOPE_VALIDATION_SEED=n overrides the seeds of the validation tests.
    static var validationSeed: UInt64? { getenv("SILOSCOPE_VALIDATION_SEED").flatMap { UInt64(String(cString: $0)) } }
    /// SILOSCOPE_PRINT_VALIDATION=1 prints the validation tables.
    static var printValidation: Bool { getenv("SILOSCOPE_PRINT_VALIDATION").map { String(cString: $0) == "1" } ?? false }
}
