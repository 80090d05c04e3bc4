import SiloscopeModel

/// Decoding the entities a scenario adds, with the same field names, defaults and checks
/// as a model file (see `docs/model.md`).
extension ScenarioDecoder {
    static let unitKeys = [
        "id", "name", "kind", "parent", "staff", "case_handlers", "handling_minutes",
        "handling_distribution", "handling_cv", "kpis", "head",
    ]
    static let unitEditKeys = [
        "name", "kind", "staff", "case_handlers", "handling_minutes", "handling_distribution", "handling_cv",
        "kpis", "add_kpis", "remove_kpis", "head",
    ]
    static let handoffKeys = ["from", "to", "case_types", "channel", "context_kept", "transfer_minutes", "volume_per_day"]
    static let systemKeys = ["id", "name", "kind", "owner", "holds", "role", "copy_of", "sync"]
    static let touchpointKeys = ["id", "name", "channel", "unit", "reads"]
    static let caseTypeKeys = ["id", "name", "kind", "owner", "data_needed", "arrivals", "handling_minutes"]
    static let campaignKeys = ["id", "name", "owner", "touchpoints", "system", "audience", "suppression"]

    mutating func decodeUnit(_ mapping: YAMLMapping) -> Unit {
        let id = reader.string(mapping, "id", required: true) ?? ""
        return Unit(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            kind: reader.choice(mapping, "kind", as: UnitKind.self) ?? .other,
            parent: reader.string(mapping, "parent", required: true),
            staff: reader.integer(mapping, "staff", .positive) ?? 1,
            caseHandlers: reader.integer(mapping, "case_handlers", .positive),
            handlingMinutes: reader.number(mapping, "handling_minutes", .positive),
            handlingDistribution: decodeDistribution(mapping),
            kpis: decodeKPIs(mapping, "kpis") ?? [],
            head: reader.string(mapping, "head"))
    }

    /// `handling_distribution` (exponential, lognormal, fixed) with `handling_cv`.
    mutating func decodeDistribution(_ mapping: YAMLMapping) -> HandlingDistribution? {
        let cv = reader.number(mapping, "handling_cv", .positive)
        guard let name = reader.string(mapping, "handling_distribution") else {
            return cv.map { .lognormal(cv: $0) }
        }
        switch name {
        case "exponential": return .exponential
        case "fixed": return .fixed
        case "lognormal": return .lognormal(cv: cv ?? 1)
        default:
            let hint = Spelling.hint(for: name, among: ["exponential", "lognormal", "fixed"])
            reader.error("unknown distribution '\(name)'\(hint); expected one of exponential, lognormal, fixed (empirical samples come from the event-log importer, not from scenarios)",
                         at: mapping.position(of: "handling_distribution"), path: mapping.path.appending("handling_distribution"))
            return nil
        }
    }

    /// A KPI list: each item a name (not customer-centric) or `{name, customer_centric}`.
    /// `nil` when the field is absent.
    mutating func decodeKPIs(_ mapping: YAMLMapping, _ key: String) -> [KPI]? {
        guard let node = mapping[key], !node.isNull else { return nil }
        let path = mapping.path.appending(key)
        var kpis: [KPI] = []
        for (index, item) in reader.sequence(node, at: path).enumerated() {
            if let text = item.scalarText, !item.isNull {
                kpis.append(KPI(name: text, customerCentric: false))
            } else if let kpi = reader.mapping(item, at: path.appending(index), allowed: ["name", "customer_centric"]) {
                kpis.append(KPI(name: reader.string(kpi, "name", required: true) ?? "",
                                customerCentric: reader.bool(kpi, "customer_centric") ?? false))
            }
        }
        return kpis
    }

    mutating func decodeHandoff(_ mapping: YAMLMapping) -> Handoff {
        Handoff(
            from: reader.string(mapping, "from", required: true) ?? "",
            to: reader.string(mapping, "to", required: true) ?? "",
            caseTypes: reader.strings(mapping, "case_types"),
            channel: reader.choice(mapping, "channel", as: HandoffChannel.self) ?? .ticket,
            contextKept: reader.number(mapping, "context_kept", .probability),
            transferMinutes: reader.number(mapping, "transfer_minutes", .nonNegative),
            volumePerDay: reader.number(mapping, "volume_per_day", .nonNegative))
    }

    mutating func decodeSystem(_ mapping: YAMLMapping) -> DataSystem {
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

    mutating func decodeTouchpoint(_ mapping: YAMLMapping) -> Touchpoint {
        let id = reader.string(mapping, "id", required: true) ?? ""
        return Touchpoint(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            channel: reader.choice(mapping, "channel", as: ChannelKind.self) ?? .other,
            unit: reader.string(mapping, "unit", required: true) ?? "",
            reads: reader.strings(mapping, "reads"))
    }

    mutating func decodeCaseType(_ mapping: YAMLMapping) -> CaseType {
        let id = reader.string(mapping, "id", required: true) ?? ""
        return CaseType(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            kind: reader.choice(mapping, "kind", as: CaseKind.self) ?? .complaint,
            owner: reader.string(mapping, "owner", required: true) ?? "",
            dataNeeded: reader.strings(mapping, "data_needed"),
            arrivals: decodeArrivals(mapping) ?? [],
            handlingMinutes: reader.number(mapping, "handling_minutes", .positive))
    }

    /// `arrivals: [{touchpoint, per_hour}]`; `nil` when absent.
    mutating func decodeArrivals(_ mapping: YAMLMapping) -> [Arrival]? {
        guard let node = mapping["arrivals"], !node.isNull else { return nil }
        let path = mapping.path.appending("arrivals")
        var arrivals: [Arrival] = []
        for (index, item) in reader.sequence(node, at: path).enumerated() {
            guard let arrival = reader.mapping(item, at: path.appending(index), allowed: ["touchpoint", "per_hour"]) else { continue }
            arrivals.append(Arrival(
                touchpoint: reader.string(arrival, "touchpoint", required: true) ?? "",
                perHour: reader.number(arrival, "per_hour", required: true, .positive) ?? 0))
        }
        return arrivals
    }

    mutating func decodeCampaign(_ mapping: YAMLMapping) -> Campaign {
        let id = reader.string(mapping, "id", required: true) ?? ""
        var campaign = Campaign(
            id: id,
            name: reader.string(mapping, "name") ?? id,
            owner: reader.string(mapping, "owner", required: true) ?? "",
            touchpoints: reader.strings(mapping, "touchpoints"),
            system: reader.string(mapping, "system", required: true) ?? "",
            audience: reader.integer(mapping, "audience", required: true, .positive) ?? 0)
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
}
