import SiloscopeModel

/// The unit a `merge` produces. Unset fields are derived from the merged units (see
/// `docs/scenarios.md`).
public struct MergedUnit: Sendable, Equatable {
    /// The merged unit's id: a new id, or the id of one of the merged units to keep it.
    public var id: String
    /// Display name; defaults to the name of the unit whose id is kept, else the id.
    public var name: String?
    /// Kind; defaults to the merged units' common kind, else the first one's.
    public var kind: UnitKind?
    /// The unit it reports to; defaults to the lowest common manager of the merged units.
    public var parent: String?
    /// Mean handling minutes; defaults to the staff-weighted mean of the merged units'.
    public var handlingMinutes: Double?
    /// KPIs; default to the merged units' KPIs, each name once.
    public var kpis: [KPI]?

    /// Creates a merge target.
    public init(
        id: String, name: String? = nil, kind: UnitKind? = nil, parent: String? = nil,
        handlingMinutes: Double? = nil, kpis: [KPI]? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.handlingMinutes = handlingMinutes
        self.kpis = kpis
    }
}
