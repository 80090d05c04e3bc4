import SiloscopeGraph
import SiloscopeModel

/// Which units the before, after and diff pictures of a large organization draw: one set
/// shared by both organizations, so the pictures keep one layout and a collapsed subtree
/// is the same box in each ("+37 units, 1,240 people", with each side's people).
///
/// The rules are ``OrgCollapse``'s (focus, depth, the box limit), applied to one tree
/// holding both organizations (each unit under its manager after the change, removed
/// units under their manager before it), with every unit that changed kept: units only
/// in one organization, units whose fields or manager differ, merged and split units and
/// what they became, the ends of handoffs added, removed or changed, and the units passed
/// in `keep` (the ends of edges carrying friction). Kept units are drawn with their
/// managers in both organizations. A hidden unit's path up to its box passes no unit that
/// moved (those are kept), so it is hidden in the same box before and after.
public struct BeforeAfterCollapse: Sendable {
    /// The organization today, reduced to the drawn units.
    public var before: OrgCollapse.Result
    /// The organization after the changes, reduced to the drawn units.
    public var after: OrgCollapse.Result
    /// Distinct units in either organization.
    public var totalUnits: Int
    /// Distinct units drawn in either picture.
    public var drawnUnits: Int
    /// Units kept because they changed (before their managers are added).
    public var changedUnits: Set<String>
    /// Whether the box limit collapsed more than depth and focus asked.
    public var collapsedAutomatically: Bool

    /// Units not drawn in either picture.
    public var hiddenUnits: Int { totalUnits - drawnUnits }

    /// The note for the pictures and the terminal, or `nil` when every unit is drawn:
    /// what was collapsed, that every change is drawn, and the flags that expand it.
    public func note(language: Language, flags: String) -> String? {
        guard hiddenUnits > 0 else { return nil }
        return OrgCollapse.note(drawn: drawnUnits, of: totalUnits, automatic: collapsedAutomatically, keepsChanges: true,
                                language: language, flags: flags)
    }
}

extension OrgCollapse {
    /// Applies the rules to two versions of an organization at once.
    ///
    /// - Parameters:
    ///   - before: The organization today (validated).
    ///   - after: The organization after the changes (validated).
    ///   - mergedInto: Merged unit ids to the unit they became.
    ///   - splitInto: Split unit ids to their parts.
    ///   - extra: Further units to keep drawn (for example the ends of edges with friction).
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when a model's reporting lines do not
    ///   form one tree, the two have different roots, or the focus is in neither.
    /// - Complexity: O(n log n) in the units of both.
    public func apply(before: OrgModel, after: OrgModel, mergedInto: [String: String] = [:],
                      splitInto: [String: [String]] = [:], keeping extra: Set<String> = []) throws(RenderingError)
        -> BeforeAfterCollapse {
        let beforeGraph = try Self.graph(before), afterGraph = try Self.graph(after)
        guard beforeGraph.ids[beforeGraph.root] == afterGraph.ids[afterGraph.root] else {
            throw .invalidDiagram(
                "the two organizations have different roots ('\(beforeGraph.ids[beforeGraph.root])' and "
                    + "'\(afterGraph.ids[afterGraph.root])'), so they cannot share one layout")
        }
        let changed = Self.changedUnits(before: before, after: after, mergedInto: mergedInto, splitInto: splitInto)

        // Kept units with their managers on both sides, so each side's drawn set is whole.
        var kept = Set<String>()
        let seeds = changed.union(extra).union(keep).union([before.crm?.unit, after.crm?.unit].compactMap { $0 })
        for graph in [beforeGraph, afterGraph] {
            var seen = [Bool](repeating: false, count: graph.count)
            for id in seeds {
                guard var unit = graph.index[id] else { continue }
                while unit >= 0, !seen[unit] {
                    seen[unit] = true
                    kept.insert(graph.ids[unit])
                    unit = graph.parent[unit]
                }
            }
        }

        // One tree of both: every unit under its manager after the change; units that are
        // gone under their manager before it.
        var both = after
        both.units += before.units.filter { afterGraph.index[$0.id] == nil }
        both.handoffs = []
        let bothGraph = try Self.graph(both)
        let totals = Self.subtreeTotals(bothGraph, model: both)
        let (drawn, automatic) = try choose(bothGraph, people: totals.people, keeping: kept)
        let drawnIDs = Set((0..<bothGraph.count).filter { drawn[$0] }.map { bothGraph.ids[$0] })

        func reduced(_ model: OrgModel, _ graph: OrgGraph) -> OrgCollapse.Result {
            let side = Self.subtreeTotals(graph, model: model)
            let mask = graph.ids.map { drawnIDs.contains($0) }
            return Self.reduce(model, graph: graph, drawn: mask, units: side.units, people: side.people, automatic: automatic)
        }
        return BeforeAfterCollapse(before: reduced(before, beforeGraph), after: reduced(after, afterGraph),
                                   totalUnits: bothGraph.count, drawnUnits: drawnIDs.count, changedUnits: changed,
                                   collapsedAutomatically: automatic)
    }

    /// Units that differ between the two models: in one only, with other fields or another
    /// manager, merged or split or made by a merge or split, or at an end of a handoff edge
    /// added, removed or changed.
    static func changedUnits(before: OrgModel, after: OrgModel, mergedInto: [String: String],
                             splitInto: [String: [String]]) -> Set<String> {
        let old = Dictionary(before.units.map { ($0.id, $0) }) { first, _ in first }
        let new = Dictionary(after.units.map { ($0.id, $0) }) { first, _ in first }
        var changed = Set(old.keys.filter { old[$0] != new[$0] })
        changed.formUnion(new.keys.filter { old[$0] == nil })
        changed.formUnion(mergedInto.keys)
        changed.formUnion(mergedInto.values)
        changed.formUnion(splitInto.keys)
        changed.formUnion(splitInto.values.joined())
        let oldHandoffs = Dictionary(grouping: before.handoffs, by: HandoffKey.init)
        let newHandoffs = Dictionary(grouping: after.handoffs, by: HandoffKey.init)
        for key in Set(oldHandoffs.keys).union(newHandoffs.keys) where oldHandoffs[key] != newHandoffs[key] {
            changed.insert(key.from)
            changed.insert(key.to)
        }
        return changed
    }
}
