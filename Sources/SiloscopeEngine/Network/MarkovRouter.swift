/// Jackson-network routing: after service at station i a job goes to station j with
/// probability `routing[i][j]` and leaves with probability 1 − Σⱼ `routing[i][j]`.
///
/// Each row is compiled into a Walker–Vose alias table (the exit being one more
/// outcome), so a decision costs one uniform draw and one comparison whatever the number
/// of destinations. Optional transfer delays per (from, to) pair are sampled from the
/// station's delay stream. Moves keep the job's current priority class.
public struct MarkovRouter: RoutingPolicy, Sendable {
    /// The routing matrix as given.
    public let routing: [[Double]]
    /// Each row's place in `entries`: (first entry, number of outcomes).
    @usableFromInline let rows: [AliasRow]
    /// Every row's alias table, one after the other.
    @usableFromInline let entries: [AliasEntry]
    @usableFromInline let delays: [Sampler]
    @usableFromInline let stationCount: Int

    /// Compiles a routing matrix.
    /// - Parameters:
    ///   - routing: An n × n matrix of probabilities, n = the number of stations.
    ///   - network: The network, for the station count and names in errors.
    ///   - transferDelays: Empty for no delays, or an n × n matrix of delay distributions
    ///     (minutes) applied when a job moves from i to j.
    /// - Throws: ``EngineError/routingShape(reason:)``,
    ///   ``EngineError/negativeRoutingProbability(station:target:value:)``,
    ///   ``EngineError/routingRowExceedsOne(station:sum:)`` or an invalid delay.
    public init(routing: [[Double]], network: Network, transferDelays: [[Distribution]] = []) throws(EngineError) {
        let names = network.stations.map(\.name)
        try MarkovRouter.validate(routing: routing, stationNames: names)
        let n = names.count
        var delays: [Sampler] = []
        if !transferDelays.isEmpty {
            guard transferDelays.count == n, transferDelays.allSatisfy({ $0.count == n }) else {
                throw .routingShape(reason: "transferDelays must be \(n) × \(n) like the stations")
            }
            for i in 0..<n {
                for j in 0..<n {
                    delays.append(try transferDelays[i][j].makeSampler(
                        context: "transfer delay from '\(names[i])' to '\(names[j])'"))
                }
            }
        }
        var rows: [AliasRow] = []
        var entries: [AliasEntry] = []
        for row in routing {
            var outcomes: [Int32] = []
            var weights: [Double] = []
            var sum = 0.0
            for (j, p) in row.enumerated() where p > 0 {
                outcomes.append(Int32(j))
                weights.append(p)
                sum += p
            }
            let exitProbability = 1 - sum
            if exitProbability > 1e-15 || outcomes.isEmpty {
                outcomes.append(-1)
                weights.append(max(exitProbability, 0))
            }
            let table = MarkovRouter.aliasTable(weights)
            rows.append(AliasRow(start: entries.count, width: outcomes.count))
            for k in outcomes.indices {
                entries.append(AliasEntry(threshold: table.threshold[k], primary: outcomes[k],
                                          alias: outcomes[table.alias[k]]))
            }
        }
        self.routing = routing
        self.rows = rows
        self.entries = entries
        self.delays = delays
        self.stationCount = n
    }

    /// Checks a routing matrix against the stations.
    /// - Parameters:
    ///   - routing: The matrix; row i holds the probabilities out of station i.
    ///   - stationNames: The stations' names, in index order.
    /// - Throws: ``EngineError/routingShape(reason:)`` when the matrix is not n × n;
    ///   ``EngineError/negativeRoutingProbability(station:target:value:)`` for a negative
    ///   or NaN entry; ``EngineError/routingRowExceedsOne(station:sum:)`` when a row sums
    ///   to more than 1 (beyond a 1e-9 rounding tolerance).
    public static func validate(routing: [[Double]], stationNames: [String]) throws(EngineError) {
        let n = stationNames.count
        guard routing.count == n else {
            throw .routingShape(reason: "it has \(routing.count) rows but the network has \(n) stations")
        }
        for (i, row) in routing.enumerated() {
            guard row.count == n else {
                throw .routingShape(reason: "the row of station '\(stationNames[i])' has \(row.count) entries, expected \(n)")
            }
            var sum = 0.0
            for (j, p) in row.enumerated() {
                guard p >= 0, p.isFinite else {
                    throw .negativeRoutingProbability(station: stationNames[i], target: stationNames[j], value: p)
                }
                sum += p
            }
            guard sum <= 1 + 1e-9 else { throw .routingRowExceedsOne(station: stationNames[i], sum: sum) }
        }
    }

    /// Builds a Walker–Vose alias table for the given weights (Vose, "A linear algorithm
    /// for generating random numbers with a given distribution", IEEE TSE 1991).
    static func aliasTable(_ weights: [Double]) -> (threshold: [Double], alias: [Int]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        var scaled = weights.map { total > 0 ? $0 * Double(n) / total : 1 }
        var threshold = [Double](repeating: 1, count: n)
        var alias = Array(0..<n)
        var small: [Int] = []
        var large: [Int] = []
        for i in 0..<n {
            if scaled[i] < 1 { small.append(i) } else { large.append(i) }
        }
        while let s = small.popLast(), let l = large.last {
            threshold[s] = scaled[s]
            alias[s] = l
            scaled[l] = (scaled[l] + scaled[s]) - 1
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        // Leftovers (rounding) keep threshold 1: always their own outcome.
        return (threshold, alias)
    }

    /// Draws the next station after service at `station`, or −1 for exit.
    /// - Parameters:
    ///   - station: The station whose service ended.
    ///   - random: The stream to draw from.
    @inlinable @inline(__always)
    public func nextStation(after station: Int, random: inout Xoshiro256StarStar) -> Int {
        let row = rows[station]
        let x = random.nextUniform() * Double(row.width)
        let column = Swift.min(Int(x), row.width &- 1)
        let entry = entries[row.start &+ column]
        return Int(x - Double(column) < entry.threshold ? entry.primary : entry.alias)
    }

    /// Routes by the matrix; keeps the job's priority class; samples the transfer delay
    /// when delays were given.
    @inlinable @inline(__always)
    public mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                               random: inout RoutingStreams) -> RoutingDecision {
        let next = nextStation(after: station, random: &random.decision)
        if next < 0 { return .exit }
        let delay = delays.isEmpty ? 0 : delays[station * stationCount + next].sample(using: &random.delay)
        return .move(to: next, delay: delay, priorityClass: Int(job.priorityClass))
    }
}

/// Where one row's alias table sits in ``MarkovRouter``'s entries.
@usableFromInline
struct AliasRow: Sendable {
    @usableFromInline let start: Int
    @usableFromInline let width: Int
}

/// One column of an alias table: below `threshold` the column's own outcome, else its
/// alias (a station index, or −1 for exit).
@usableFromInline
struct AliasEntry: Sendable {
    @usableFromInline let threshold: Double
    @usableFromInline let primary: Int32
    @usableFromInline let alias: Int32
}
