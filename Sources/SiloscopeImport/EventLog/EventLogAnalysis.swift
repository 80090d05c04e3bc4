import Foundation

/// What an event log says about how work moves: each case's path through units, the
/// handover-of-work matrix, ping-pong, routing probabilities, arrivals per channel and
/// hour, and handling times per unit.
///
/// A *visit* is a stay of a case at one unit. With lifecycle transitions a visit runs
/// from a `start` to the matching `complete` at the same unit (its duration is the
/// handling time). Without them, consecutive events at one unit form one visit and its
/// duration is the gap to the next visit (timestamps mark starts) or from the previous
/// one (timestamps mark completions) — which includes waiting, so say so when reading
/// the numbers.
public struct EventLogAnalysis: Sendable {
    /// Unit names as written in the log (indices used throughout).
    public let units: [String]
    /// Cases in the log.
    public let caseCount: Int
    /// Events analysed.
    public let eventCount: Int
    /// Each case's units in order (unit indices), by case index.
    public let paths: [[Int32]]
    /// Handovers between different units.
    public let handovers: HandoverMatrix
    /// A→B→A bounces.
    public let pingPong: PingPongCount
    /// Visits per unit.
    public let visits: [Int]
    /// Next-unit counts per unit (`from` → [`to`: count]); a self-transition is a new
    /// visit at the same unit (only with lifecycle transitions).
    public let transitions: [[Int: Int]]
    /// Visits that were a case's last (the case was resolved there), per unit.
    public let resolved: [Int]
    /// Handling minutes per unit; `nil` where no duration was measured.
    public let handling: [HandlingStatistics?]
    /// Arrivals: when and where cases start.
    public let arrivals: ArrivalProfile
    /// Time from the first to the last event, in seconds.
    public let spanSeconds: Double
    /// Events whose timestamp lies far outside the rest of the log (see
    /// ``OutlyingTimes``): they count for paths and handovers, not for durations, arrival
    /// rates or the span.
    public let outlyingEvents: [Int]
    /// Whether durations came from start/complete pairs.
    public let usedLifecycle: Bool
    /// Anomalies found while analysing (events out of order, unpaired transitions).
    public let anomalies: [ImportAnomaly]

    /// Analyses a log.
    ///
    /// - Parameters:
    ///   - log: the events.
    ///   - timestamps: what a timestamp marks when there are no lifecycle transitions.
    /// - Complexity: O(n log k) for n events and at most k events per case.
    public init(log: EventLog, timestamps: EventLogOptions.TimestampMeaning = .start) {
        units = log.units
        caseCount = log.caseIDs.count
        eventCount = log.count
        let lifecycle = log.hasLifecycle
        usedLifecycle = lifecycle
        let unitCount = log.units.count

        // Events grouped by case, each case sorted by time then file order.
        var (start, order) = log.eventsByCase()
        var outOfOrder: [Int] = []
        var unpaired: [Int] = []
        let outlying = OutlyingTimes.flags(log.eventTime)
        outlyingEvents = outlying.indices.filter { outlying[$0] }
        var builder = VisitBuilder(unitCount: unitCount, timestamps: timestamps, lifecycle: lifecycle)
        var paths: [[Int32]] = []
        paths.reserveCapacity(caseCount)
        for c in 0..<caseCount {
            let range = start[c]..<start[c + 1]
            let times = log.eventTime
            if zip(order[range].dropFirst(), order[range]).contains(where: { times[$0] < times[$1] }) {
                outOfOrder.append(Int(log.eventRow[order[range.lowerBound]]))
                order[range].sort { (times[$0], $0) < (times[$1], $1) }
            }
            paths.append(builder.add(case: order[range], log: log, outlying: outlying, unpairedRows: &unpaired))
        }
        self.paths = paths
        visits = builder.visits
        transitions = builder.transitions
        resolved = builder.resolved
        handling = builder.durations.map { HandlingStatistics(minutes: $0) }
        handovers = HandoverMatrix(units: log.units, counts: builder.handovers)
        pingPong = PingPongCount(paths: paths)
        let arrivalTimes = (0..<caseCount).map { c -> Double in
            order[start[c]..<start[c + 1]].first { !outlying[$0] }.map { log.eventTime[$0] } ?? .nan
        }
        arrivals = ArrivalProfile(log: log, firstEvents: (0..<caseCount).map { order[start[$0]] }, arrivalTimes: arrivalTimes)
        let kept = log.eventTime.indices.lazy.filter { !outlying[$0] }.map { log.eventTime[$0] }
        spanSeconds = (kept.max() ?? 0) - (kept.min() ?? 0)

        var anomalies: [ImportAnomaly] = []
        if !outOfOrder.isEmpty {
            anomalies.append(ImportAnomaly(kind: .outOfOrder, rows: outOfOrder.sorted(),
                                           message: "\(outOfOrder.count) case\(outOfOrder.count == 1 ? "'s" : "s'") events are not in time order in the file",
                                           handling: "sorted by timestamp (ties keep file order)"))
        }
        if !unpaired.isEmpty {
            anomalies.append(ImportAnomaly(kind: .unpairedLifecycle, rows: unpaired.sorted(),
                                           message: "\(unpaired.count) start or complete event\(unpaired.count == 1 ? " has" : "s have") no partner at the same unit",
                                           handling: "the visit is counted for routing but gives no handling time"))
        }
        if !outlyingEvents.isEmpty {
            let rows = outlyingEvents.map { Int(log.eventRow[$0]) }.sorted()
            let first = log.eventTime[outlyingEvents.min { log.eventTime[$0] < log.eventTime[$1] }!]
            let median = kept.sorted()[kept.count / 2]
            let years = abs(median - first) / (365.25 * 86_400)
            anomalies.append(ImportAnomaly(kind: .outlyingTimestamp, rows: rows,
                                           message: "\(rows.count) event\(rows.count == 1 ? "'s timestamp lies" : "s' timestamps lie") far outside the rest of the log (the farthest \(String(format: "%.1f", years)) years from its median)",
                                           handling: "kept for routing and handovers; left out of handling times, arrival rates and the log's span"))
        }
        self.anomalies = anomalies
    }

