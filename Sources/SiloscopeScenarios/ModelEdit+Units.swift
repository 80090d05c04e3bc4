import SiloscopeModel

/// `move`, `move_crm`, `set_unit` and `add_unit`.
extension ModelEdit {
    mutating func move(_ id: String, to target: String, unitField: String) {
        let moved = unit(id, field: unitField)
        let parent = unit(target, field: "to")
        guard let moved, let parent else { return }
        if id == target {
            error("a unit cannot report to itself ('\(id)'); expected another unit", field: "to")
            return
        }
        guard model.units[moved].parent != nil else {
            error("'\(id)' is the root of the org chart: every unit reports to it, so it cannot be placed under '\(target)'", field: unitField)
            return
        }
        if let chain = reportingChain(from: parent, upTo: id) {
            error("cannot move '\(id)' under '\(target)': '\(target)' reports to '\(id)' (\(Self.shown(chain))), so the move would make a reporting cycle; expected a unit outside the part of the org chart under '\(id)'",
                  field: "to")
            return
        }
        let old = model.units[moved].parent
        guard old != target else {
            summary = "'\(id)' already reports to '\(target)'; nothing to change"
            return
        }
        model.units[moved].parent = target
        effects.append(.unitMoved(unit: id, from: old, to: target))
        summary = "moved '\(id)' from under '\(old ?? "nobody")' to under '\(target)'"
    }

    mutating func moveCRM(to target: String) {
        guard let crm = model.crm, !crm.unit.isEmpty else {
            error("the model has no CRM team (a 'crm:' section with 'unit'); use 'move' with the unit's id", field: nil)
            return
        }
        move(crm.unit, to: target, unitField: "to")
    }

    /// The reporting chain from `start` up to the unit `ancestor`, both included, or `nil`
    /// when `start` is not below `ancestor`. Bounded, so a cycle cannot loop.
    func reportingChain(from start: Int, upTo ancestor: String) -> [String]? {
        var chain = [model.units[start].id]
        var current = start
        for _ in 0..<model.units.count {
            guard let parentID = model.units[current].parent, let next = index.units[parentID] else { return nil }
            chain.append(parentID)
            if parentID == ancestor { return chain }
            current = next
        }
        return nil
    }

    /// `a → b → c`, shortened in the middle for long chains.
    static func shown(_ chain: [String]) -> String {
        let parts = chain.count > 8 ? Array(chain.prefix(3)) + ["…"] + Array(chain.suffix(3)) : chain
        return parts.joined(separator: " → ")
    }

    mutating func setUnits(_ ids: [String], _ edit: UnitEdit) {
        let single = ids.count == 1 && change.fieldPositions["units"] == nil
        var changed: [String] = []
        for (offset, id) in ids.enumerated() {
            let field = single ? "unit" : "units[\(offset)]"
            guard let position = unit(id, field: field) else { continue }
            var unit = model.units[position]
            let before = unit
            if let name = edit.name { unit.name = name }
            if let kind = edit.kind { unit.kind = kind }
            if let staff = edit.staff { unit.staff = staff }
            if let handlers = edit.caseHandlers { unit.caseHandlers = handlers }
            if let minutes = edit.handlingMinutes { unit.handlingMinutes = minutes }
            if let distribution = edit.handlingDistribution { unit.handlingDistribution = distribution }
            if let head = edit.head { unit.head = head }
            if let kpis = edit.kpis { unit.kpis = kpis }
            for (kpiOffset, name) in edit.removeKPIs.enumerated() {
                if let found = unit.kpis.firstIndex(where: { $0.name == name }) {
                    unit.kpis.remove(at: found)
                } else {
                    let hint = Suggestion.hint(for: name, among: unit.kpis.map(\.name))
                    let list = unit.kpis.isEmpty ? "it has none" : "it has " + unit.kpis.map { "'\($0.name)'" }.joined(separator: ", ")
                    error("unit '\(id)' has no KPI named '\(name)'\(hint); \(list)", field: "remove_kpis[\(kpiOffset)]")
                }
            }
            for kpi in edit.addKPIs {
                if let found = unit.kpis.firstIndex(where: { $0.name == kpi.name }) {
                    unit.kpis[found] = kpi
                } else {
                    unit.kpis.append(kpi)
                }
            }
            let fields = ModelDiff.unitFields(before, unit)
            model.units[position] = unit
            if !fields.isEmpty {
                effects.append(.unitChanged(unit: id, fields: fields))
                changed.append("'\(id)' (\(fields.joined(separator: ", ")))")
            }
        }
        summary = changed.isEmpty ? "nothing to change: the units already have these values" : "changed " + changed.joined(separator: ", ")
    }

    mutating func addUnit(_ new: Unit) {
        requireNew(new.id, noun: "unit", exists: index.units[new.id] != nil, field: "id")
        if let parent = new.parent { _ = unit(parent, field: "parent") }
        guard !failed else { return }
        model.units.append(new)
        effects.append(.unitAdded(new.id))
        summary = "added unit '\(new.id)' (\(new.staff) staff) under '\(new.parent ?? "nobody")'"
    }
}
