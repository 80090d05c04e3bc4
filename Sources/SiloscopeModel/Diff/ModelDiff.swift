import SiloscopeModel

/// What differs between two versions of an organization, by id: the one diff every
/// module uses. A scenario's applied result (`AppliedScenario.diff`), `siloscope diff`
/// of two snapshots (``SnapshotDiff``), the before/after pictures, the comparison's JSON
/// and the workshop page all read this type.
///
/// Built by comparing the models entity by entity, so it is right however the changes
/// were made. Comparing by id is literal: a merged or split unit is also in
/// ``removedUnits``, a merge target or split part that is new is also in ``addedUnits``,
/// and the reports that followed a merged unit are also in ``movedUnits``. Merges and
/// splits, which a comparison alone cannot tell from removals and additions, are filled
/// in by whoever knows them (a scenario's records, or ``SnapshotDiff``'s inference);
/// ``unexplainedRemovals``, ``unexplainedAdditions`` and ``ownMoves`` give the lists
/// with those explained changes taken out. Lists are sorted; lookups by unit id are O(1).
public struct ModelDiff: Sendable, Equatable {
    /// A unit whose reporting line changed.
    public struct Move: Sendable, Hashable, Codable {
        /// The unit.
        public var unit: String
        /// Its parent before (`nil` for the root).
        public var from: String?
        /// Its parent after (`nil` for the root).
        public var to: String?

        /// Creates a move.
        public init(unit: String, from: String?, to: String?) {
            self.unit = unit
            self.from = from
            self.to = to
        }
    }

    /// Units in both models whose parent differs, by unit id.
    public internal(set) var movedUnits: [Move] = []
    /// Units only in the second model (new merge targets and split parts included).
    public internal(set) var addedUnits: [String] = []
    /// Units only in the first model (merged and split units included).
    public internal(set) var removedUnits: [String] = []
    /// Units in both models whose other fields differ, with the fields' file names
    /// (`staff`, `case_handlers`, `handling_minutes`, `handling_distribution`, `kpis`,
    /// `head`, `name`, `kind`).
    public var changedUnits: [String: [String]] = [:]
    /// Merged unit ids to the unit they became.
    public var mergedInto: [String: String] = [:]
    /// Split unit ids to their parts.
    public var splitInto: [String: [String]] = [:]
    /// Handoff edges only in the second model.
    public internal(set) var addedHandoffs: [HandoffKey] = []
    /// Handoff edges only in the first model.
    public internal(set) var removedHandoffs: [HandoffKey] = []
    /// Handoff edges in both whose handoffs differ.
    public internal(set) var changedHandoffs: [HandoffKey] = []
    /// Systems only in the second model.
    public var addedSystems: [String] = []
    /// Systems only in the first model (retired).
    public var removedSystems: [String] = []
    /// Systems in both whose fields differ, with the fields' file names.
    public var changedSystems: [String: [String]] = [:]
    /// Touchpoints added, removed and changed.
    public var touchpoints = EntityChanges()
    /// Case types added, removed and changed.
    public var caseTypes = EntityChanges()
    /// Campaigns added, removed and changed.
    public var campaigns = EntityChanges()
    /// Reported KPIs added, removed and changed.
    public var reporting = EntityChanges()
    /// CRM-team fields that differ (`unit`, `functions`, `candidates`), including a moved
    /// CRM unit's placement as `placement`.
    public var crm: [String] = []
    /// Simulation settings that differ (`mode` and parameter names).
    public var simulation: [String] = []

    private var moveIndex: [String: Move] = [:]
    private var addedIndex: Set<String> = []
    private var removedIndex: Set<String> = []
    private var addedHandoffIndex: Set<HandoffKey> = []
    private var removedHandoffIndex: Set<HandoffKey> = []
    private var changedHandoffIndex: Set<HandoffKey> = []

    /// Ids of one kind of entity that were added, removed or changed.
    public struct EntityChanges: Sendable, Equatable, Codable {
        /// Only in the second model.
        public var added: [String] = []
        /// Only in the first model.
        public var removed: [String] = []
        /// In both, with different fields.
        public var changed: [String] = []

        /// Creates an empty set of changes.
        public init() {}

        /// True when nothing differs.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// The diff of a model with itself: nothing differs.
    public init() {}

