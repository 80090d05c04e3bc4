import SiloscopeModel

/// Decoding the entities a scenario adds, with the same field names, defaults and checks
/// as a model file (see `docs/model.md`).
extension ScenarioDecoder {
    static let unitKeys = OrgModel.unitKeys
    static let unitEditKeys = [
        "name", "kind", "staff", "case_handlers", "handling_minutes", "handling_distribution", "handling_cv",
        "kpis", "add_kpis", "remove_kpis", "head",
    ]
    static let handoffKeys = OrgModel.handoffKeys
    static let systemKeys = OrgModel.systemKeys
    static let touchpointKeys = OrgModel.touchpointKeys
    static let caseTypeKeys = OrgModel.caseTypeKeys
    static let campaignKeys = OrgModel.campaignKeys

    /// A unit to add: as in a model file, and its `parent` is required (a scenario adds
    /// units below existing ones).
    mutating func decodeUnit(_ mapping: YAMLMapping) -> Unit {
        _ = reader.string(mapping, "parent", required: true)
        return OrgModel.decodeUnit(mapping, &reader)
    }

    /// `handling_distribution` (exponential, lognormal, fixed) with `handling_cv`.
    mutating func decodeDistribution(_ mapping: YAMLMapping) -> HandlingDistribution? {
        let cv = reader.number(mapping, "handling_cv", .coefficientOfVariation)
        guard let name = reader.string(mapping, "handling_distribution") else {
            return cv.map { .lognormal(cv: $0) }
        }
        switch name {
        case "exponential": return .exponential
        case "fixed": return .fixed
        case "lognormal": return .lognormal(cv: cv ?? 1)
        default:
            let hint = Suggestion.hint(for: name, among: ["exponential", "lognormal", "fixed"])
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
        OrgModel.decodeHandoff(mapping, &reader)
    }

    mutating func decodeSystem(_ mapping: YAMLMapping) -> DataSystem {
        OrgModel.decodeSystem(mapping, &reader)
    }

    mutating func decodeTouchpoint(_ mapping: YAMLMapping) -> Touchpoint {
        OrgModel.decodeTouchpoint(mapping, &reader)
    }

    mutating func decodeCaseType(_ mapping: YAMLMapping) -> CaseType {
        OrgModel.decodeCaseType(mapping, &reader)
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
                perHour: reader.number(arrival, "per_hour", required: true, .ratePerHour) ?? 0))
        }
        return arrivals
    }

    mutating func decodeCampaign(_ mapping: YAMLMapping) -> Campaign {
        OrgModel.decodeCampaign(mapping, &reader)
    }
}
