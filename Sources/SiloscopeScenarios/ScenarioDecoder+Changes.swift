import SiloscopeModel

/// Decoding the changes with nested fields: merge, split and the `set_*` changes.
extension ScenarioDecoder {
    static let mergeTargetKeys = ["id", "name", "kind", "parent", "handling_minutes", "kpis"]
    static let splitPartKeys = [
        "id", "name", "kind", "staff", "case_handlers", "handling_minutes", "kpis",
        "children", "touchpoints", "case_types", "campaigns", "systems", "reporting",
    ]

    mutating func decodeMerge(_ fields: YAMLMapping) -> ChangeAction {
        let units = reader.strings(fields, "units")
        if fields["units"] == nil {
            reader.error("missing required field 'units'; expected the ids of the units to merge", at: fields.position, path: fields.path.appending("units"))
        } else if units.count < 2 {
            reader.error("a merge needs at least two units, found \(units.count); to rename one unit use set_unit",
                         at: fields.position(of: "units"), path: fields.path.appending("units"))
        }
        reportDuplicates(units, in: fields, "units", noun: "unit")
        var target = MergedUnit(id: "")
        let path = fields.path.appending("into")
        if let node = fields["into"], !node.isNull, let id = node.scalarText {
            target.id = id
        } else if let into = reader.mapping(fields["into"], at: path, allowed: Self.mergeTargetKeys) {
            target = MergedUnit(
                id: reader.string(into, "id", required: true) ?? "",
                name: reader.string(into, "name"),
                kind: reader.choice(into, "kind", as: UnitKind.self),
                parent: reader.string(into, "parent"),
                handlingMinutes: reader.number(into, "handling_minutes", .workMinutes),
                kpis: decodeKPIs(into, "kpis"))
        } else if fields["into"] == nil || fields["into"]?.isNull == true {
            reader.error("missing required field 'into'; expected the merged unit's id or {id, name, parent}",
                         at: fields.position, path: path)
        }
        return .merge(units: units, into: target)
    }

    mutating func decodeSplit(_ fields: YAMLMapping) -> ChangeAction {
        let unit = reader.string(fields, "unit", required: true) ?? ""
        let path = fields.path.appending("into")
        if fields["into"] == nil {
            reader.error("missing required field 'into'; expected a list of parts, each with an id and staff", at: fields.position, path: path)
        }
        var parts: [SplitPart] = []
        let items = reader.sequence(fields["into"], at: path)
        if fields["into"] != nil, items.count < 2 {
            reader.error("a split needs at least two parts, found \(items.count)", at: fields.position(of: "into"), path: path)
        }
        for (index, item) in items.enumerated() {
            guard let part = reader.mapping(item, at: path.appending(index), allowed: Self.splitPartKeys) else {
                if item.isNull { reader.error("empty part; expected {id, staff}", at: item.position, path: path.appending(index)) }
                continue
            }
            parts.append(SplitPart(
                id: reader.string(part, "id", required: true) ?? "",
                name: reader.string(part, "name"),
                kind: reader.choice(part, "kind", as: UnitKind.self),
                staff: reader.integer(part, "staff", required: true, .headcount) ?? 1,
                caseHandlers: reader.integer(part, "case_handlers", .handlers),
                handlingMinutes: reader.number(part, "handling_minutes", .workMinutes),
                kpis: decodeKPIs(part, "kpis"),
                children: reader.strings(part, "children"),
                touchpoints: reader.strings(part, "touchpoints"),
                caseTypes: reader.strings(part, "case_types"),
                campaigns: reader.strings(part, "campaigns"),
                systems: reader.strings(part, "systems"),
                reporting: reader.strings(part, "reporting")))
        }
        var seen: Set<String> = []
        for (index, part) in parts.enumerated() where !part.id.isEmpty && !seen.insert(part.id).inserted {
            reader.error("part id '\(part.id)' is used twice; expected each part to have its own id",
                         at: items[safe: index]?.position, path: path.appending(index).appending("id"))
        }
        return .split(unit: unit, into: parts)
    }

