extension OrgModel {
    /// Checks the model's meaning: ids unique and references resolvable, one reporting
    /// root and no cycles, rates and probabilities in range, a CRM team that is a unit.
    /// Also warns about legal but suspicious things.
    ///
    /// - Parameter sources: where entities came from, for positions in messages.
    /// - Returns: every finding; the model is usable when none is an error.
    /// - Complexity: O(n) in the size of the model (reference look-ups are hashed).
    public func validate(sources: ModelSourceMap) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let index = ModelIndex(self)
        func error(_ collection: ModelSourceMap.Collection, _ i: Int, _ field: String?, _ message: String) {
            findings.append(sources.diagnostic(.error, collection, i, field, message))
        }
        func warning(_ collection: ModelSourceMap.Collection, _ i: Int, _ field: String?, _ message: String) {
            findings.append(sources.diagnostic(.warning, collection, i, field, message))
        }
        func checkIDs<T>(_ items: [T], _ collection: ModelSourceMap.Collection, _ id: (T) -> String, _ noun: String) {
            var seen: [String: Int] = [:]
            for (i, item) in items.enumerated() {
                let value = id(item)
                if value.isEmpty { continue }
                if let first = seen[value] {
                    let line = sources.position(collection, first, "id").map { " (first at line \($0.line))" } ?? ""
                    error(collection, i, "id", "duplicate \(noun) id '\(value)'\(line); expected each id once")
                } else {
                    seen[value] = i
                }
            }
        }
        func reference(_ id: String, in table: [String: Int], noun: String, _ collection: ModelSourceMap.Collection,
                       _ i: Int, _ field: String, candidates: @autoclosure () -> [String]) {
            guard !id.isEmpty, table[id] == nil else { return }
            let hint = Suggestion.hint(for: id, among: candidates())
            error(collection, i, field, "unknown \(noun) '\(id)'\(hint); expected the id of a \(noun)")
        }
        let unitIDs = { units.map(\.id) }
        let systemIDs = { systems.map(\.id) }
        let touchpointIDs = { touchpoints.map(\.id) }
        let caseTypeIDs = { caseTypes.map(\.id) }

        checkIDs(units, .units, \.id, "unit")
        checkIDs(systems, .systems, \.id, "system")
        checkIDs(touchpoints, .touchpoints, \.id, "touchpoint")
        checkIDs(caseTypes, .caseTypes, \.id, "case type")
        checkIDs(campaigns, .campaigns, \.id, "campaign")
        checkIDs(reporting, .reporting, \.id, "reporting KPI")

        // Units and the reporting tree.
        if units.isEmpty {
            findings.append(Diagnostic(severity: .error, file: sources.file, position: nil, path: "units",
                                       message: "no units; expected at least one unit (the root of the org chart)"))
        }
        for (i, unit) in units.enumerated() {
            if let parent = unit.parent {
                reference(parent, in: index.units, noun: "unit", .units, i, "parent", candidates: unitIDs())
            }
            for system in unit.reads {
                reference(system, in: index.systems, noun: "system", .units, i, "reads", candidates: systemIDs())
            }
            if let handlers = unit.caseHandlers, handlers > unit.staff {
                warning(.units, i, "case_handlers", "\(handlers) case handlers but only \(unit.staff) staff; expected at most the staff")
            }
        }
        findings += reportingTreeFindings(index: index, sources: sources)

        // Handoffs.
        for (i, handoff) in handoffs.enumerated() {
            reference(handoff.from, in: index.units, noun: "unit", .handoffs, i, "from", candidates: unitIDs())
            reference(handoff.to, in: index.units, noun: "unit", .handoffs, i, "to", candidates: unitIDs())
            if !handoff.from.isEmpty, handoff.from == handoff.to {
                error(.handoffs, i, "to", "a unit cannot hand work to itself ('\(handoff.from)'); expected another unit")
            }
            for caseType in handoff.caseTypes {
                reference(caseType, in: index.caseTypes, noun: "case type", .handoffs, i, "case_types", candidates: caseTypeIDs())
            }
        }

        // Systems.
        for (i, system) in systems.enumerated() {
            if let owner = system.owner {
                reference(owner, in: index.units, noun: "unit", .systems, i, "owner", candidates: unitIDs())
            }
            switch system.role {
            case .copy:
                if let source = system.copyOf {
                    reference(source, in: index.systems, noun: "system", .systems, i, "copy_of", candidates: systemIDs())
                    if source == system.id { error(.systems, i, "copy_of", "a system cannot copy itself; expected another system") }
                } else {
                    error(.systems, i, "copy_of", "a copy must name the system it copies in 'copy_of'")
                }
            case .sourceOfTruth:
                if system.copyOf != nil {
                    error(.systems, i, "copy_of", "a source of truth copies no other system; remove 'copy_of' or set 'role: copy'")
                }
            }
        }

