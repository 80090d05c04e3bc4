import SiloscopeModel

/// The union of two organizations as one model, for laying both out at once.
///
/// Units in both that did not move keep their id. A relocated unit (it or a unit above it
/// moved) appears twice: at its old place under a ghost id, at its new place under its
/// own id. Removed units hang under their old parents, added units under their new ones.
struct BeforeAfterUnion: Sendable {
    /// The union model (units only; reporting lines form one tree).
    let model: OrgModel
    let before: OrgModel
    let after: OrgModel
    let changes: ModelDiff
    /// Units in both models whose place changes because they or a unit above them (after
    /// the change) moved: they get a position in each picture.
    let relocatedUnits: Set<String>
    private let beforeUnits: [String: SiloscopeModel.Unit]
    private let afterUnits: [String: SiloscopeModel.Unit]

    /// Prefix of the union ids of relocated units' old places (no model id starts with it).
    static let ghostPrefix = "\u{27E8}before\u{27E9} "

    init(before: OrgModel, after: OrgModel, changes: ModelDiff) throws(RenderingError) {
        self.before = before
        self.after = after
        self.changes = changes
        beforeUnits = Dictionary(before.units.map { ($0.id, $0) }) { first, _ in first }
        afterUnits = Dictionary(after.units.map { ($0.id, $0) }) { first, _ in first }
        relocatedUnits = Self.relocated(after: after, changes: changes, beforeUnits: beforeUnits)
        let relocated = relocatedUnits
        let beforeRoot = before.units.first { $0.parent == nil }?.id
        let afterRoot = after.units.first { $0.parent == nil }?.id
        guard beforeRoot == afterRoot else {
            throw .invalidDiagram(
                "the two organizations have different roots ('\(beforeRoot ?? "none")' and '\(afterRoot ?? "none")'), "
                    + "so they cannot share one layout")
        }
        var units: [SiloscopeModel.Unit] = []
        for unit in before.units {
            if relocated.contains(unit.id) || changes.isRemoved(unit.id) {
                var copy = unit
                copy.id = Self.beforeID(unit.id, relocated: relocated)
                copy.parent = unit.parent.map { Self.beforeID($0, relocated: relocated) }
                units.append(copy)
            } else if let shared = afterUnits[unit.id] {
                units.append(shared)
            }
        }
        for unit in after.units where changes.isAdded(unit.id) || relocated.contains(unit.id) {
            units.append(unit)
        }
        model = OrgModel(organization: after.organization, units: units)
    }

    /// The union id of a unit's place in the before picture.
    func beforeID(_ id: String) -> String { Self.beforeID(id, relocated: relocatedUnits) }

    private static func beforeID(_ id: String, relocated: Set<String>) -> String {
        relocated.contains(id) ? ghostPrefix + id : id
    }

    /// Units in both models that moved or sit (after the change) under a unit that moved.
    private static func relocated(after: OrgModel, changes: ModelDiff,
                                  beforeUnits: [String: SiloscopeModel.Unit]) -> Set<String> {
        guard !changes.movedUnits.isEmpty else { return [] }
        let parents = Dictionary(after.units.map { ($0.id, $0.parent) }) { first, _ in first }
        var relocated = Set<String>()
        for unit in after.units where beforeUnits[unit.id] != nil {
            var current: String? = unit.id
            var steps = 0
            while let id = current, steps <= parents.count {
                if changes.move(of: id) != nil {
                    relocated.insert(unit.id)
                    break
                }
                current = parents[id] ?? nil
                steps += 1
            }
        }
        return relocated
    }

    /// A unit of the before model.
    func beforeUnit(_ id: String) -> SiloscopeModel.Unit? { beforeUnits[id] }

    /// A unit of the after model.
    func afterUnit(_ id: String) -> SiloscopeModel.Unit? { afterUnits[id] }

    /// A unit's display name, after the change if it exists then, else before.
    func name(_ id: String?) -> String {
        guard let id else { return "nobody" }
        return afterUnits[id]?.name ?? beforeUnits[id]?.name ?? id
    }

    /// What changed in a unit's fields, in words: "staff 420 → 460 · KPIs".
    func fieldChanges(_ id: String, language: Language = .en) -> String? {
        guard let fields = changes.changedUnits[id], let old = beforeUnits[id], let new = afterUnits[id] else { return nil }
        // The handling time's mean and its distribution are one thing to a reader.
        var shown: [String] = []
        for field in fields.map({ $0 == "handling_distribution" ? "handling_minutes" : $0 }) where !shown.contains(field) {
            shown.append(field)
        }
        return shown.map { field in
            let name = language.fieldName(field)
            switch field {
            case "staff": return "\(name) \(old.staff) → \(new.staff)"
            case "head": return "\(name): \(new.head ?? "—")"
            default: return name
            }
        }.joined(separator: " · ")
    }

    /// What happened to a unit that is gone, in words.
    func fate(_ id: String, language: Language = .en) -> String {
        if let target = changes.mergedInto[id] { return language.pick("merged into ", "birleşti: ") + name(target) }
        if let parts = changes.splitInto[id] {
            return language.pick("split into ", "bölündü: ") + parts.map { name($0) }.joined(separator: ", ")
        }
        return language.pick("removed", "kaldırıldı")
    }
}
