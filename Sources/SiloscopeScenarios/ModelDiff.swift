import SiloscopeModel

/// What differs between two models, by id: what a before/after diagram highlights and
/// what a comparison table lists.
///
/// Built by comparing the models entity by entity, so it is right however the changes
/// were made; merges and splits, which a comparison alone cannot tell from removals and
/// additions, are filled in from a scenario's ``ChangeRecord``s by
/// ``init(before:after:records:)``. Every list is sorted.
public struct ModelDiff: Sendable, Equatable {
    /// A unit whose reporting line changed.
    public struct Move: Sendable, Hashable {
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

    /// Units in both models whose parent differs.
    public var movedUnits: [Move] = []
    /// Units only in the second model.
    public var addedUnits: [String] = []
    /// Units only in the first model.
    public var removedUnits: [String] = []
    /// Units in both models whose other fields differ, with the fields' file names.
    public var changedUnits: [String: [String]] = [:]
    /// Merged unit ids to the unit they became (from the records).
    public var mergedInto: [String: String] = [:]
    /// Split unit ids to their parts (from the records).
    public var splitInto: [String: [String]] = [:]
    /// Handoff edges only in the second model.
    public var addedHandoffs: [HandoffKey] = []
    /// Handoff edges only in the first model.
    public var removedHandoffs: [HandoffKey] = []
    /// Handoff edges in both whose handoffs differ.
    public var changedHandoffs: [HandoffKey] = []
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

    /// Ids of one kind of entity that were added, removed or changed.
    public struct EntityChanges: Sendable, Equatable {
        /// Only in the second model.
        public var added: [String] = []
        /// Only in the first model.
        public var removed: [String] = []
        /// In both, with different fields.
        public var changed: [String] = []

        /// True when nothing differs.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

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
    }

    /// Compares two models and takes merges and splits from a scenario's records.
    public init(before: OrgModel, after: OrgModel, records: [ChangeRecord]) {
        self.init(before: before, after: after)
        for effect in records.flatMap(\.effects) {
            switch effect {
            case let .unitsMerged(units, into):
                // A unit merged twice ends where the last merge put it.
                for (old, target) in mergedInto where target != into && units.contains(target) { mergedInto[old] = into }
                for unit in units where unit != into { mergedInto[unit] = into }
            case let .unitSplit(unit, parts):
                splitInto[unit] = parts
            default:
                break
            }
        }
    }

    /// True when the models are the same.
    public var isEmpty: Bool {
        movedUnits.isEmpty && addedUnits.isEmpty && removedUnits.isEmpty && changedUnits.isEmpty
            && addedHandoffs.isEmpty && removedHandoffs.isEmpty && changedHandoffs.isEmpty
            && addedSystems.isEmpty && removedSystems.isEmpty && changedSystems.isEmpty
            && touchpoints.isEmpty && caseTypes.isEmpty && campaigns.isEmpty && reporting.isEmpty
            && crm.isEmpty && simulation.isEmpty
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
    static func unitFields(_ old: Unit, _ new: Unit) -> [String] {
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
