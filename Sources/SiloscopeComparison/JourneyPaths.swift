import SiloscopeModel
import SiloscopeSimulation

/// The paths cases of one type actually took through the organization in a simulation:
/// where they entered, every move from one unit to another (bounces back included, so
/// ping-pong shows as two opposite transitions), where they ended, and the most common
/// whole paths.
///
/// Counted from the event log of replication 0 (``EventLogSink``), which records every
/// service of every case; consecutive services at the same unit are one visit. Only the
/// first arrivals are followed (as many as the measured cases per replication): they are
/// done long before the run ends, and with the same seed they are the same customers in
/// every scenario (common random numbers), so two journeys compare case for case.
public struct JourneyPaths: Codable, Sendable, Equatable {
    /// A count by unit or channel.
    public struct Count: Codable, Sendable, Equatable {
        /// A unit id, or a channel for entries.
        public var id: String
        /// Cases.
        public var count: Int
    }

    /// Cases that entered through a channel at a unit.
    public struct Entry: Codable, Sendable, Equatable {
        /// The touchpoint's channel (`phone`, `branch`, …).
        public var channel: String
        /// The unit the case was first served by.
        public var unit: String
        /// Cases.
        public var count: Int
    }

    /// Cases that moved from one unit straight to another.
    public struct Transition: Codable, Sendable, Equatable {
        /// The unit the case left.
        public var from: String
        /// The unit it went to next.
        public var to: String
        /// Times a case made this move (a case making it twice counts twice).
        public var count: Int
        /// Cases that made this move at least once.
        public var cases: Int
    }

    /// A whole path, unit by unit.
    public struct Path: Codable, Sendable, Equatable {
        /// Unit ids in the order visited.
        public var units: [String]
        /// Cases that took exactly this path.
        public var count: Int
    }

    /// The case type's id.
    public var caseType: String
    /// The case type's display name.
    public var caseTypeName: String
    /// The unit that owns (resolves) the case type.
    public var owner: String
    /// Cases of this type in the log.
    public var cases: Int
    /// Where cases entered: channel and first unit, most first.
    public var entries: [Entry]
    /// Moves between units, most first.
    public var transitions: [Transition]
    /// The unit each case was last served by, most first.
    public var ends: [Count]
    /// The most common whole paths, most first (at most ``maximumPaths``).
    public var paths: [Path]

    /// Whole paths kept.
    public static let maximumPaths = 12

    /// Simulates a model and follows one case type through replication 0.
    ///
    /// - Parameters:
    ///   - loaded: The model (today's or a scenario's result).
    ///   - caseType: The case type's id.
    ///   - options: Simulation options; only replication 0 is logged, so two runs suffice.
    /// - Returns: The journey.
    /// - Throws: ``JourneyError`` for an unknown case type or a model that cannot be simulated.
    public static func simulate(_ loaded: LoadedModel, caseType: String,
                                options: SimulationOptions = SimulationOptions()) throws(JourneyError) -> JourneyPaths {
        guard let type = loaded.model.caseTypes.first(where: { $0.id == caseType }) else {
            throw .unknownCaseType(caseType, known: loaded.model.caseTypes.map(\.id))
        }
        let sink = EventLogSink()
        do {
            _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        } catch {
            throw .simulation(error)
        }
        return fromEventLog(sink.services(), caseType: type,
                            arrivals: options.horizonHours == nil ? options.cases : nil)
    }

    /// Counts one case type's paths in a simulation's event log.
    ///
    /// - Parameters:
    ///   - services: The logged services (``EventLogSink/services()``), cases in arrival
    ///     order and each case's services in time order.
    ///   - caseType: The case type to follow.
    ///   - arrivals: Follow only cases whose id (arrival index) is below this; `nil`
    ///     follows every case in the log.
    /// - Returns: The journey.
    /// - Complexity: O(rows).
    public static func fromEventLog(_ services: [EventLogSink.Service], caseType: CaseType, arrivals: Int? = nil) -> JourneyPaths {
        var visits: [Int: (channel: String, units: [String])] = [:]
        var order: [Int] = []
        for service in services where service.caseType == caseType.id {
            let job = service.caseID, unit = service.unit.id
            if let arrivals, job >= arrivals { continue }
            if visits[job] == nil {
                visits[job] = (service.channel, [])
                order.append(job)
            }
            if visits[job]?.units.last != unit { visits[job]?.units.append(unit) }
        }
        var entries: [String: Int] = [:], moves: [String: Int] = [:], movers: [String: Int] = [:]
        var ends: [String: Int] = [:], paths: [[String]: Int] = [:]
        for job in order {
            guard let visit = visits[job], let first = visit.units.first, let last = visit.units.last else { continue }
            entries[visit.channel + "\u{1F}" + first, default: 0] += 1
            ends[last, default: 0] += 1
            paths[visit.units, default: 0] += 1
            var made = Set<String>()
            for (from, to) in zip(visit.units, visit.units.dropFirst()) {
                let key = from + "\u{1F}" + to
                moves[key, default: 0] += 1
                if made.insert(key).inserted { movers[key, default: 0] += 1 }
            }
        }
        func split(_ key: String) -> (String, String) {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
        return JourneyPaths(
            caseType: caseType.id, caseTypeName: caseType.name, owner: caseType.owner, cases: order.count,
            entries: entries.map { key, count in let (channel, unit) = split(key); return Entry(channel: channel, unit: unit, count: count) }
                .sorted { ($0.count, $1.channel, $1.unit) > ($1.count, $0.channel, $0.unit) },
            transitions: moves.map { key, count in let (from, to) = split(key); return Transition(from: from, to: to, count: count, cases: movers[key] ?? 0) }
                .sorted { ($0.count, $1.from, $1.to) > ($1.count, $0.from, $0.to) },
            ends: ends.map { Count(id: $0.key, count: $0.value) }.sorted { ($0.count, $1.id) > ($1.count, $0.id) },
            paths: Array(paths.map { Path(units: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.units.joined(separator: " ")) > ($1.count, $0.units.joined(separator: " ")) }
                .prefix(maximumPaths)))
    }

    enum CodingKeys: String, CodingKey {
        case owner, cases, entries, transitions, ends, paths
        case caseType = "case_type", caseTypeName = "case_type_name"
    }
}
