import SiloscopeModel

/// The fields a `set_unit` change sets; `nil` leaves a field as it is.
public struct UnitEdit: Sendable, Equatable {
    /// New display name.
    public var name: String?
    /// New kind.
    public var kind: UnitKind?
    /// New head count.
    public var staff: Int?
    /// New number of parallel case handlers.
    public var caseHandlers: Int?
    /// New mean handling minutes.
    public var handlingMinutes: Double?
    /// New handling-time distribution.
    public var handlingDistribution: HandlingDistribution?
    /// KPIs replacing the unit's list.
    public var kpis: [KPI]?
    /// KPIs added to the unit's list (a KPI of the same name is replaced).
    public var addKPIs: [KPI]
    /// Names of KPIs removed from the unit's list.
    public var removeKPIs: [String]
    /// New head.
    public var head: String?

    /// Creates an edit.
    public init(
        name: String? = nil, kind: UnitKind? = nil, staff: Int? = nil, caseHandlers: Int? = nil,
        handlingMinutes: Double? = nil, handlingDistribution: HandlingDistribution? = nil, kpis: [KPI]? = nil,
        addKPIs: [KPI] = [], removeKPIs: [String] = [], head: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.staff = staff
        self.caseHandlers = caseHandlers
        self.handlingMinutes = handlingMinutes
        self.handlingDistribution = handlingDistribution
        self.kpis = kpis
        self.addKPIs = addKPIs
        self.removeKPIs = removeKPIs
        self.head = head
    }
}
