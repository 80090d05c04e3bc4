import SiloscopeModel

/// `split`: one unit becomes several.
extension ModelEdit {
    mutating func split(_ id: String, into parts: [SplitPart]) {
        guard let position = unit(id, field: "unit") else { return }
        guard parts.count >= 2 else {
            error("a split needs at least two parts, found \(parts.count)", field: "into")
            return
        }
        let original = model.units[position]
        for (offset, part) in parts.enumerated() where part.id != id {
            requireNew(part.id, noun: "unit", exists: index.units[part.id] != nil, field: "into[\(offset)].id")
        }
        let claims = splitClaims(id, parts)
        guard !failed else { return }

        let totalStaff = parts.reduce(0) { $0 + $1.staff }
        let shares = parts.map { Double($0.staff) / Double(max(totalStaff, 1)) }
        let newUnits = parts.map { part in
            Unit(
                id: part.id,
                name: part.name ?? (part.id == id ? original.name : part.id),
                kind: part.kind ?? original.kind,
                parent: original.parent,
                staff: part.staff,
                caseHandlers: part.caseHandlers ?? original.caseHandlers.map { handlers in
                    min(part.staff, max(1, Int((Double(handlers) * Double(part.staff) / Double(original.staff)).rounded())))
                },
                handlingMinutes: part.handlingMinutes ?? original.handlingMinutes,
                handlingDistribution: original.handlingDistribution,
                kpis: part.kpis ?? original.kpis,
                head: part.id == id ? original.head : nil)
        }
        model.units.replaceSubrange(position...position, with: newUnits)

        let first = parts[0].id
        func owner(_ kind: String, _ item: String) -> String { claims[kind]?[item] ?? first }
        for child in model.units.indices where model.units[child].parent == id && !parts.contains(where: { $0.id == model.units[child].id }) {
            let target = owner("children", model.units[child].id)
            if target != id { effects.append(.unitMoved(unit: model.units[child].id, from: id, to: target)) }
            model.units[child].parent = target
        }
        for item in model.touchpoints.indices where model.touchpoints[item].unit == id {
            let target = owner("touchpoints", model.touchpoints[item].id)
            if target != id { effects.append(.touchpointChanged(touchpoint: model.touchpoints[item].id, fields: ["unit"])) }
            model.touchpoints[item].unit = target
        }
        for item in model.caseTypes.indices where model.caseTypes[item].owner == id {
            let target = owner("case_types", model.caseTypes[item].id)
            if target != id { effects.append(.caseTypeChanged(caseType: model.caseTypes[item].id, fields: ["owner"])) }
            model.caseTypes[item].owner = target
        }
        for item in model.campaigns.indices where model.campaigns[item].owner == id {
            let target = owner("campaigns", model.campaigns[item].id)
            if target != id { effects.append(.campaignChanged(campaign: model.campaigns[item].id, fields: ["owner"])) }
            model.campaigns[item].owner = target
        }
        for item in model.systems.indices where model.systems[item].owner == id {
            let target = owner("systems", model.systems[item].id)
            if target != id { effects.append(.systemChanged(system: model.systems[item].id, fields: ["owner"])) }
            model.systems[item].owner = target
        }
        for item in model.reporting.indices where model.reporting[item].producedBy.contains(id) {
            let target = owner("reporting", model.reporting[item].id)
            model.reporting[item].producedBy = Self.unique(model.reporting[item].producedBy.map { $0 == id ? target : $0 })
            if target != id { effects.append(.reportingChanged(kpi: model.reporting[item].id, fields: ["produced_by"])) }
        }
        if var crm = model.crm, crm.unit == id || crm.candidates.contains(id) {
            var fields: [String] = []
            if crm.unit == id, first != id { crm.unit = first; fields.append("unit") }
            if crm.candidates.contains(id), first != id {
                crm.candidates = Self.unique(crm.candidates.map { $0 == id ? first : $0 }).filter { $0 != crm.unit }
                fields.append("candidates")
            }
            model.crm = crm
            if !fields.isEmpty { effects.append(.crmChanged(fields: fields)) }
        }
        splitHandoffs(id, parts: parts.map(\.id), shares: shares)
        splitRouting(id, parts: parts.map(\.id), shares: shares)

        effects.insert(.unitSplit(unit: id, into: parts.map(\.id)), at: 0)
        if parts.contains(where: { $0.id == id }) {
            if let kept = newUnits.first(where: { $0.id == id }) {
                let fields = ModelDiff.unitFields(original, kept)
                if !fields.isEmpty { effects.insert(.unitChanged(unit: id, fields: fields), at: 1) }
            }
        } else {
            effects.insert(.unitRemoved(id), at: 1)
            removed["unit:\(id)"] = "split into \(parts.map { "'\($0.id)'" }.joined(separator: ", ")) by \(lineText)"
        }
        for part in parts where part.id != id { effects.append(.unitAdded(part.id)) }
        summary = "split '\(id)' (\(original.staff) staff) into " + parts.map { "'\($0.id)' (\($0.staff))" }.joined(separator: ", ")
    }

