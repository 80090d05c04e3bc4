import SiloscopeGraph
import SiloscopeModel

/// `merge`: several units become one.
extension ModelEdit {
    mutating func merge(_ ids: [String], into target: MergedUnit) {
        var members: [Int] = []
        for (offset, id) in ids.enumerated() {
            if let found = unit(id, field: "units[\(offset)]") { members.append(found) }
        }
        guard !failed else { return }
        guard members.count >= 2, !target.id.isEmpty else {
            error("a merge needs at least two units and the merged unit's id", field: nil)
            return
        }
        let merged = Set(ids)
        let idField = change.fieldPositions["into.id"] != nil ? "into.id" : "into"
        if !merged.contains(target.id), index.units[target.id] != nil {
            error("'\(target.id)' is already a unit and is not one of the merged units; expected a new id or one of \(ids.map { "'\($0)'" }.joined(separator: ", "))",
                  field: idField)
            return
        }
        guard let parent = mergedParent(members, merged: merged, target: target) else { return }

        // The merged unit takes the place of the first merged unit in the file.
        let units = members.map { model.units[$0] }
        let kept = units.first { $0.id == target.id }
        let staff = units.reduce(0) { $0 + $1.staff }
        let timed = units.filter { $0.handlingMinutes != nil }
        let timedStaff = timed.reduce(0) { $0 + $1.staff }
        let meanMinutes = timed.isEmpty ? nil : timed.reduce(0.0) { $0 + ($1.handlingMinutes ?? 0) * Double($1.staff) } / Double(timedStaff)
        var kpis: [KPI] = []
        for kpi in units.flatMap(\.kpis) where !kpis.contains(where: { $0.name == kpi.name }) { kpis.append(kpi) }
        let kinds = Set(units.map(\.kind))
        let distributions = units.map(\.handlingDistribution)
        let result = Unit(
            id: target.id,
            name: target.name ?? kept?.name ?? target.id,
            kind: target.kind ?? (kinds.count == 1 ? units[0].kind : (kept ?? units[0]).kind),
            parent: parent,
            staff: staff,
            caseHandlers: units.contains { $0.caseHandlers != nil } ? units.reduce(0) { $0 + $1.servers } : nil,
            handlingMinutes: target.handlingMinutes ?? meanMinutes,
            handlingDistribution: distributions.allSatisfy { $0 == distributions[0] } ? distributions[0] : nil,
            kpis: target.kpis ?? kpis,
            head: kept?.head)
        let firstPosition = members.min() ?? 0
        var rebuilt: [Unit] = []
        rebuilt.reserveCapacity(model.units.count - members.count + 1)
        for (position, unit) in model.units.enumerated() {
            if position == firstPosition {
                rebuilt.append(result)
            } else if !merged.contains(unit.id) {
                rebuilt.append(unit)
            }
        }
        model.units = rebuilt

        effects.append(.unitsMerged(units: ids, into: target.id))
        for id in ids where id != target.id {
            effects.append(.unitRemoved(id))
            removed["unit:\(id)"] = "merged into '\(target.id)' by \(lineText)"
        }
        if !merged.contains(target.id) { effects.append(.unitAdded(target.id)) }
        let oldParent = kept?.parent
        if kept != nil, oldParent != parent { effects.append(.unitMoved(unit: target.id, from: oldParent, to: parent)) }

        var rename: [String: String] = [:]
        for id in ids { rename[id] = target.id }
        let reparented = renameUnits(rename)
        summary = "merged \(ids.map { "'\($0)'" }.joined(separator: ", ")) into '\(target.id)' (\(staff) staff) under '\(parent ?? "nobody")'"
            + (reparented > 0 ? "; \(reparented) unit\(reparented == 1 ? "" : "s") reporting to them now report to '\(target.id)'" : "")
    }

    /// The merged unit's parent: the one given (checked), else the lowest common manager
    /// of the merged units, or that manager's parent when it is one of them. `.some(nil)`
    /// for the root; `nil` after an error.
    private mutating func mergedParent(_ members: [Int], merged: Set<String>, target: MergedUnit) -> String?? {
        if let given = target.parent {
            guard let position = unit(given, field: "into.parent") else { return nil }
            if merged.contains(given) {
                error("the merged unit cannot report to '\(given)', one of the units it merges; expected a unit outside the merge",
                      field: "into.parent")
                return nil
            }
            for member in members {
                let id = model.units[member].id
                if let chain = reportingChain(from: position, upTo: id) {
                    error("'\(given)' reports to '\(id)' (\(Self.shown(chain))), which is being merged, so placing the merged unit under it would make a reporting cycle; expected a unit outside the merged units' part of the org chart",
                          field: "into.parent")
                    return nil
                }
            }
            return .some(given)
        }
        guard let graph = try? OrgGraph(model) else {
            error("the org chart is not a single tree here, so the merged unit's parent cannot be found; give 'into.parent'", field: "into")
            return nil
        }
        var manager = members[0]
        for member in members.dropFirst() { manager = graph.lowestCommonManager(manager, member) }
        let managerID = model.units[manager].id
        return .some(merged.contains(managerID) ? model.units[manager].parent : managerID)
    }
}
