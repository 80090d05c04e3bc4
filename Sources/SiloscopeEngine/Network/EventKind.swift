/// The kinds of calendar events and their payload layout: kind in bits 62–63, station or
/// source index in bits 32–61, job id in bits 0–31.
@usableFromInline
enum EventKind: UInt64 {
    case arrival = 0
    case completion = 1
    case transit = 2

    @inlinable @inline(__always)
    func payload(index: Int, job: Int) -> UInt64 {
        (rawValue << 62) | (UInt64(truncatingIfNeeded: index) << 32)
            | UInt64(truncatingIfNeeded: UInt32(truncatingIfNeeded: job))
    }

    @inlinable @inline(__always)
    static func kind(_ payload: UInt64) -> EventKind {
        EventKind(rawValue: payload >> 62) ?? .arrival
    }

    @inlinable @inline(__always)
    static func index(_ payload: UInt64) -> Int {
        Int(truncatingIfNeeded: (payload >> 32) & 0x3FFF_FFFF)
    }

    @inlinable @inline(__always)
    static func job(_ payload: UInt64) -> Int {
        Int(truncatingIfNeeded: payload & 0xFFFF_FFFF)
    }
}