    /// What each part claims, by kind (`children`, `touchpoints`, ...) and item id, after
    /// checking that each claimed item belongs to the split unit and is claimed once.
    private mutating func splitClaims(_ id: String, _ parts: [SplitPart]) -> [String: [String: String]] {
        var claims: [String: [String: String]] = [:]
        for (offset, part) in parts.enumerated() {
            let lists: [(String, [String], String)] = [
                ("children", part.children, "unit"), ("touchpoints", part.touchpoints, "touchpoint"),
                ("case_types", part.caseTypes, "case type"), ("campaigns", part.campaigns, "campaign"),
                ("systems", part.systems, "system"), ("reporting", part.reporting, "reported KPI"),
            ]
            for (kind, items, noun) in lists {
                for (itemOffset, item) in items.enumerated() {
                    let field = "into[\(offset)].\(kind)[\(itemOffset)]"
                    switch belongs(kind, item, to: id) {
                    case nil:
                        error(unknown(noun, item, among: candidates(kind)), field: field)
                    case false?:
                        error("\(noun) '\(item)' does not belong to '\(id)', so part '\(part.id)' cannot take it; expected one of \(id)'s \(kind.replacingOccurrences(of: "_", with: " "))",
                              field: field)
                    case true?:
                        if let other = claims[kind]?[item] {
                            error("\(noun) '\(item)' is claimed by both '\(other)' and '\(part.id)'; expected each to go to one part", field: field)
                        } else {
                            claims[kind, default: [:]][item] = part.id
                        }
                    }
                }
            }
        }
        return claims
    }

    /// Whether an item of a kind belongs to unit `id`; `nil` when there is no such item.
    private func belongs(_ kind: String, _ item: String, to id: String) -> Bool? {
        switch kind {
        case "children": index.units[item].map { model.units[$0].parent == id }
        case "touchpoints": index.touchpoints[item].map { model.touchpoints[$0].unit == id }
        case "case_types": index.caseTypes[item].map { model.caseTypes[$0].owner == id }
        case "campaigns": index.campaigns[item].map { model.campaigns[$0].owner == id }
        case "systems": index.systems[item].map { model.systems[$0].owner == id }
        default: model.reporting.first { $0.id == item }.map { $0.producedBy.contains(id) }
        }
    }

    private func candidates(_ kind: String) -> [String] {
        switch kind {
        case "children": model.units.map(\.id)
        case "touchpoints": model.touchpoints.map(\.id)
        case "case_types": model.caseTypes.map(\.id)
        case "campaigns": model.campaigns.map(\.id)
        case "systems": model.systems.map(\.id)
        default: model.reporting.map(\.id)
        }
    }

    /// Every handoff to or from the split unit is copied to every part, its declared
    /// volume shared in proportion to the parts' staff.
    private mutating func splitHandoffs(_ id: String, parts: [String], shares: [Double]) {
        var result: [Handoff] = []
        for handoff in model.handoffs {
            guard handoff.from == id || handoff.to == id else {
                result.append(handoff)
                continue
            }
            let old = HandoffKey(from: handoff.from, to: handoff.to)
            for (part, share) in zip(parts, shares) {
                var copy = handoff
                if copy.from == id { copy.from = part }
                if copy.to == id { copy.to = part }
                copy.volumePerDay = handoff.volumePerDay.map { $0 * share }
                let new = HandoffKey(from: copy.from, to: copy.to)
                if new != old {
                    effects.append(.handoffRedirected(from: old, to: new))
                } else if copy.volumePerDay != handoff.volumePerDay {
                    effects.append(.handoffChanged(old, fields: ["volume_per_day"]))
                }
                result.append(copy)
            }
        }
        model.handoffs = result
    }

    /// The routing row of the split unit is copied to every part; probabilities of going
    /// to it are shared among the parts in proportion to their staff.
    private mutating func splitRouting(_ id: String, parts: [String], shares: [Double]) {
        guard model.routing.contains(where: { $0.from == id || $0.to.contains { $0.unit == id } }) else { return }
        var rows: [RoutingRow] = []
        for row in model.routing {
            var targets: [RoutingTarget] = []
            for target in row.to {
                if target.unit == id {
                    targets += zip(parts, shares).map { RoutingTarget(unit: $0, probability: target.probability * $1) }
                } else {
                    targets.append(target)
                }
            }
            if row.from == id {
                rows += parts.map { RoutingRow(from: $0, to: targets) }
            } else {
                rows.append(RoutingRow(from: row.from, to: targets))
            }
        }
        model.routing = rows
        effects.append(.simulationChanged(fields: ["routing"]))
    }
}
