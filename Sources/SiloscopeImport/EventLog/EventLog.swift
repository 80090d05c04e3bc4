import SiloscopeModel
/// Events of a ticket log in columns: small integer codes for cases, units, channels and
/// case types, so a million events take a few tens of megabytes and no per-event object.
public struct EventLog: Sendable {
    /// An event's lifecycle transition.
    public enum Lifecycle: UInt8, Sendable {
        /// Not given (or a transition other than start and complete).
        case none = 0
        /// Work at the unit starts.
        case start = 1
        /// Work at the unit is complete.
        case complete = 2
    }

    /// Distinct case ids, in order of first appearance.
    public private(set) var caseIDs: [String] = []
    /// Distinct units as written in the log.
    public private(set) var units: [String] = []
    /// Distinct channels; code -1 means none given.
    public private(set) var channels: [String] = []
    /// Distinct case types; code -1 means none given.
    public private(set) var caseTypes: [String] = []

    /// Per event: case code.
    public private(set) var eventCase: [Int32] = []
    /// Per event: unit code.
    public private(set) var eventUnit: [Int32] = []
    /// Per event: channel code or -1.
    public private(set) var eventChannel: [Int32] = []
    /// Per event: case-type code or -1.
    public private(set) var eventCaseType: [Int32] = []
    /// Per event: seconds since 1970 (UTC, or as written when no offset was given).
    public private(set) var eventTime: [Double] = []
    /// Per event: the hour of the day as written.
    public private(set) var eventHour: [UInt8] = []
    /// Per event: its lifecycle transition.
    public private(set) var eventLifecycle: [Lifecycle] = []
    /// Per event: the row (CSV record number) or event number (XES) it came from.
    public private(set) var eventRow: [Int32] = []

    private var caseCode: [String: Int32] = [:]
    private var unitCode: [String: Int32] = [:]
    private var channelCode: [String: Int32] = [:]
    private var caseTypeCode: [String: Int32] = [:]

    /// An empty log.
    public init() {}

    /// The number of events.
    public var count: Int { eventCase.count }

    /// Whether any event carries a start or complete transition.
    public var hasLifecycle: Bool { eventLifecycle.contains { $0 != .none } }

    /// Reserves room for `count` events.
    public mutating func reserveCapacity(_ count: Int) {
        for array in [\EventLog.eventCase, \.eventUnit, \.eventChannel, \.eventCaseType, \.eventRow] as [WritableKeyPath<EventLog, [Int32]>] {
            self[keyPath: array].reserveCapacity(count)
        }
        eventTime.reserveCapacity(count)
        eventHour.reserveCapacity(count)
        eventLifecycle.reserveCapacity(count)
    }

    /// Appends one event.
    ///
    /// - Parameters:
    ///   - caseID: the case; must not be empty.
    ///   - unit: the unit; must not be empty.
    ///   - channel: the channel, or empty.
    ///   - caseType: the case type, or empty.
    ///   - instant: when.
    ///   - lifecycle: start, complete or none.
    ///   - row: where it came from.
    public mutating func append(caseID: String, unit: String, channel: String, caseType: String,
                                instant: TimestampParser.Instant, lifecycle: Lifecycle, row: Int) {
        eventCase.append(Self.code(caseID, &caseCode, &caseIDs))
        eventUnit.append(Self.code(unit, &unitCode, &units))
        eventChannel.append(channel.isEmpty ? -1 : Self.code(channel, &channelCode, &channels))
        eventCaseType.append(caseType.isEmpty ? -1 : Self.code(caseType, &caseTypeCode, &caseTypes))
        eventTime.append(instant.seconds)
        eventHour.append(UInt8(clamping: instant.hour))
        eventLifecycle.append(lifecycle)
        eventRow.append(Int32(clamping: row))
    }

    private static func code(_ value: String, _ table: inout [String: Int32], _ values: inout [String]) -> Int32 {
        if let code = table[value] { return code }
        let code = Int32(values.count)
        table[value] = code
        values.append(value)
        return code
    }

    /// Events grouped by case, in file order within each case (a counting sort):
    /// `order[start[c]..<start[c + 1]]` are case `c`'s event indices.
    ///
    /// - Complexity: O(events + cases).
    public func eventsByCase() -> (start: [Int], order: [Int]) {
        let cases = caseIDs.count
        var start = [Int](repeating: 0, count: cases + 1)
        for c in eventCase { start[Int(c) + 1] += 1 }
        for i in 0..<cases { start[i + 1] += start[i] }
        var fill = start
        var order = [Int](repeating: 0, count: count)
        for (event, c) in eventCase.enumerated() {
            order[fill[Int(c)]] = event
            fill[Int(c)] += 1
        }
        return (start, order)
    }

    /// Reads a lifecycle spelling: `start`/`begin`/`başla…`, `complete`/`end`/`tamam…`.
    public static func lifecycle(from text: String) -> Lifecycle {
        switch text {
        case "": return .none
        case "start": return .start
        case "complete": return .complete
        default: break
        }
        return switch Transliteration.compactKey(text) {
        case "start", "started", "begin", "basla", "basladi", "baslangic": .start
        case "complete", "completed", "end", "ended", "finish", "finished", "tamam", "tamamlandi", "bitti", "bitis": .complete
        default: .none
        }
    }
}