        // Touchpoints.
        for (i, touchpoint) in touchpoints.enumerated() {
            reference(touchpoint.unit, in: index.units, noun: "unit", .touchpoints, i, "unit", candidates: unitIDs())
            for system in touchpoint.reads {
                reference(system, in: index.systems, noun: "system", .touchpoints, i, "reads", candidates: systemIDs())
            }
        }

        // Case types.
        let reached = Set(handoffs.map(\.to)).union(touchpoints.map(\.unit))
        let held = Set(systems.flatMap(\.holds))
        for (i, caseType) in caseTypes.enumerated() {
            reference(caseType.owner, in: index.units, noun: "unit", .caseTypes, i, "owner", candidates: unitIDs())
            for arrival in caseType.arrivals {
                reference(arrival.touchpoint, in: index.touchpoints, noun: "touchpoint", .caseTypes, i, "arrivals", candidates: touchpointIDs())
            }
            if caseType.arrivals.isEmpty {
                warning(.caseTypes, i, nil, "case type '\(caseType.id)' arrives at no touchpoint, so it is never simulated; add 'arrivals'")
            }
            if !caseType.owner.isEmpty, index.units[caseType.owner] != nil, !reached.contains(caseType.owner) {
                warning(.caseTypes, i, "owner", "owner '\(caseType.owner)' operates no touchpoint and no declared handoff leads to it; its cases reach it only by being sent blindly (undeclared routing) or by escalation, which adds friction; declare a handoff to it")
            }
            for item in caseType.dataNeeded where !held.contains(item) {
                warning(.caseTypes, i, "data_needed", "no system holds '\(item)'")
            }
        }

        // Campaigns.
        for (i, campaign) in campaigns.enumerated() {
            reference(campaign.owner, in: index.units, noun: "unit", .campaigns, i, "owner", candidates: unitIDs())
            reference(campaign.system, in: index.systems, noun: "system", .campaigns, i, "system", candidates: systemIDs())
            for touchpoint in campaign.touchpoints {
                reference(touchpoint, in: index.touchpoints, noun: "touchpoint", .campaigns, i, "touchpoints", candidates: touchpointIDs())
            }
            let total = campaign.suppression.reduce(0) { $0 + $1.share }
            if total > 1 + 1e-9 {
                error(.campaigns, i, "suppression", "suppression shares add up to \(total); expected at most 1 (a share of the audience)")
            }
        }

        // Reporting.
        for (i, kpi) in reporting.enumerated() {
            for unit in kpi.producedBy {
                reference(unit, in: index.units, noun: "unit", .reporting, i, "produced_by", candidates: unitIDs())
            }
            for system in kpi.sources {
                reference(system, in: index.systems, noun: "system", .reporting, i, "sources", candidates: systemIDs())
            }
        }

