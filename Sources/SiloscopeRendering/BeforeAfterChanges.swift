import SiloscopeModel

/// What differs between two versions of an organization, as the before/after pictures
/// highlight it.
///
/// Computed from the two models, so it is right however the second was made; merges and
/// splits cannot be told from removals and additions by comparing models, so they are
/// passed in (a scenario's `ModelDiff.mergedInto` and `ModelDiff.splitInto`).
public struct BeforeAfterChanges: Sendable, Equatable {
    /// A unit's reporting line before and after.
    public struct ParentChange: Sendable, Hashable {
        /// The parent before (`nil` for the root).
        public var from: String?
        /// The parent after (`nil` for the root).
        public var to: String?
    }

    /// Units in both models whose parent changed.
    public var movedUnits: [String: ParentChange]
    /// Units in both models whose place changes because they or a unit above them moved:
    /// they get a position in each picture.
    public var relocatedUnits: Set<String>
    /// Units only in the second model (merge targets and split parts included).
    public var addedUnits: Set<String>
    /// Units only in the first model (merged and split units included).
    public var removedUnits: Set<String>
    /// Merged unit ids to the unit they became.
    public var mergedInto: [String: String]
    /// Split unit ids to their parts.
    public var splitInto: [String: [String]]
    /// Units in both whose other fields changed, with the fields' names.
    public var changedUnits: [String: [String]]
    /// Handoff edges only in the second model.
    public var addedHandoffs: Set<HandoffKey>
    /// Handoff edges only in the first model.
    public var removedHandoffs: Set<HandoffKey>
    /// Handoff edges in both whose handoffs differ.
    public var changedHandoffs: Set<HandoffKey>

    /// Compares two models.
    ///
    /// - Parameters:
    ///   - before: The organization today.
    ///   - after: The organization after the changes.
    ///   - mergedInto: Merged unit ids to the unit they became (from the scenario).
    ///   - splitInto: Split unit ids to their parts (from the scenario).
    /// - Complexity: O(units + handoffs).
    public init(before: OrgModel, after: OrgModel, mergedInto: [String: String] = [:],
                splitInto: [String: [String]] = [:]) {
        let old = Dictionary(before.units.map { ($0.id, $0) }) { first, _ in first }
        let new = Dictionary(after.units.map { ($0.id, $0) }) { first, _ in first }
        addedUnits = Set(new.keys.filter { old[$0] == nil })
        removedUnits = Set(old.keys.filter { new[$0] == nil })
        var moved: [String: ParentChange] = [:]
        var changed: [String: [String]] = [:]
        for (id, unit) in old {
            guard let other = new[id] else { continue }
            if unit.parent != other.parent { moved[id] = ParentChange(from: unit.parent, to: other.parent) }
            var fields: [String] = []
            if unit.name != other.name { fields.append("name") }
            if unit.kind != other.kind { fields.append("kind") }
            if unit.staff != other.staff { fields.append("staff") }
            if unit.caseHandlers != other.caseHandlers { fields.append("case handlers") }
            if unit.handlingMinutes != other.handlingMinutes || unit.handlingDistribution != other.handlingDistribution {
                fields.append("handling time")
            }
            if unit.kpis != other.kpis { fields.append("KPIs") }
            if unit.head != other.head { fields.append("head") }
            if !fields.isEmpty { changed[id] = fields }
        }
        movedUnits = moved
        changedUnits = changed
        self.mergedInto = mergedInto
        self.splitInto = splitInto

        // A unit is relocated when it or a unit above it (after the change) moved.
        var relocated = Set<String>()
        for id in new.keys where old[id] != nil {
            var current: String? = id
            var steps = 0
            while let unit = current, steps <= new.count {
                if moved[unit] != nil {
                    relocated.insert(id)
                    break
                }
                current = new[unit]?.parent
                steps += 1
            }
        }
        relocatedUnits = relocated

        let oldHandoffs = Dictionary(grouping: before.handoffs, by: HandoffKey.init)
        let newHandoffs = Dictionary(grouping: after.handoffs, by: HandoffKey.init)
        addedHandoffs = Set(newHandoffs.keys.filter { oldHandoffs[$0] == nil })
        removedHandoffs = Set(oldHandoffs.keys.filter { newHandoffs[$0] == nil })
        changedHandoffs = Set(oldHandoffs.compactMap { key, handoffs in
            newHandoffs[key].flatMap { $0 == handoffs ? nil : key }
        })
    }

    /// Units that other units were merged into.
    public var mergeTargets: Set<String> { Set(mergedInto.values) }

    /// Units a split produced.
    public var splitParts: Set<String> { Set(splitInto.values.flatMap { $0 }) }

    /// True when nothing a diagram shows differs.
    public var isEmpty: Bool {
        movedUnits.isEmpty && addedUnits.isEmpty && removedUnits.isEmpty && changedUnits.isEmpty
            && addedHandoffs.isEmpty && removedHandoffs.isEmpty && changedHandoffs.isEmpty
    }
}
