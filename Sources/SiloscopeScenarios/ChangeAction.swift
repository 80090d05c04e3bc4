import SiloscopeModel

/// What a scenario change does. Each case is one keyword of the scenario file; see
/// `docs/scenarios.md` for every field, its meaning and its errors.
public enum ChangeAction: Sendable, Equatable {
    /// `move`: the unit reports to `to` from now on; its own reports move with it.
    case move(unit: String, to: String)
    /// `move_crm`: the model's CRM team (`crm.unit`) reports to `to`.
    case moveCRM(to: String)
    /// `merge`: the units become one unit; staff adds up and every reference is redirected.
    case merge(units: [String], into: MergedUnit)
    /// `split`: the unit becomes several; its work is shared out as the parts say.
    case split(unit: String, into: [SplitPart])
    /// `set_unit`: changes fields of one or more units (staff, handling time, KPIs, ...).
    case setUnit(units: [String], UnitEdit)
    /// `add_unit`: a new unit, with the same fields as a model unit.
    case addUnit(Unit)
    /// `add_handoff`: a new internal-customer relation, with a model handoff's fields.
    case addHandoff(Handoff)
    /// `remove_handoff`: removes every handoff from `from` to `to`.
    case removeHandoff(from: String, to: String)
    /// `change_handoff`: changes fields of every handoff from `from` to `to`.
    case changeHandoff(from: String, to: String, HandoffEdit)
    /// `source_of_truth`: the system becomes the source of truth; its former source
    /// becomes a copy of it, kept in step with `formerSourceSync` (default: the mode the
    /// system had as a copy).
    case sourceOfTruth(system: String, formerSourceSync: SyncMode?)
    /// `sync`: how a copy follows its source.
    case sync(system: String, mode: SyncMode)
    /// `add_system`: a new data system, with a model system's fields.
    case addSystem(DataSystem)
    /// `retire`: removes a copy; whatever read it reads its source instead.
    case retire(system: String)
    /// `single_customer_record`: every touchpoint's screen reads this one system, which
    /// from now on holds every customer data item they read before (and, when asked,
    /// every campaign selects from it and every reported KPI is read from it).
    case singleCustomerRecord(system: String, campaigns: Bool, reporting: Bool)
    /// `screens`: which systems a touchpoint's screen reads (replaces its `reads`).
    case screens(touchpoint: String, reads: [String])
    /// `add_touchpoint`: a new touchpoint, with a model touchpoint's fields.
    case addTouchpoint(Touchpoint)
    /// `add_case_type`: a new case type, with a model case type's fields.
    case addCaseType(CaseType)
    /// `add_campaign`: a new campaign, with a model campaign's fields.
    case addCampaign(Campaign)
    /// `set_case_type`: changes the owner, handling time or arrivals of a case type.
    case setCaseType(caseType: String, CaseTypeEdit)
    /// `set_crm`: changes the CRM team's functions or candidate placements.
    case setCRM(CRMEdit)
    /// `set_simulation`: changes the routing mode or overrides simulation parameters.
    case setSimulation(mode: RoutingMode?, parameters: [String: Double])

    /// Every keyword a scenario file accepts, in documentation order.
    public static let keywords = [
        "move", "move_crm", "merge", "split", "set_unit", "add_unit",
        "add_handoff", "remove_handoff", "change_handoff",
        "source_of_truth", "sync", "add_system", "retire", "single_customer_record", "screens",
        "add_touchpoint", "add_case_type", "add_campaign", "set_case_type", "set_crm", "set_simulation",
    ]

    /// The keyword this action is written with (`move_crm`).
    public var keyword: String {
        switch self {
        case .move: "move"
        case .moveCRM: "move_crm"
        case .merge: "merge"
        case .split: "split"
        case .setUnit: "set_unit"
        case .addUnit: "add_unit"
        case .addHandoff: "add_handoff"
        case .removeHandoff: "remove_handoff"
        case .changeHandoff: "change_handoff"
        case .sourceOfTruth: "source_of_truth"
        case .sync: "sync"
        case .addSystem: "add_system"
        case .retire: "retire"
        case .singleCustomerRecord: "single_customer_record"
        case .screens: "screens"
        case .addTouchpoint: "add_touchpoint"
        case .addCaseType: "add_case_type"
        case .addCampaign: "add_campaign"
        case .setCaseType: "set_case_type"
        case .setCRM: "set_crm"
        case .setSimulation: "set_simulation"
        }
    }
}