    /// Compares two models.
    ///
    /// - Complexity: O(n log n) in the size of the models.
    public init(before: OrgModel, after: OrgModel) {
        let oldUnits = Self.byID(before.units, \.id)
        let newUnits = Self.byID(after.units, \.id)
        addedUnits = newUnits.keys.filter { oldUnits[$0] == nil }.sorted()
        removedUnits = oldUnits.keys.filter { newUnits[$0] == nil }.sorted()
        for (id, old) in oldUnits {
            guard let new = newUnits[id] else { continue }
            if old.parent != new.parent { movedUnits.append(Move(unit: id, from: old.parent, to: new.parent)) }
            let fields = Self.unitFields(old, new)
            if !fields.isEmpty { changedUnits[id] = fields }
        }
        movedUnits.sort { $0.unit < $1.unit }

        let oldHandoffs = Dictionary(grouping: before.handoffs) { HandoffKey(from: $0.from, to: $0.to) }
        let newHandoffs = Dictionary(grouping: after.handoffs) { HandoffKey(from: $0.from, to: $0.to) }
        addedHandoffs = newHandoffs.keys.filter { oldHandoffs[$0] == nil }.sorted()
        removedHandoffs = oldHandoffs.keys.filter { newHandoffs[$0] == nil }.sorted()
        changedHandoffs = oldHandoffs.compactMap { key, old in
            newHandoffs[key].flatMap { $0 == old ? nil : key }
        }.sorted()

        let oldSystems = Self.byID(before.systems, \.id)
        let newSystems = Self.byID(after.systems, \.id)
        addedSystems = newSystems.keys.filter { oldSystems[$0] == nil }.sorted()
        removedSystems = oldSystems.keys.filter { newSystems[$0] == nil }.sorted()
        for (id, old) in oldSystems {
            guard let new = newSystems[id] else { continue }
            var fields: [String] = []
            if old.name != new.name { fields.append("name") }
            if old.kind != new.kind { fields.append("kind") }
            if old.owner != new.owner { fields.append("owner") }
            if old.holds != new.holds { fields.append("holds") }
            if old.role != new.role { fields.append("role") }
            if old.copyOf != new.copyOf { fields.append("copy_of") }
            if old.sync != new.sync { fields.append("sync") }
            if !fields.isEmpty { changedSystems[id] = fields }
        }

        touchpoints = Self.entityChanges(before.touchpoints, after.touchpoints, \.id)
        caseTypes = Self.entityChanges(before.caseTypes, after.caseTypes, \.id)
        campaigns = Self.entityChanges(before.campaigns, after.campaigns, \.id)
        reporting = Self.entityChanges(before.reporting, after.reporting, \.id)

        if before.crm?.unit != after.crm?.unit { crm.append("unit") }
        if let unit = after.crm?.unit, before.crm?.unit == unit, oldUnits[unit]?.parent != newUnits[unit]?.parent {
            crm.append("placement")
        }
        if before.crm?.functions != after.crm?.functions { crm.append("functions") }
        if before.crm?.candidates != after.crm?.candidates { crm.append("candidates") }

        if before.simulation.mode != after.simulation.mode { simulation.append("mode") }
        let names = Set(before.simulation.parameters.keys).union(after.simulation.parameters.keys)
        simulation += names.filter { before.simulation.parameters[$0] != after.simulation.parameters[$0] }.sorted()
        reindex()  // property observers do not run inside an initializer
    }

    /// Rebuilds the lookups from the lists; the two initializers (comparing, decoding),
    /// which alone set the lists, end with it.
    mutating func reindex() {
        moveIndex = Self.index(movedUnits, \.unit)
        addedIndex = Set(addedUnits)
        removedIndex = Set(removedUnits)
        addedHandoffIndex = Set(addedHandoffs)
        removedHandoffIndex = Set(removedHandoffs)
        changedHandoffIndex = Set(changedHandoffs)
    }

    /// True when the models are the same.
    public var isEmpty: Bool {
        movedUnits.isEmpty && addedUnits.isEmpty && removedUnits.isEmpty && changedUnits.isEmpty
            && addedHandoffs.isEmpty && removedHandoffs.isEmpty && changedHandoffs.isEmpty
            && addedSystems.isEmpty && removedSystems.isEmpty && changedSystems.isEmpty
            && touchpoints.isEmpty && caseTypes.isEmpty && campaigns.isEmpty && reporting.isEmpty
            && crm.isEmpty && simulation.isEmpty
    }

