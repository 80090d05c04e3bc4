/// When and where cases start: counts per arrival stream (channel, case type, first
/// unit) and per hour of the day, over the observed period.
public struct ArrivalProfile: Sendable {
    /// Cases that arrived through one channel, of one type, starting at one unit.
    public struct Stream: Sendable, Equatable {
        /// Channel index into the log's channels, or -1 when none was given.
        public var channel: Int
        /// Case-type index, or -1.
        public var caseType: Int
        /// The unit index of the case's first event.
        public var firstUnit: Int
        /// Cases.
        public var count: Int
    }

    /// Streams, most cases first.
    public let streams: [Stream]
    /// Cases arriving in each hour of the day (0–23, as written in the log).
    public let perHourOfDay: [Int]
    /// The first and last arrival (seconds).
    public let firstArrival: Double
    /// The last arrival (seconds).
    public let lastArrival: Double
    /// All cases.
    public let total: Int

    /// - Parameters:
    ///   - firstEvents: each case's first event (channel, case type, first unit, hour).
    ///   - arrivalTimes: each case's arrival time: its first event's time, or its first
    ///     event with a time that is not outlying (NaN when it has none: not counted in
    ///     the span).
    init(log: EventLog, firstEvents: [Int], arrivalTimes: [Double]) {
        var counts: [[Int32]: Int] = [:]
        var hours = [Int](repeating: 0, count: 24)
        var first = Double.infinity, last = -Double.infinity
        for (c, event) in firstEvents.enumerated() {
            counts[[log.eventChannel[event], log.eventCaseType[event], log.eventUnit[event]], default: 0] += 1
            hours[Int(min(log.eventHour[event], 23))] += 1
            let time = arrivalTimes[c]
            if time.isFinite {
                first = min(first, time)
                last = max(last, time)
            }
        }
        streams = counts.map { Stream(channel: Int($0.key[0]), caseType: Int($0.key[1]), firstUnit: Int($0.key[2]), count: $0.value) }
            .sorted { ($1.count, $0.channel, $0.caseType, $0.firstUnit) < ($0.count, $1.channel, $1.caseType, $1.firstUnit) }
        perHourOfDay = hours
        firstArrival = first.isFinite ? first : 0
        lastArrival = last.isFinite ? last : 0
        total = firstEvents.count
    }

    /// Hours between the first and the last arrival.
    public var spanHours: Double { (lastArrival - firstArrival) / 3600 }

    /// Cases per hour for a stream of `count` cases: with n arrivals over a span T, the
    /// Poisson rate estimate is (n − 1)/T for all cases, shared out by count. With no
    /// span (one arrival, or all at once) the count itself.
    public func perHour(_ count: Int) -> Double {
        guard spanHours > 0, total > 1 else { return Double(count) }
        return Double(count) * Double(total - 1) / Double(total) / spanHours
    }
}
