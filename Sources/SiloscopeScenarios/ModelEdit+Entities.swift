import SiloscopeModel

/// `add_touchpoint`, `add_case_type`, `add_campaign`, `set_case_type`, `set_crm` and
/// `set_simulation`.
extension ModelEdit {
    mutating func addTouchpoint(_ touchpoint: Touchpoint) {
        requireNew(touchpoint.id, noun: "touchpoint", exists: index.touchpoints[touchpoint.id] != nil, field: "id")
        _ = unit(touchpoint.unit, field: "unit")
        for (offset, id) in touchpoint.reads.enumerated() { _ = system(id, field: "reads[\(offset)]") }
        guard !failed else { return }
        model.touchpoints.append(touchpoint)
        effects.append(.touchpointAdded(touchpoint.id))
        summary = "added touchpoint '\(touchpoint.id)' worked by '\(touchpoint.unit)'"
    }

    mutating func addCaseType(_ caseType: CaseType) {
        requireNew(caseType.id, noun: "case type", exists: index.caseTypes[caseType.id] != nil, field: "id")
        _ = unit(caseType.owner, field: "owner")
        checkArrivals(caseType.arrivals)
        guard !failed else { return }
        model.caseTypes.append(caseType)
        effects.append(.caseTypeAdded(caseType.id))
        summary = "added case type '\(caseType.id)' owned by '\(caseType.owner)' (\(caseType.totalPerHour) per hour)"
    }

    mutating func addCampaign(_ campaign: Campaign) {
        requireNew(campaign.id, noun: "campaign", exists: index.campaigns[campaign.id] != nil, field: "id")
        _ = unit(campaign.owner, field: "owner")
        _ = system(campaign.system, field: "system")
        for (offset, id) in campaign.touchpoints.enumerated() { _ = touchpoint(id, field: "touchpoints[\(offset)]") }
        guard !failed else { return }
        model.campaigns.append(campaign)
        effects.append(.campaignAdded(campaign.id))
        summary = "added campaign '\(campaign.id)' run by '\(campaign.owner)' from '\(campaign.system)'"
    }

    mutating func setCaseType(_ id: String, _ edit: CaseTypeEdit) {
        guard let position = caseType(id, field: "case_type") else { return }
        if let owner = edit.owner { _ = unit(owner, field: "owner") }
        if let arrivals = edit.arrivals { checkArrivals(arrivals) }
        guard !failed else { return }
        let before = model.caseTypes[position]
        var after = before
        if let name = edit.name { after.name = name }
        if let kind = edit.kind { after.kind = kind }
        if let owner = edit.owner { after.owner = owner }
        if let data = edit.dataNeeded { after.dataNeeded = data }
        if let arrivals = edit.arrivals { after.arrivals = arrivals }
        if let minutes = edit.handlingMinutes { after.handlingMinutes = minutes }
        var fields: [String] = []
        if before.name != after.name { fields.append("name") }
        if before.kind != after.kind { fields.append("kind") }
        if before.owner != after.owner { fields.append("owner") }
        if before.dataNeeded != after.dataNeeded { fields.append("data_needed") }
        if before.arrivals != after.arrivals { fields.append("arrivals") }
        if before.handlingMinutes != after.handlingMinutes { fields.append("handling_minutes") }
        model.caseTypes[position] = after
        guard !fields.isEmpty else {
            summary = "case type '\(id)' already has these values; nothing to change"
            return
        }
        effects.append(.caseTypeChanged(caseType: id, fields: fields))
        summary = before.owner != after.owner
            ? "case type '\(id)' is now owned by '\(after.owner)' (was '\(before.owner)')"
            : "changed case type '\(id)': " + fields.joined(separator: ", ")
    }

    private mutating func checkArrivals(_ arrivals: [Arrival]) {
        for (offset, arrival) in arrivals.enumerated() {
            _ = touchpoint(arrival.touchpoint, field: "arrivals[\(offset)].touchpoint")
        }
    }

    mutating func setCRM(_ edit: CRMEdit) {
        guard var crm = model.crm else {
            error("the model has no CRM team (a 'crm:' section); add one to the base model first", field: nil)
            return
        }
        for (offset, function) in edit.removeFunctions.enumerated() where !(edit.functions ?? crm.functions).contains(function) {
            error("the CRM team has no function '\(function.rawValue)' to remove; it has \((edit.functions ?? crm.functions).map(\.rawValue).joined(separator: ", "))",
                  field: "remove_functions[\(offset)]")
        }
        for (offset, candidate) in (edit.candidates ?? []).enumerated() {
            guard let position = unit(candidate, field: "candidates[\(offset)]") else { continue }
            if candidate == crm.unit {
                error("'\(candidate)' is the CRM team itself; a team cannot report to itself", field: "candidates[\(offset)]")
            } else if let crmPosition = index.units[crm.unit], let chain = reportingChain(from: position, upTo: model.units[crmPosition].id) {
                error("'\(candidate)' reports to the CRM team (\(Self.shown(chain))); placing the team under it would make a reporting cycle",
                      field: "candidates[\(offset)]")
            }
        }
        guard !failed else { return }
        let before = crm
        if let functions = edit.functions { crm.functions = functions }
        for function in edit.addFunctions where !crm.functions.contains(function) { crm.functions.append(function) }
        crm.functions.removeAll { edit.removeFunctions.contains($0) }
        if let candidates = edit.candidates { crm.candidates = candidates }
        model.crm = crm
        var fields: [String] = []
        if before.functions != crm.functions { fields.append("functions") }
        if before.candidates != crm.candidates { fields.append("candidates") }
        guard !fields.isEmpty else {
            summary = "the CRM team already has these values; nothing to change"
            return
        }
        effects.append(.crmChanged(fields: fields))
        summary = "CRM team: " + fields.map { $0 == "functions" ? "functions \(crm.functions.map(\.rawValue).joined(separator: ", "))" : "candidates \(crm.candidates.joined(separator: ", "))" }
            .joined(separator: "; ")
    }

    mutating func setSimulation(mode: RoutingMode?, parameters: [String: Double]) {
        var fields: [String] = []
        if let mode, mode != model.simulation.mode {
            model.simulation.mode = mode
            fields.append("mode")
        }
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) where model.simulation.parameters[name] != value {
            model.simulation.parameters[name] = value
            fields.append(name)
        }
        guard !fields.isEmpty else {
            summary = "the simulation settings already have these values; nothing to change"
            return
        }
        effects.append(.simulationChanged(fields: fields))
        summary = "simulation: " + fields.map { $0 == "mode" ? "mode \(model.simulation.mode.rawValue)" : "\($0) = \(model.simulation.parameters[$0] ?? 0)" }
            .joined(separator: ", ")
    }
}