    /// The move of a unit, if its parent changed.
    public func move(of unit: String) -> Move? { moveIndex[unit] }
    /// True when the unit is only in the second model.
    public func isAdded(_ unit: String) -> Bool { addedIndex.contains(unit) }
    /// True when the unit is only in the first model.
    public func isRemoved(_ unit: String) -> Bool { removedIndex.contains(unit) }
    /// True when the handoff edge is only in the second model.
    public func isAdded(_ edge: HandoffKey) -> Bool { addedHandoffIndex.contains(edge) }
    /// True when the handoff edge is only in the first model.
    public func isRemoved(_ edge: HandoffKey) -> Bool { removedHandoffIndex.contains(edge) }
    /// True when the handoff edge is in both models with different handoffs.
    public func isChanged(_ edge: HandoffKey) -> Bool { changedHandoffIndex.contains(edge) }

    /// Units that other units were merged into.
    public var mergeTargets: Set<String> { Set(mergedInto.values) }
    /// Units a split produced.
    public var splitParts: Set<String> { Set(splitInto.values.flatMap { $0 }) }
    /// Removed units that were neither merged nor split.
    public var unexplainedRemovals: [String] { removedUnits.filter { mergedInto[$0] == nil && splitInto[$0] == nil } }
    /// Added units that are not parts of a split. A new unit that others were merged
    /// into stays listed: nothing else names it as new.
    public var unexplainedAdditions: [String] {
        let parts = splitParts
        return addedUnits.filter { !parts.contains($0) }
    }
    /// Moves a unit made of its own: not the reports that followed their unit into a
    /// merge target or a split part.
    public var ownMoves: [Move] {
        movedUnits.filter { move in
            guard let from = move.from, let to = move.to else { return true }
            return mergedInto[from] != to && !(splitInto[from]?.contains(to) ?? false)
        }
    }

    /// Two diffs are equal when they list the same differences (the lookups follow).
    public static func == (lhs: ModelDiff, rhs: ModelDiff) -> Bool {
        lhs.movedUnits == rhs.movedUnits && lhs.addedUnits == rhs.addedUnits && lhs.removedUnits == rhs.removedUnits
            && lhs.changedUnits == rhs.changedUnits && lhs.mergedInto == rhs.mergedInto && lhs.splitInto == rhs.splitInto
            && lhs.addedHandoffs == rhs.addedHandoffs && lhs.removedHandoffs == rhs.removedHandoffs
            && lhs.changedHandoffs == rhs.changedHandoffs && lhs.addedSystems == rhs.addedSystems
            && lhs.removedSystems == rhs.removedSystems && lhs.changedSystems == rhs.changedSystems
            && lhs.touchpoints == rhs.touchpoints && lhs.caseTypes == rhs.caseTypes && lhs.campaigns == rhs.campaigns
            && lhs.reporting == rhs.reporting && lhs.crm == rhs.crm && lhs.simulation == rhs.simulation
    }

    private static func index<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
        Dictionary(items.map { (id($0), $0) }) { first, _ in first }
    }

    private static func byID<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
        var result: [String: T] = [:]
        result.reserveCapacity(items.count)
        for item in items where result[id(item)] == nil { result[id(item)] = item }
        return result
    }

    private static func entityChanges<T: Equatable>(_ old: [T], _ new: [T], _ id: (T) -> String) -> EntityChanges {
        let before = byID(old, id)
        let after = byID(new, id)
        var changes = EntityChanges()
        changes.added = after.keys.filter { before[$0] == nil }.sorted()
        changes.removed = before.keys.filter { after[$0] == nil }.sorted()
        changes.changed = before.compactMap { key, value in after[key].flatMap { $0 == value ? nil : key } }.sorted()
        return changes
    }

    /// The file names of the fields (other than `parent`) that differ between two
    /// versions of a unit.
    public static func unitFields(_ old: Unit, _ new: Unit) -> [String] {
        var fields: [String] = []
        if old.name != new.name { fields.append("name") }
        if old.kind != new.kind { fields.append("kind") }
        if old.staff != new.staff { fields.append("staff") }
        if old.caseHandlers != new.caseHandlers { fields.append("case_handlers") }
        if old.handlingMinutes != new.handlingMinutes { fields.append("handling_minutes") }
        if old.handlingDistribution != new.handlingDistribution { fields.append("handling_distribution") }
        if old.kpis != new.kpis { fields.append("kpis") }
        if old.head != new.head { fields.append("head") }
        return fields
    }
}
