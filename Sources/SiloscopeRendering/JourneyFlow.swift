import SiloscopeModel

/// The paths cases of one type took through an organization, counted, for a
/// ``JourneyView``.
///
/// Built from a simulation's event log (SiloscopeDiagnosis's `JourneyPaths` holds the
/// same figures) or from a real ticket log.
public struct JourneyFlow: Hashable, Sendable {
    /// Cases that entered through a channel and were first served at a unit.
    public struct Entry: Hashable, Sendable {
        /// The channel (`phone`, `branch`, …).
        public var channel: String
        /// The unit that served them first.
        public var unit: String
        /// Cases.
        public var count: Int

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - channel: The channel.
        ///   - unit: The first unit's id.
        ///   - count: Cases.
        public init(channel: String, unit: String, count: Int) {
            self.channel = channel
            self.unit = unit
            self.count = count
        }
    }

    /// A whole path and how many cases took it.
    public struct Path: Hashable, Sendable {
        /// Unit ids in visiting order.
        public var units: [String]
        /// Cases.
        public var count: Int

        /// Creates a path.
        ///
        /// - Parameters:
        ///   - units: Unit ids in visiting order.
        ///   - count: Cases.
        public init(units: [String], count: Int) {
            self.units = units
            self.count = count
        }
    }

    /// The case type's display name.
    public var caseTypeName: String
    /// The unit that owns the case type, highlighted.
    public var owner: String?
    /// Cases followed.
    public var cases: Int
    /// Where cases entered.
    public var entries: [Entry]
    /// Moves from one unit straight to another, counted (a move made twice counts twice).
    public var transitions: [HandoffKey: Int]
    /// Cases that made each move at least once (shares are of these); moves missing here
    /// count their ``transitions`` value.
    public var casesMoved: [HandoffKey: Int]
    /// Cases whose last service was at each unit.
    public var ends: [String: Int]
    /// The most common whole paths, most first.
    public var paths: [Path]

    /// Creates a flow.
    ///
    /// - Parameters:
    ///   - caseTypeName: The case type's name.
    ///   - owner: The owning unit's id.
    ///   - cases: Cases followed.
    ///   - entries: Where cases entered.
    ///   - transitions: Counted moves between units.
    ///   - casesMoved: Cases that made each move at least once.
    ///   - ends: Cases ending at each unit.
    ///   - paths: The most common paths.
    public init(caseTypeName: String, owner: String?, cases: Int, entries: [Entry], transitions: [HandoffKey: Int],
                casesMoved: [HandoffKey: Int] = [:], ends: [String: Int] = [:], paths: [Path] = []) {
        self.caseTypeName = caseTypeName
        self.owner = owner
        self.cases = cases
        self.entries = entries
        self.transitions = transitions
        self.casesMoved = casesMoved
        self.ends = ends
        self.paths = paths
    }

    /// Visits per unit: entries plus moves into it.
    var visits: [String: Int] {
        var visits: [String: Int] = [:]
        for entry in entries { visits[entry.unit, default: 0] += entry.count }
        for (key, count) in transitions { visits[key.to, default: 0] += count }
        return visits
    }
}
