import SiloscopeModel

/// One of the units a `split` produces, and the work it takes from the split unit.
///
/// Whatever no part claims (reports, touchpoints, owned case types, campaigns, systems,
/// reported KPIs) goes to the first part; every handoff to or from the split unit is
/// copied to every part.
public struct SplitPart: Sendable, Equatable {
    /// The part's id: a new id, or the split unit's own id for one part.
    public var id: String
    /// Display name; defaults to the id.
    public var name: String?
    /// Kind; defaults to the split unit's.
    public var kind: UnitKind?
    /// Head count (required).
    public var staff: Int
    /// Parallel case handlers; defaults to the split unit's share, in proportion to staff.
    public var caseHandlers: Int?
    /// Mean handling minutes; defaults to the split unit's.
    public var handlingMinutes: Double?
    /// KPIs; default to the split unit's.
    public var kpis: [KPI]?
    /// Units reporting to the split unit that report to this part.
    public var children: [String]
    /// Touchpoints of the split unit this part works.
    public var touchpoints: [String]
    /// Case types owned by the split unit that this part owns.
    public var caseTypes: [String]
    /// Campaigns run by the split unit that this part runs.
    public var campaigns: [String]
    /// Systems run by the split unit that this part runs.
    public var systems: [String]
    /// Reported KPIs produced by the split unit that this part produces.
    public var reporting: [String]

    /// Creates a split part.
    public init(
        id: String, name: String? = nil, kind: UnitKind? = nil, staff: Int, caseHandlers: Int? = nil,
        handlingMinutes: Double? = nil, kpis: [KPI]? = nil, children: [String] = [], touchpoints: [String] = [],
        caseTypes: [String] = [], campaigns: [String] = [], systems: [String] = [], reporting: [String] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.staff = staff
        self.caseHandlers = caseHandlers
        self.handlingMinutes = handlingMinutes
        self.kpis = kpis
        self.children = children
        self.touchpoints = touchpoints
        self.caseTypes = caseTypes
        self.campaigns = campaigns
        self.systems = systems
        self.reporting = reporting
    }
}