        findings += crmFindings(index: index, sources: sources)
        findings += routingFindings(index: index, sources: sources)
        findings += isolationWarnings(sources: sources)
        return findings
    }

    /// One root, no cycles. Cycles are found by walking parent pointers with three
    /// colours, iteratively, so a chain of any depth is fine.
    private func reportingTreeFindings(index: ModelIndex, sources: ModelSourceMap) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let parent: [Int] = units.map { unit in unit.parent.flatMap { index.units[$0] } ?? -1 }
        let roots = units.indices.filter { units[$0].parent == nil }
        if roots.count > 1 {
            let names = roots.prefix(8).map { "'\(units[$0].id)'" }.joined(separator: ", ") + (roots.count > 8 ? ", …" : "")
            for root in roots.dropFirst() {
                findings.append(sources.diagnostic(.error, .units, root, "parent",
                    "\(roots.count) units have no parent (\(names)); expected exactly one root, the chief executive: give the others a 'parent'"))
            }
        } else if roots.isEmpty, !units.isEmpty {
            findings.append(Diagnostic(severity: .error, file: sources.file, position: sources.position(.units, 0), path: "units",
                                       message: "every unit has a parent; expected exactly one root (a unit without 'parent')"))
        }
        for cycle in ParentCycles.find(parent) {
            let names = cycle.map { units[$0].id } + [units[cycle[0]].id]
            let shown = names.count > 12 ? names.prefix(6) + ["…"] + names.suffix(5) : names[...]
            for member in cycle {
                findings.append(sources.diagnostic(.error, .units, member, "parent",
                    "reporting cycle: \(shown.joined(separator: " → ")) (\(cycle.count) unit\(cycle.count == 1 ? "" : "s")); expected reporting lines to lead up to the root"))
            }
        }
        return findings
    }

    private func crmFindings(index: ModelIndex, sources: ModelSourceMap) -> [Diagnostic] {
        guard let crm else { return [] }
        var findings: [Diagnostic] = []
        guard !crm.unit.isEmpty else { return [] }
        guard let crmIndex = index.units[crm.unit] else {
            let hint = Suggestion.hint(for: crm.unit, among: units.map(\.id))
            return [sources.diagnostic(.error, section: "crm", "unit", "the CRM team '\(crm.unit)' is not a unit\(hint); expected the id of a unit")]
        }
        for candidate in crm.candidates {
            if index.units[candidate] == nil {
                let hint = Suggestion.hint(for: candidate, among: units.map(\.id))
                findings.append(sources.diagnostic(.error, section: "crm", "candidates", "unknown unit '\(candidate)'\(hint); expected the id of a unit the CRM team could report to"))
            } else if candidate == crm.unit {
                findings.append(sources.diagnostic(.error, section: "crm", "candidates", "'\(candidate)' is the CRM team itself; a team cannot report to itself"))
            } else if isDescendant(index.units[candidate] ?? -1, of: crmIndex, index: index) {
                findings.append(sources.diagnostic(.error, section: "crm", "candidates", "'\(candidate)' reports (directly or not) to the CRM team; placing the team under it would make a reporting cycle"))
            }
        }
        return findings
    }

    /// True when `unit` is below `ancestor` in the reporting tree (bounded walk, so a cycle
    /// reported elsewhere cannot loop here).
    func isDescendant(_ unit: Int, of ancestor: Int, index: ModelIndex) -> Bool {
        var current = unit
        var steps = 0
        while current >= 0, steps <= units.count {
            guard let parentID = units[current].parent, let parent = index.units[parentID] else { return false }
            if parent == ancestor { return true }
            current = parent
            steps += 1
        }
        return false
    }

    private func routingFindings(index: ModelIndex, sources: ModelSourceMap) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for row in routing {
            let position = sources.position(routingFrom: row.from)
            if index.units[row.from] == nil {
                findings.append(Diagnostic(severity: .error, file: sources.file, position: position, path: "routing.\(row.from)",
                                           message: "unknown unit '\(row.from)'; expected the id of a unit"))
            }
            for target in row.to where index.units[target.unit] == nil {
                findings.append(Diagnostic(severity: .error, file: sources.file, position: position, path: "routing.\(row.from).\(target.unit)",
                                           message: "unknown unit '\(target.unit)'; expected the id of a unit"))
            }
            if row.total > 1 + 1e-9 {
                findings.append(Diagnostic(severity: .error, file: sources.file, position: position, path: "routing.\(row.from)",
                                           message: "routing probabilities add up to \(row.total); expected at most 1 (the rest is the chance the case is resolved)"))
            }
        }
        if simulation.mode == .explicit, routing.isEmpty {
            findings.append(sources.diagnostic(.warning, section: "simulation", "mode", "explicit routing without a 'routing' table: every case is resolved where it arrives"))
        }
        return findings
    }

    /// Leaf units (not executives) that take part in no handoff, operate no touchpoint,
    /// own no case type and run no campaign: nobody hands them work.
    private func isolationWarnings(sources: ModelSourceMap) -> [Diagnostic] {
        guard !handoffs.isEmpty || !caseTypes.isEmpty else { return [] }
        var involved = Set<String>()
        for handoff in handoffs { involved.insert(handoff.from); involved.insert(handoff.to) }
        for touchpoint in touchpoints { involved.insert(touchpoint.unit) }
        for caseType in caseTypes { involved.insert(caseType.owner) }
        for campaign in campaigns { involved.insert(campaign.owner) }
        for kpi in reporting { involved.formUnion(kpi.producedBy) }
        for row in routing {
            involved.insert(row.from)
            involved.formUnion(row.to.map(\.unit))
        }
        if let crm { involved.insert(crm.unit) }
        let parents = Set(units.compactMap(\.parent))
        return units.indices.compactMap { i in
            let unit = units[i]
            guard unit.kind != .executive, !parents.contains(unit.id), !involved.contains(unit.id) else { return nil }
            return sources.diagnostic(.warning, .units, i, nil, "nobody hands work to '\(unit.id)' and it operates no touchpoint; it takes no part in any simulated journey")
        }
    }
}
