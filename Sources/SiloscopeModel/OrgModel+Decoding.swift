extension OrgModel {
    /// Top-level keys of a model file.
    static let topLevelKeys = [
        "siloscope", "organization", "units", "handoffs", "systems", "touchpoints", "case_types",
        "campaigns", "crm", "reporting", "routing", "assessment", "simulation", "economics",
    ]

    /// Builds a model from a parsed document, recording every type and shape problem in
    /// `reader`. Entities with missing required fields are kept with empty values so
    /// later checks still run; the caller decides from the diagnostics whether to use it.
    static func decode(_ document: YAMLDocument, reader: inout YAMLReader) -> (OrgModel, ModelSourceMap) {
        var sources = ModelSourceMap(file: document.file)
        var model = OrgModel(organization: OrganizationInfo(name: ""))
        guard let rootNode = document.root else {
            reader.error("the file is empty; expected a model with at least 'organization' and 'units'", at: nil, path: FieldPath())
            return (model, sources)
        }
        guard let root = reader.mapping(rootNode, at: FieldPath(), allowed: topLevelKeys) else {
            if rootNode.isNull { reader.error("the file is empty", at: nil, path: FieldPath()) }
            return (model, sources)
        }
        if let version = reader.integer(root, "siloscope"), version != 1 {
            reader.error("unsupported format version \(version); expected 1", at: root.position(of: "siloscope"), path: "siloscope")
        }
        model.organization = decodeOrganization(root, &reader)

        func list<T>(_ collection: ModelSourceMap.Collection, _ allowed: [String],
                     _ build: (YAMLMapping, inout YAMLReader) -> T) -> [T] {
            let path: FieldPath = FieldPath([.key(collection.rawValue)])
            var result: [T] = []
            var origins: [(Int, YAMLMapping)] = []
            for (index, item) in reader.sequence(root[collection.rawValue], at: path).enumerated() {
                let itemPath = path.appending(index)
                if item.isNull {
                    reader.error("empty entry; expected a mapping of fields", at: item.position, path: itemPath)
                    continue
                }
                guard let mapping = reader.mapping(item, at: itemPath, allowed: allowed) else { continue }
                result.append(build(mapping, &reader))
                origins.append((index, mapping))
            }
            sources.entities[collection] = origins
            return result
        }

        model.units = list(.units, Self.unitKeys, decodeUnit)
        model.handoffs = list(.handoffs, Self.handoffKeys, decodeHandoff)
        model.systems = list(.systems, Self.systemKeys, decodeSystem)
        model.touchpoints = list(.touchpoints, Self.touchpointKeys, decodeTouchpoint)
        model.caseTypes = list(.caseTypes, Self.caseTypeKeys, decodeCaseType)
        model.campaigns = list(.campaigns, Self.campaignKeys, decodeCampaign)
        model.reporting = list(.reporting, ["id", "name", "produced_by", "sources"]) { mapping, reader in
            ReportingKPI(
                id: reader.string(mapping, "id", required: true) ?? "",
                name: reader.string(mapping, "name") ?? reader.string(mapping, "id") ?? "",
                producedBy: reader.strings(mapping, "produced_by"),
                sources: reader.strings(mapping, "sources"))
        }
        if let crm = reader.mapping(root["crm"], at: "crm", allowed: ["unit", "functions", "candidates"]) {
            sources.sections["crm"] = crm
            var functions: [CRMFunction] = []
            for (index, name) in reader.strings(crm, "functions").enumerated() {
                if let function = CRMFunction(rawValue: name) {
                    functions.append(function)
                } else {
                    let accepted = CRMFunction.allCases.map(\.rawValue)
                    let hint = Suggestion.hint(for: name, among: accepted)
                    reader.error("unknown CRM function '\(name)'\(hint); expected one of \(accepted.joined(separator: ", "))",
                                 at: crm["functions"]?.items?[safe: index]?.position ?? crm.position(of: "functions"),
                                 path: FieldPath("crm").appending("functions").appending(index))
                }
            }
            model.crm = CRMTeam(unit: reader.string(crm, "unit", required: true) ?? "",
                                functions: functions, candidates: reader.strings(crm, "candidates"))
        }
        model.routing = decodeRouting(root["routing"], &reader, &sources)
        model.assessment = decodeAssessment(root["assessment"], &reader, &sources)
        if let simulation = reader.mapping(root["simulation"], at: "simulation", allowed: ["mode", "parameters", "calibration"]) {
            sources.sections["simulation"] = simulation
            model.simulation.mode = reader.choice(simulation, "mode", as: RoutingMode.self) ?? .structural
            if let parameters = reader.mapping(simulation["parameters"], at: FieldPath("simulation").appending("parameters"), allowed: nil) {
                sources.sections["simulation.parameters"] = parameters
                model.simulation.parameters = SimulationParameters.read(parameters, &reader)
            }
            if let calibration = reader.mapping(simulation["calibration"], at: FieldPath("simulation").appending("calibration"),
                                                allowed: ["log", "cases", "span_days", "intervals"]) {
                model.simulation.calibration = CalibrationRecord.read(calibration, &reader)
            }
        }
        model.economics = decodeEconomics(root["economics"], units: model.units, &reader)
        return (model, sources)
    }

    /// The fields of each entity, as the loader accepts them.
    public static let unitKeys = [
        "id", "name", "kind", "parent", "staff", "case_handlers", "handling_minutes",
        "handling_distribution", "handling_cv", "handling_samples", "kpis", "head", "reads",
    ]
    public static let handoffKeys = ["from", "to", "case_types", "channel", "context_kept", "transfer_minutes", "volume_per_day"]
    public static let systemKeys = ["id", "name", "kind", "owner", "holds", "role", "copy_of", "sync"]
    public static let touchpointKeys = ["id", "name", "channel", "unit", "reads"]
    public static let caseTypeKeys = ["id", "name", "kind", "owner", "data_needed", "arrivals", "handling_minutes"]
    public static let campaignKeys = ["id", "name", "owner", "touchpoints", "system", "audience", "suppression"]

    private static func decodeOrganization(_ root: YAMLMapping, _ reader: inout YAMLReader) -> OrganizationInfo {
        guard let node = root["organization"] else {
            reader.error("missing required section 'organization'", at: root.position, path: "organization")
            return OrganizationInfo(name: "")
        }
        guard let mapping = reader.mapping(node, at: "organization", allowed: ["name", "sector", "lifecycle", "description"]) else {
            return OrganizationInfo(name: "")
        }
        return OrganizationInfo(
            name: reader.string(mapping, "name", required: true) ?? "",
            sector: reader.string(mapping, "sector") ?? "",
            lifecycle: reader.choice(mapping, "lifecycle", as: Lifecycle.self) ?? .established,
            description: reader.string(mapping, "description"))
    }

    /// Decodes a unit from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeUnit(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> Unit {
        let id = reader.string(mapping, "id", required: true) ?? ""
        var unit = Unit(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            kind: reader.choice(mapping, "kind", as: UnitKind.self) ?? .other,
            parent: reader.string(mapping, "parent"),
            staff: reader.integer(mapping, "staff", .headcount) ?? 1,
            caseHandlers: reader.integer(mapping, "case_handlers", .handlers),
            handlingMinutes: reader.number(mapping, "handling_minutes", .workMinutes),
            head: reader.string(mapping, "head"))
        unit.reads = reader.strings(mapping, "reads")
        let cv = reader.number(mapping, "handling_cv", .coefficientOfVariation)
        let samples = decodeSamples(mapping, &reader)
        if let name = reader.string(mapping, "handling_distribution") {
            switch name {
            case "exponential": unit.handlingDistribution = .exponential
            case "fixed": unit.handlingDistribution = .fixed
            case "lognormal": unit.handlingDistribution = .lognormal(cv: cv ?? 1)
            case "empirical":
                if samples.isEmpty {
                    reader.error("an empirical distribution needs 'handling_samples' (observed minutes)",
                                 at: mapping.position(of: "handling_distribution"), path: mapping.path.appending("handling_distribution"))
                }
                unit.handlingDistribution = .empirical(samples: samples)
            default:
                reader.error("unknown distribution '\(name)'; expected one of exponential, lognormal, fixed, empirical",
                             at: mapping.position(of: "handling_distribution"), path: mapping.path.appending("handling_distribution"))
            }
        } else if !samples.isEmpty {
            unit.handlingDistribution = .empirical(samples: samples)
        } else if let cv {
            unit.handlingDistribution = .lognormal(cv: cv)
        }
        for (index, item) in reader.sequence(mapping["kpis"], at: mapping.path.appending("kpis")).enumerated() {
            let path = mapping.path.appending("kpis").appending(index)
            if let text = item.scalarText, !item.isNull {
                unit.kpis.append(KPI(name: text, customerCentric: false))
            } else if let kpi = reader.mapping(item, at: path, allowed: ["name", "customer_centric"]) {
                unit.kpis.append(KPI(name: reader.string(kpi, "name", required: true) ?? "",
                                     customerCentric: reader.bool(kpi, "customer_centric") ?? false))
            }
        }
        return unit
    }

    private static func decodeSamples(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> [Double] {
        let path = mapping.path.appending("handling_samples")
        return reader.sequence(mapping["handling_samples"], at: path).enumerated().compactMap { index, node in
            reader.number(node, at: path.appending(index), .workMinutes)
        }
    }

    /// Decodes a handoff from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeHandoff(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> Handoff {
        Handoff(
            from: reader.string(mapping, "from", required: true) ?? "",
            to: reader.string(mapping, "to", required: true) ?? "",
            caseTypes: reader.strings(mapping, "case_types"),
            channel: reader.choice(mapping, "channel", as: HandoffChannel.self) ?? .ticket,
            contextKept: reader.number(mapping, "context_kept", .probability),
            transferMinutes: reader.number(mapping, "transfer_minutes", .transitMinutes),
            volumePerDay: reader.number(mapping, "volume_per_day", .volumePerDay))
    }

    /// Decodes a data system from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeSystem(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> DataSystem {
        let id = reader.string(mapping, "id", required: true) ?? ""
        let role = reader.choice(mapping, "role", as: SystemRole.self) ?? (mapping["copy_of"] == nil ? .sourceOfTruth : .copy)
        return DataSystem(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            kind: reader.choice(mapping, "kind", as: SystemKind.self) ?? .operational,
            owner: reader.string(mapping, "owner"),
            holds: reader.strings(mapping, "holds"),
            role: role,
            copyOf: reader.string(mapping, "copy_of"),
            sync: reader.choice(mapping, "sync", as: SyncMode.self) ?? (role == .sourceOfTruth ? .realtime : .none))
    }

    /// Decodes a touchpoint from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeTouchpoint(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> Touchpoint {
        let id = reader.string(mapping, "id", required: true) ?? ""
        return Touchpoint(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            channel: reader.choice(mapping, "channel", as: ChannelKind.self) ?? .other,
            unit: reader.string(mapping, "unit", required: true) ?? "",
            reads: reader.strings(mapping, "reads"))
    }

    /// Decodes a case type from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeCaseType(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> CaseType {
        let id = reader.string(mapping, "id", required: true) ?? ""
        var caseType = CaseType(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            kind: reader.choice(mapping, "kind", as: CaseKind.self) ?? .complaint,
            owner: reader.string(mapping, "owner", required: true) ?? "",
            dataNeeded: reader.strings(mapping, "data_needed"),
            handlingMinutes: reader.number(mapping, "handling_minutes", .workMinutes))
        let path = mapping.path.appending("arrivals")
        for (index, item) in reader.sequence(mapping["arrivals"], at: path).enumerated() {
            guard let arrival = reader.mapping(item, at: path.appending(index), allowed: ["touchpoint", "per_hour"]) else { continue }
            caseType.arrivals.append(Arrival(
                touchpoint: reader.string(arrival, "touchpoint", required: true) ?? "",
                perHour: reader.number(arrival, "per_hour", required: true, .ratePerHour) ?? 0))
        }
        return caseType
    }

    /// Decodes a campaign from its mapping with the model file's field names, defaults and
    /// checks, recording problems in `reader` (scenario files reuse it for entities they add).
    public static func decodeCampaign(_ mapping: YAMLMapping, _ reader: inout YAMLReader) -> Campaign {
        let id = reader.string(mapping, "id", required: true) ?? ""
        var campaign = Campaign(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            owner: reader.string(mapping, "owner", required: true) ?? "",
            touchpoints: reader.strings(mapping, "touchpoints"),
            system: reader.string(mapping, "system", required: true) ?? "",
            audience: reader.integer(mapping, "audience", required: true, .audience) ?? 0)
        let path = mapping.path.appending("suppression")
        for (index, item) in reader.sequence(mapping["suppression"], at: path).enumerated() {
            guard let rule = reader.mapping(item, at: path.appending(index), allowed: ["reason", "data", "share"]) else { continue }
            let data = reader.string(rule, "data", required: true) ?? ""
            campaign.suppression.append(Suppression(
                reason: reader.string(rule, "reason") ?? data,
                data: data,
                share: reader.number(rule, "share", required: true, .probability) ?? 0))
        }
        return campaign
    }

    private static func decodeRouting(_ node: YAMLNode?, _ reader: inout YAMLReader, _ sources: inout ModelSourceMap) -> [RoutingRow] {
        guard let table = reader.mapping(node, at: "routing", allowed: nil) else { return [] }
        var rows: [RoutingRow] = []
        for (from, value) in table.order {
            let path = FieldPath("routing").appending(from)
            sources.routingRows[from] = value
            guard let row = reader.mapping(value, at: path, allowed: nil) else { continue }
            var targets: [RoutingTarget] = []
            for (to, probability) in row.order {
                if let p = reader.number(probability, at: path.appending(to), .probability) {
                    targets.append(RoutingTarget(unit: to, probability: p))
                }
            }
            rows.append(RoutingRow(from: from, to: targets))
        }
        return rows
    }

    private static func decodeAssessment(_ node: YAMLNode?, _ reader: inout YAMLReader, _ sources: inout ModelSourceMap) -> [AssessmentAnswer] {
        guard let table = reader.mapping(node, at: "assessment", allowed: nil) else { return [] }
        sources.sections["assessment"] = table
        var answers: [AssessmentAnswer] = []
        func visit(_ mapping: YAMLMapping, prefix: String) {
            for (key, value) in mapping.order {
                let id = prefix.isEmpty ? key : "\(prefix).\(key)"
                let path = FieldPath("assessment").appending(id)
                if value.isNull { continue }
                if value.kind == .mapping, let nested = reader.mapping(value, at: path, allowed: nil) {
                    visit(nested, prefix: id)
                } else if let text = value.scalarText {
                    let answer: AnswerValue
                    if value.isPlainScalar, let number = YAMLReader.parseNumber(text), number.isFinite {
                        answer = .number(number)
                    } else if value.isPlainScalar, let flag = YAMLReader.parseBool(text) {
                        answer = .bool(flag)
                    } else {
                        answer = .text(text)
                    }
                    answers.append(AssessmentAnswer(id: id, value: answer))
                    sources.assessmentAnswers[id] = value
                } else {
                    reader.error("expected a number, yes/no or text, found \(value.shapeDescription)", at: value.position, path: path)
                }
            }
        }
        visit(table, prefix: "")
        return answers
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
