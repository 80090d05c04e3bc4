import SiloscopeModel

/// Redirecting every reference to renamed units (used by `merge`).
extension ModelEdit {
    /// Replaces unit ids by their new ids everywhere a model refers to a unit: reporting
    /// lines, handoffs (self-handoffs dropped, duplicates combined), touchpoints, case
    /// ownership, campaign and system owners, reported-KPI producers, the CRM team and the
    /// routing table.
    ///
    /// - Returns: how many units now report to a renamed unit.
    mutating func renameUnits(_ rename: [String: String]) -> Int {
        func renamed(_ id: String) -> String { rename[id] ?? id }
        var reparented = 0
        for position in model.units.indices {
            guard let parent = model.units[position].parent, let new = rename[parent] else { continue }
            model.units[position].parent = new
            reparented += 1
            effects.append(.unitMoved(unit: model.units[position].id, from: parent, to: new))
        }
        redirectHandoffs(rename)
        for position in model.touchpoints.indices where rename[model.touchpoints[position].unit] != nil {
            model.touchpoints[position].unit = renamed(model.touchpoints[position].unit)
            effects.append(.touchpointChanged(touchpoint: model.touchpoints[position].id, fields: ["unit"]))
        }
        for position in model.caseTypes.indices where rename[model.caseTypes[position].owner] != nil {
            model.caseTypes[position].owner = renamed(model.caseTypes[position].owner)
            effects.append(.caseTypeChanged(caseType: model.caseTypes[position].id, fields: ["owner"]))
        }
        for position in model.campaigns.indices where rename[model.campaigns[position].owner] != nil {
            model.campaigns[position].owner = renamed(model.campaigns[position].owner)
            effects.append(.campaignChanged(campaign: model.campaigns[position].id, fields: ["owner"]))
        }
        for position in model.systems.indices {
            guard let owner = model.systems[position].owner, rename[owner] != nil else { continue }
            model.systems[position].owner = renamed(owner)
            effects.append(.systemChanged(system: model.systems[position].id, fields: ["owner"]))
        }
        for position in model.reporting.indices where model.reporting[position].producedBy.contains(where: { rename[$0] != nil }) {
            model.reporting[position].producedBy = Self.unique(model.reporting[position].producedBy.map(renamed))
            effects.append(.reportingChanged(kpi: model.reporting[position].id, fields: ["produced_by"]))
        }
        if var crm = model.crm {
            var fields: [String] = []
            if rename[crm.unit] != nil {
                crm.unit = renamed(crm.unit)
                fields.append("unit")
            }
            if crm.candidates.contains(where: { rename[$0] != nil }) {
                crm.candidates = Self.unique(crm.candidates.map(renamed)).filter { $0 != crm.unit }
                fields.append("candidates")
            }
            if !fields.isEmpty {
                model.crm = crm
                effects.append(.crmChanged(fields: fields))
            }
        }
        if model.routing.contains(where: { row in rename[row.from] != nil || row.to.contains { rename[$0.unit] != nil } }) {
            model.routing = Self.mergedRouting(model.routing, rename)
            effects.append(.simulationChanged(fields: ["routing"]))
        }
        return reparented
    }

    /// Redirects handoffs, drops those that became self-handoffs and combines those that
    /// now share sender and receiver.
    ///
    /// Combined handoffs carry every case type either carried (any, when one carried any),
    /// keep the first one's channel, add up their declared volumes, and keep the mean of
    /// their declared context and transfer times weighted by volume (equal weights when a
    /// volume is missing).
    private mutating func redirectHandoffs(_ rename: [String: String]) {
        var mapped: [(key: HandoffKey, handoff: Handoff)] = []
        var touched: Set<HandoffKey> = []
        for handoff in model.handoffs {
            let old = HandoffKey(from: handoff.from, to: handoff.to)
            let new = HandoffKey(from: rename[handoff.from] ?? handoff.from, to: rename[handoff.to] ?? handoff.to)
            if old == new {
                mapped.append((old, handoff))
            } else if new.from == new.to {
                effects.append(.handoffRemoved(old))
            } else {
                effects.append(.handoffRedirected(from: old, to: new))
                var moved = handoff
                moved.from = new.from
                moved.to = new.to
                mapped.append((new, moved))
                touched.insert(new)
            }
        }
        var result: [Handoff] = []
        var firstAt: [HandoffKey: Int] = [:]
        var groups: [Int: [Handoff]] = [:]
        for (key, handoff) in mapped {
            guard touched.contains(key) else {
                result.append(handoff)
                continue
            }
            if let first = firstAt[key] {
                groups[first, default: []].append(handoff)
            } else {
                firstAt[key] = result.count
                groups[result.count] = [handoff]
                result.append(handoff)
            }
        }
        for (position, group) in groups.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            result[position] = Self.combined(group)
            effects.append(.handoffChanged(HandoffKey(from: group[0].from, to: group[0].to), fields: ["combined"]))
        }
        model.handoffs = result
    }

    /// One handoff standing for several between the same two units.
    static func combined(_ group: [Handoff]) -> Handoff {
        var result = group[0]
        result.caseTypes = group.contains { $0.caseTypes.isEmpty } ? [] : unique(group.flatMap(\.caseTypes))
        let volumes = group.compactMap(\.volumePerDay)
        result.volumePerDay = volumes.isEmpty ? nil : volumes.reduce(0, +)
        func weightedMean(_ value: (Handoff) -> Double?) -> Double? {
            let declared = group.filter { value($0) != nil }
            guard !declared.isEmpty else { return nil }
            let useVolume = declared.allSatisfy { ($0.volumePerDay ?? 0) > 0 }
            let weights = declared.map { useVolume ? ($0.volumePerDay ?? 1) : 1 }
            let total = zip(declared, weights).reduce(0.0) { $0 + (value($1.0) ?? 0) * $1.1 }
            return total / weights.reduce(0, +)
        }
        result.contextKept = weightedMean(\.contextKept)
        result.transferMinutes = weightedMean(\.transferMinutes)
        return result
    }

    /// Routing rows with renamed units: rows of merged units averaged, targets renamed and
    /// added up.
    static func mergedRouting(_ rows: [RoutingRow], _ rename: [String: String]) -> [RoutingRow] {
        var order: [String] = []
        var grouped: [String: [RoutingRow]] = [:]
        for row in rows {
            let from = rename[row.from] ?? row.from
            if grouped[from] == nil { order.append(from) }
            grouped[from, default: []].append(row)
        }
        return order.map { from in
            let group = grouped[from] ?? []
            var targets: [String] = []
            var probability: [String: Double] = [:]
            for row in group {
                for target in row.to {
                    let unit = rename[target.unit] ?? target.unit
                    if probability[unit] == nil { targets.append(unit) }
                    probability[unit, default: 0] += target.probability / Double(group.count)
                }
            }
            return RoutingRow(from: from, to: targets.map { RoutingTarget(unit: $0, probability: probability[$0] ?? 0) })
        }
    }

    /// The ids in order, each once.
    static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
