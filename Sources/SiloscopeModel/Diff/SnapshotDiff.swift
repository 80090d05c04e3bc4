import SiloscopeModel

/// What changed between two snapshots of one organization (two HR exports imported months
/// apart, or two model files): ``ModelDiff`` with the merges and splits a scenario would
/// have recorded inferred from the snapshots themselves, head count growth and shrinkage,
/// and changed heads.
///
/// Merges and splits are inferred, so the rules are stated (docs/scenarios.md, "Diff of
/// two snapshots"):
/// - **merge**: a removed unit whose former direct reports now all report to one unit
///   that was its sibling (same parent before) or is new beside it; or a removed unit
///   without reports whose one sibling grew by 80–120 % of its staff;
/// - **split**: a removed unit whose place is taken by two or more new units under its
///   former parent, holding its former reports between them or, for a unit without
///   reports, 80–120 % of its staff together.
/// Anything else removed stays "removed". Unit ids are compared as they are: an HR import
/// derives them from department names, so a renamed department is a removal and an
/// addition.
public struct SnapshotDiff: Sendable, Equatable {
    /// A unit's head count in both snapshots.
    public struct Headcount: Sendable, Equatable {
        /// The unit.
        public var unit: String
        /// Staff before.
        public var before: Int
        /// Staff after.
        public var after: Int
        /// The relative change: 0.3 for 30 % growth.
        public var change: Double { before > 0 ? Double(after - before) / Double(before) : 0 }
    }

    /// A unit whose head changed.
    public struct HeadChange: Sendable, Equatable {
        /// The unit.
        public var unit: String
        /// The head before, if any.
        public var before: String?
        /// The head after, if any.
        public var after: String?
    }

    /// The entity-by-entity comparison, with the inferred merges and splits filled in
    /// (``ModelDiff/unexplainedRemovals``, ``ModelDiff/unexplainedAdditions`` and
    /// ``ModelDiff/ownMoves`` leave them out).
    public var diff: ModelDiff
    /// Units in both snapshots whose staff changed, largest relative change first (also in
    /// ``ModelDiff/changedUnits`` as `staff`).
    public var headcount: [Headcount] = []
    /// Units in both snapshots whose `head` changed (also in ``ModelDiff/changedUnits`` as `head`).
    public var heads: [HeadChange] = []

    /// Compares two snapshots.
    ///
    /// - Complexity: O(n log n) in the number of units.
    public init(before: OrgModel, after: OrgModel) {
        diff = ModelDiff(before: before, after: after)
        let old = Dictionary(before.units.map { ($0.id, $0) }) { first, _ in first }
        let new = Dictionary(after.units.map { ($0.id, $0) }) { first, _ in first }
        var reportsBefore: [String: [String]] = [:]
        for unit in before.units { if let parent = unit.parent { reportsBefore[parent, default: []].append(unit.id) } }
        let added = Set(diff.addedUnits)
        var mergedInto: [String: String] = [:]
        var splitInto: [String: [String]] = [:]

        func near(_ value: Int, _ target: Int) -> Bool {
            Double(value) >= 0.8 * Double(target) && Double(value) <= 1.2 * Double(target)
        }
        for id in diff.removedUnits {
            guard let unit = old[id] else { continue }
            let parent = unit.parent
            // New units that took its place beside it.
            let newSiblings = added.filter { new[$0]?.parent == parent }.sorted()
            let reports = (reportsBefore[id] ?? []).filter { new[$0] != nil }
            if !reports.isEmpty {
                let newParents = Set(reports.compactMap { new[$0]?.parent })
                if newParents.count == 1, let target = newParents.first, target != parent,
                   old[target]?.parent == parent || (added.contains(target) && new[target]?.parent == parent) {
                    mergedInto[id] = target
                } else if newParents.count >= 2, newParents.allSatisfy({ added.contains($0) && new[$0]?.parent == parent }) {
                    splitInto[id] = newParents.sorted()
                }
                continue
            }
            // A unit without reports: follow the head count.
            let grownSiblings = after.units.filter { other in
                guard let was = old[other.id], was.parent == parent, other.parent == parent else { return false }
                return near(other.staff - was.staff, unit.staff)
            }
            let partsStaff = newSiblings.reduce(0) { $0 + (new[$1]?.staff ?? 0) }
            if grownSiblings.count == 1 {
                mergedInto[id] = grownSiblings[0].id
            } else if newSiblings.count >= 2, near(partsStaff, unit.staff) {
                splitInto[id] = newSiblings
            }
        }
        // A part claimed by two splits or a merge target claimed by an unrelated removal
        // is ambiguous: keep only unambiguous inferences.
        let claimed = splitInto.values.flatMap { $0 }
        let ambiguous = Set(claimed.filter { part in claimed.filter { $0 == part }.count > 1 })
        splitInto = splitInto.filter { $0.value.allSatisfy { !ambiguous.contains($0) } }
        diff.mergedInto = mergedInto
        diff.splitInto = splitInto

        for unit in before.units {
            guard let other = new[unit.id] else { continue }
            if unit.staff != other.staff { headcount.append(Headcount(unit: unit.id, before: unit.staff, after: other.staff)) }
            if unit.head != other.head { heads.append(HeadChange(unit: unit.id, before: unit.head, after: other.head)) }
        }
        headcount.sort { (abs($0.change), $1.unit) > (abs($1.change), $0.unit) }
        heads.sort { $0.unit < $1.unit }
    }
}