    /// Each unit's offered load: the mean number of its visits in progress at once, by
    /// Little's law L = λ·W with λ its visits per minute over the arrival span (the same
    /// (n − 1)/T estimate the arrival rates use) and W its mean observed duration. `nil`
    /// where no duration or no span was measured. Without start/complete pairs W includes
    /// waiting, so L counts waiting visits too: an upper bound on the busy handlers.
    public var offeredLoad: [Double?] {
        units.indices.map { u in
            guard let mean = handling[u]?.mean, arrivals.spanHours > 0, arrivals.total > 1 else { return nil }
            let perMinute = Double(visits[u]) * Double(arrivals.total - 1) / Double(arrivals.total) / (arrivals.spanHours * 60)
            return perMinute * mean
        }
    }

    /// The probability of going from unit `from` to unit `to` after a visit.
    public func routingProbability(from: Int, to: Int) -> Double {
        visits[from] == 0 ? 0 : Double(transitions[from][to] ?? 0) / Double(visits[from])
    }
}

/// Ping-pong: a case going A → B → A between two units.
public struct PingPongCount: Sendable, Equatable {
    /// Bounces in all cases.
    public let total: Int
    /// Cases with at least one bounce.
    public let cases: Int
    /// Bounces per unordered pair of unit indices (lower first), most first.
    public let pairs: [(a: Int, b: Int, count: Int)]

    init(paths: [[Int32]]) {
        var byPair: [Int64: Int] = [:]
        var total = 0, cases = 0
        for path in paths where path.count >= 3 {
            var found = false
            for i in 0..<(path.count - 2) where path[i] == path[i + 2] && path[i] != path[i + 1] {
                let (a, b) = (min(path[i], path[i + 1]), max(path[i], path[i + 1]))
                byPair[Int64(a) << 32 | Int64(b), default: 0] += 1
                total += 1
                found = true
            }
            if found { cases += 1 }
        }
        self.total = total
        self.cases = cases
        pairs = byPair.map { (Int($0.key >> 32), Int($0.key & 0xFFFF_FFFF), $0.value) }
            .sorted { ($1.2, $0.0, $0.1) < ($0.2, $1.0, $1.1) }
    }

    /// Equal totals, cases and pairs.
    public static func == (lhs: PingPongCount, rhs: PingPongCount) -> Bool {
        lhs.total == rhs.total && lhs.cases == rhs.cases && lhs.pairs.elementsEqual(rhs.pairs) { $0 == $1 }
    }
}
