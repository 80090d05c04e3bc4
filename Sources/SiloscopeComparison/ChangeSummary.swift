import SiloscopeScenarios

/// What a scenario changed, for a comparison's readers: one line per change and the
/// differences by id (from ``ModelDiff``).
public struct ChangeSummary: Codable, Sendable, Equatable {
    /// One change of the scenario file.
    public struct Line: Codable, Sendable, Equatable {
        /// Where the change is written in the scenario file.
        public var line: Int?
        /// The change's keyword (`merge`).
        public var keyword: String
        /// What it did, in a sentence.
        public var summary: String
    }

    /// A unit whose reporting line changed.
    public struct Move: Codable, Sendable, Equatable {
        /// The unit.
        public var unit: String
        /// Its parent today.
        public var from: String?
        /// Its parent in the scenario.
        public var to: String?
    }

    /// Ids paired with a list of ids or field names (a merge target, split parts, the
    /// fields that changed).
    public struct Entry: Codable, Sendable, Equatable {
        /// The unit, system or entity kind.
        public var id: String
        /// What it maps to.
        public var values: [String]
    }

    /// Each change, in file order.
    public var changes: [Line]
    /// Units whose reporting line changed.
    public var movedUnits: [Move]
    /// Units only in the scenario.
    public var addedUnits: [String]
    /// Units only today.
    public var removedUnits: [String]
    /// Merged unit ids to the unit they became.
    public var mergedInto: [Entry]
    /// Split unit ids to their parts.
    public var splitInto: [Entry]
    /// Units whose other fields changed, with the fields' names.
    public var changedUnits: [Entry]
    /// Handoff edges added (`from → to`).
    public var addedHandoffs: [String]
    /// Handoff edges removed.
    public var removedHandoffs: [String]
    /// Handoff edges whose handoffs changed.
    public var changedHandoffs: [String]
    /// Systems added.
    public var addedSystems: [String]
    /// Systems removed (retired).
    public var removedSystems: [String]
    /// Systems changed, with the fields' names.
    public var changedSystems: [Entry]
    /// Touchpoints, case types, campaigns and reported KPIs changed (added, removed or
    /// changed), by kind (`touchpoints`, `case_types`, `campaigns`, `reporting`).
    public var otherChanges: [Entry]
    /// CRM-team fields that changed (`placement` when its unit moved).
    public var crm: [String]
    /// Simulation settings that changed.
    public var simulation: [String]

    /// Summarises an applied scenario.
    ///
    /// - Parameter applied: The scenario applied to its base.
    public init(_ applied: AppliedScenario) {
        let diff = applied.diff
        changes = applied.records.map { Line(line: $0.position?.line, keyword: $0.keyword, summary: $0.summary) }
        movedUnits = diff.movedUnits.map { Move(unit: $0.unit, from: $0.from, to: $0.to) }
        addedUnits = diff.addedUnits
        removedUnits = diff.removedUnits
        mergedInto = Self.entries(diff.mergedInto.mapValues { [$0] })
        splitInto = Self.entries(diff.splitInto)
        changedUnits = Self.entries(diff.changedUnits)
        addedHandoffs = diff.addedHandoffs.map(\.description)
        removedHandoffs = diff.removedHandoffs.map(\.description)
        changedHandoffs = diff.changedHandoffs.map(\.description)
        addedSystems = diff.addedSystems
        removedSystems = diff.removedSystems
        changedSystems = Self.entries(diff.changedSystems)
        var other: [Entry] = []
        for (kind, entities) in [("touchpoints", diff.touchpoints), ("case_types", diff.caseTypes),
                                 ("campaigns", diff.campaigns), ("reporting", diff.reporting)] {
            let ids = (entities.added + entities.removed + entities.changed).sorted()
            if !ids.isEmpty { other.append(Entry(id: kind, values: ids)) }
        }
        otherChanges = other
        crm = diff.crm
        simulation = diff.simulation
    }

    /// The empty summary of today's organization.
    init() {
        changes = []
        movedUnits = []
        addedUnits = []
        removedUnits = []
        mergedInto = []
        splitInto = []
        changedUnits = []
        addedHandoffs = []
        removedHandoffs = []
        changedHandoffs = []
        addedSystems = []
        removedSystems = []
        changedSystems = []
        otherChanges = []
        crm = []
        simulation = []
    }

    /// True when the scenario changed nothing.
    public var isEmpty: Bool {
        movedUnits.isEmpty && addedUnits.isEmpty && removedUnits.isEmpty && changedUnits.isEmpty
            && addedHandoffs.isEmpty && removedHandoffs.isEmpty && changedHandoffs.isEmpty && addedSystems.isEmpty
            && removedSystems.isEmpty && changedSystems.isEmpty && otherChanges.isEmpty && crm.isEmpty
            && simulation.isEmpty
    }

    private static func entries(_ map: [String: [String]]) -> [Entry] {
        map.keys.sorted().map { Entry(id: $0, values: map[$0] ?? []) }
    }

    enum CodingKeys: String, CodingKey {
        case changes, crm, simulation
        case movedUnits = "moved_units", addedUnits = "added_units", removedUnits = "removed_units"
        case mergedInto = "merged_into", splitInto = "split_into", changedUnits = "changed_units"
        case addedHandoffs = "added_handoffs", removedHandoffs = "removed_handoffs", changedHandoffs = "changed_handoffs"
        case addedSystems = "added_systems", removedSystems = "removed_systems", changedSystems = "changed_systems"
        case otherChanges = "other_changes"
    }
}
