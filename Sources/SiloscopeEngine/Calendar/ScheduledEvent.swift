/// One entry of the ``EventCalendar``: when, in which order among equal times, and what.
public struct ScheduledEvent: Sendable, Equatable {
    /// The simulated time of the event (minutes).
    public var time: Double
    /// The calendar's insertion counter when the event was scheduled: among events at the
    /// same time, the one scheduled first comes first.
    public var sequence: UInt64
    /// What happens, encoded by the caller (the simulator packs a kind, a station and a job).
    public var payload: UInt64

    /// Creates an event.
    @inlinable
    public init(time: Double, sequence: UInt64, payload: UInt64) {
        self.time = time
        self.sequence = sequence
        self.payload = payload
    }

    /// Placed after the last pending event in a calendar's storage: never precedes an event.
    @inlinable static var sentinel: ScheduledEvent { ScheduledEvent(time: .infinity, sequence: .max, payload: 0) }

    /// Whether `self` comes strictly before `other`: earlier time, or the same time and
    /// an earlier sequence number.
    @inlinable
    public func precedes(_ other: ScheduledEvent) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }
}