    mutating func decodeSetUnit(_ fields: YAMLMapping) -> ChangeAction {
        var units: [String] = []
        switch (fields["unit"], fields["units"]) {
        case (nil, nil):
            reader.error("missing required field 'unit' (or 'units' for several)", at: fields.position, path: fields.path.appending("unit"))
        case (_?, _?):
            reader.error("give either 'unit' or 'units', not both", at: fields.position(of: "units"), path: fields.path.appending("units"))
        case (_?, nil):
            units = reader.string(fields, "unit", required: true).map { [$0] } ?? []
        case (nil, _?):
            units = reader.strings(fields, "units")
            if units.isEmpty {
                reader.error("expected at least one unit id", at: fields.position(of: "units"), path: fields.path.appending("units"))
            }
            reportDuplicates(units, in: fields, "units", noun: "unit")
        }
        let edit = UnitEdit(
            name: reader.string(fields, "name"),
            kind: reader.choice(fields, "kind", as: UnitKind.self),
            staff: reader.integer(fields, "staff", .headcount),
            caseHandlers: reader.integer(fields, "case_handlers", .handlers),
            handlingMinutes: reader.number(fields, "handling_minutes", .workMinutes),
            handlingDistribution: decodeDistribution(fields),
            kpis: decodeKPIs(fields, "kpis"),
            addKPIs: decodeKPIs(fields, "add_kpis") ?? [],
            removeKPIs: reader.strings(fields, "remove_kpis"),
            head: reader.string(fields, "head"))
        if !fields.order.contains(where: { Self.unitEditKeys.contains($0.key) }) {
            reader.error("nothing to change; expected at least one of \(Self.unitEditKeys.joined(separator: ", "))",
                         at: fields.position, path: fields.path)
        }
        return .setUnit(units: units, edit)
    }

    mutating func decodeSetCaseType(_ fields: YAMLMapping) -> ChangeAction {
        let id = reader.string(fields, "case_type", required: true) ?? ""
        let edit = CaseTypeEdit(
            name: reader.string(fields, "name"),
            kind: reader.choice(fields, "kind", as: CaseKind.self),
            owner: reader.string(fields, "owner"),
            dataNeeded: fields["data_needed"] == nil ? nil : reader.strings(fields, "data_needed"),
            arrivals: decodeArrivals(fields),
            handlingMinutes: reader.number(fields, "handling_minutes", .workMinutes))
        if !fields.order.contains(where: { $0.key != "case_type" }) {
            reader.error("nothing to change; expected at least one of name, kind, owner, data_needed, arrivals, handling_minutes",
                         at: fields.position, path: fields.path)
        }
        return .setCaseType(caseType: id, edit)
    }

    mutating func decodeSetCRM(_ fields: YAMLMapping) -> ChangeAction {
        let edit = CRMEdit(
            functions: fields["functions"] == nil ? nil : decodeFunctions(fields, "functions"),
            addFunctions: decodeFunctions(fields, "add_functions"),
            removeFunctions: decodeFunctions(fields, "remove_functions"),
            candidates: fields["candidates"] == nil ? nil : reader.strings(fields, "candidates"))
        if fields.order.isEmpty {
            reader.error("nothing to change; expected at least one of functions, add_functions, remove_functions, candidates",
                         at: fields.position, path: fields.path)
        }
        return .setCRM(edit)
    }

    private mutating func decodeFunctions(_ fields: YAMLMapping, _ key: String) -> [CRMFunction] {
        var functions: [CRMFunction] = []
        let accepted = CRMFunction.allCases.map(\.rawValue)
        for (index, name) in reader.strings(fields, key).enumerated() {
            if let function = CRMFunction(rawValue: name) {
                functions.append(function)
            } else {
                let hint = Suggestion.hint(for: name, among: accepted)
                reader.error("unknown CRM function '\(name)'\(hint); expected one of \(accepted.joined(separator: ", "))",
                             at: fields[key]?.items?[safe: index]?.position ?? fields.position(of: key),
                             path: fields.path.appending(key).appending(index))
            }
        }
        return functions
    }

    mutating func decodeSetSimulation(_ fields: YAMLMapping) -> ChangeAction {
        let mode = reader.choice(fields, "mode", as: RoutingMode.self)
        var parameters: [String: Double] = [:]
        let path = fields.path.appending("parameters")
        if let table = reader.mapping(fields["parameters"], at: path, allowed: nil) {
            parameters = SimulationParameters.read(table, &reader)
        }
        if mode == nil, fields["mode"] == nil, fields["parameters"]?.entries?.isEmpty ?? true {
            reader.error("nothing to change; expected 'mode' or 'parameters' with at least one parameter",
                         at: fields.position, path: fields.path)
        }
        return .setSimulation(mode: mode, parameters: parameters)
    }

    /// Reports ids listed twice in a list field.
    private mutating func reportDuplicates(_ ids: [String], in fields: YAMLMapping, _ key: String, noun: String) {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            reader.error("\(noun) '\(id)' is listed twice; expected each \(noun) once",
                         at: fields[key]?.items?[safe: index]?.position ?? fields.position(of: key),
                         path: fields.path.appending(key).appending(index))
        }
    }
}

extension Array {
    /// The element at `index`, or `nil` when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
