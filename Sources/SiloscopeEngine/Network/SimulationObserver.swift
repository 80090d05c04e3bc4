/// Receives the simulator's events, to stream metrics or write an event log.
///
/// An observer is a generic parameter of ``NetworkSimulator``, so its calls are
/// specialised and an empty method costs nothing. Each method has a default that does
/// nothing; implement only what you need. Every event is reported, warm-up included;
/// ``JobRecord/isMeasured`` says whether a job counts.
///
/// Events at one time are reported in the order the simulator handles them: a service
/// end, then the next queued job's service start at that station, then the finished
/// job's arrival at its next station or its departure.
public protocol SimulationObserver {
    /// A job joined a station: from outside (`from == nil`) or after a service at
    /// `from` (and any transfer delay).
    mutating func jobArrived(_ job: borrowing JobRecord, at station: Int, from: Int?, time: Double)
    /// A server at `station` started serving the job after it waited `wait` minutes;
    /// the service will last `serviceTime` minutes.
    mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                 serviceTime: Double)
    /// The job's service at `station` ended.
    mutating func serviceEnded(_ job: borrowing JobRecord, at station: Int, time: Double)
    /// The job left the network `sojourn` minutes after it arrived.
    mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double)
}

extension SimulationObserver {
    /// Does nothing.
    @inlinable
    public mutating func jobArrived(_ job: borrowing JobRecord, at station: Int, from: Int?, time: Double) {}
    /// Does nothing.
    @inlinable
    public mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                        serviceTime: Double) {}
    /// Does nothing.
    @inlinable
    public mutating func serviceEnded(_ job: borrowing JobRecord, at station: Int, time: Double) {}
    /// Does nothing.
    @inlinable
    public mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {}
}

/// An observer that ignores every event; the simulator's own statistics remain.
public struct NullObserver: SimulationObserver, Sendable {
    /// Creates the observer.
    @inlinable
    public init() {}
}
