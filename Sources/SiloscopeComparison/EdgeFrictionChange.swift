import SiloscopeSimulation

/// How the friction on one handoff edge changed between today and a scenario.
///
/// Edges are matched by their ends in the scenario's organization: today's edges to or
/// from units a scenario merged are counted on the merged unit's edge (and listed in
/// ``mergedFrom``); an edge between two units that became one is internal work and
/// leaves the list.
public struct EdgeFrictionChange: Codable, Sendable, Equatable {
    /// Whether the edge exists today, in the scenario or both.
    public enum Status: String, Codable, Sendable {
        /// Carries cases in both.
        case both
        /// Carries cases only in the scenario.
        case new
        /// Carries cases only today.
        case gone
    }

    /// The sending unit's id (in the scenario's organization).
    public var from: String
    /// The receiving unit's id (in the scenario's organization).
    public var to: String
    /// Where the edge carries cases.
    public var status: Status
    /// Today's edges counted on this one because a scenario merged their ends (`a → b`).
    public var mergedFrom: [String]
    /// Customer minutes the edge adds to the average case today (0 when gone today).
    public var addedMinutesBefore: Double
    /// The same in the scenario.
    public var addedMinutesAfter: Double
    /// Scenario minus today, with an unpaired 95 % interval (the simulation keeps
    /// per-replication figures per edge only as intervals).
    public var addedMinutesDelta: DeltaEstimate
    /// Bounces per 1,000 cases today.
    public var bouncesBefore: Double
    /// Bounces per 1,000 cases in the scenario.
    public var bouncesAfter: Double
    /// Cases handed over per 1,000 cases today.
    public var casesBefore: Double
    /// Cases handed over per 1,000 cases in the scenario.
    public var casesAfter: Double

    /// Matches today's edges with a scenario's and lists every edge that carries cases in
    /// either, the largest change in added minutes first (then bounces).
    ///
    /// - Parameters:
    ///   - base: Today's edges.
    ///   - scenario: The scenario's edges.
    ///   - mergedInto: Unit ids a scenario merged away, to the unit they became.
    /// - Returns: The changes, sorted by size.
    public static func changes(base: [ComparedEdge], scenario: [ComparedEdge],
                               mergedInto: [String: String]) -> [EdgeFrictionChange] {
        struct Pair: Hashable { var from: String, to: String }
        struct Sum { var minutes = 0.0, low = 0.0, high = 0.0, bounces = 0.0, cases = 0.0, sources: [String] = [] }
        var before: [Pair: Sum] = [:]
        for edge in base {
            let pair = Pair(from: mergedInto[edge.from] ?? edge.from, to: mergedInto[edge.to] ?? edge.to)
            guard pair.from != pair.to else { continue }
            var sum = before[pair] ?? Sum()
            sum.minutes += edge.addedMinutesPerCase.mean
            sum.low += edge.addedMinutesPerCase.halfWidth * edge.addedMinutesPerCase.halfWidth
            sum.bounces += edge.bouncesPer1000
            sum.cases += edge.casesPer1000
            if pair.from != edge.from || pair.to != edge.to { sum.sources.append(edge.key) }
            before[pair] = sum
        }
        let after = Dictionary(scenario.map { (Pair(from: $0.from, to: $0.to), $0) }) { first, _ in first }
        var changes: [EdgeFrictionChange] = []
        for pair in Set(before.keys).union(after.keys) {
            let old = before[pair], new = after[pair]
            let oldInterval = Interval(mean: old?.minutes ?? 0, halfWidth: (old?.low ?? 0).squareRoot())
            let newInterval = new?.addedMinutesPerCase ?? Interval(mean: 0, halfWidth: 0)
            changes.append(EdgeFrictionChange(
                from: pair.from, to: pair.to,
                status: old == nil ? .new : new == nil ? .gone : .both,
                mergedFrom: (old?.sources ?? []).sorted(),
                addedMinutesBefore: oldInterval.mean, addedMinutesAfter: newInterval.mean,
                addedMinutesDelta: .unpaired(newInterval, oldInterval),
                bouncesBefore: old?.bounces ?? 0, bouncesAfter: new?.bouncesPer1000 ?? 0,
                casesBefore: old?.cases ?? 0, casesAfter: new?.casesPer1000 ?? 0))
        }
        return changes.sorted {
            (abs($0.addedMinutesDelta.mean), abs($0.bouncesAfter - $0.bouncesBefore), $1.from, $1.to)
                > (abs($1.addedMinutesDelta.mean), abs($1.bouncesAfter - $1.bouncesBefore), $0.from, $0.to)
        }
    }

    enum CodingKeys: String, CodingKey {
        case from, to, status
        case mergedFrom = "merged_from"
        case addedMinutesBefore = "added_minutes_per_case_before", addedMinutesAfter = "added_minutes_per_case_after"
        case addedMinutesDelta = "added_minutes_per_case_delta"
        case bouncesBefore = "bounces_per_1000_before", bouncesAfter = "bounces_per_1000_after"
        case casesBefore = "cases_per_1000_before", casesAfter = "cases_per_1000_after"
    }
}

extension Interval {
    /// An interval from its mean and half-width.
    init(mean: Double, halfWidth: Double) {
        self.init(values: [mean, mean])
        self.low = mean - halfWidth
        self.high = mean + halfWidth
    }
}
