/// One entry of the ``EventCalendar``: when, in which order among equal times, and what.
///
/// The time is stored as an order key: its IEEE-754 bits mapped so that unsigned integer
/// order is numeric order (the sign bit set for positive times, every bit flipped for
/// negative ones). With the sequence number below it, (key, sequence) is one 128-bit
/// unsigned number, so ``precedes(_:)`` is a single comparison without a branch (the
/// calendar's sift steps compare events millions of times a second, and a branch on
/// which of two times is earlier is mispredicted half the time).
public struct ScheduledEvent: Sendable, Equatable {
    /// The time's order key (see the type's description).
    @usableFromInline var timeKey: UInt64
    /// The calendar's insertion counter when the event was scheduled: among events at the
    /// same time, the one scheduled first comes first.
    public var sequence: UInt64
    /// What happens, encoded by the caller (the simulator packs a kind, a station and a job).
    public var payload: UInt64

    /// The simulated time of the event (minutes).
    @inlinable public var time: Double {
        get { Double(bitPattern: timeKey >> 63 == 1 ? timeKey ^ (1 << 63) : ~timeKey) }
        set { timeKey = Self.orderKey(newValue) }
    }

    /// Creates an event.
    @inlinable
    public init(time: Double, sequence: UInt64, payload: UInt64) {
        self.timeKey = Self.orderKey(time)
        self.sequence = sequence
        self.payload = payload
    }

    /// A time's bits, mapped so that unsigned order is numeric order (−0 just before +0;
    /// NaN, which no calendar is given, sorts by its bits).
    @inlinable @inline(__always)
    static func orderKey(_ time: Double) -> UInt64 {
        let bits = time.bitPattern
        return bits ^ (UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63))
    }

    /// Placed after the last pending event in a calendar's storage: never precedes an event.
    @inlinable static var sentinel: ScheduledEvent {
        ScheduledEvent(time: .infinity, sequence: .max, payload: 0)
    }

    /// (time key, sequence) as one number: its order is the events' order.
    @inlinable var orderValue: UInt128 { UInt128(timeKey) << 64 | UInt128(sequence) }

    /// Whether `self` comes strictly before `other`: earlier time, or the same time and
    /// an earlier sequence number.
    @inlinable @inline(__always)
    public func precedes(_ other: ScheduledEvent) -> Bool {
        orderValue < other.orderValue
    }
}
