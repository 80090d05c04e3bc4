/// A box on the org chart: an executive, a department or a team.
public struct Unit: Sendable, Equatable, Identifiable {
    /// Stable identifier used by every reference in the file (`call_center`).
    public var id: String
    /// Display name, any Unicode ("Çağrı Merkezi").
    public var name: String
    /// What the unit does; drives defaults and the assessment.
    public var kind: UnitKind
    /// The unit this one reports to; `nil` for the single root (the chief executive).
    public var parent: String?
    /// Head count.
    public var staff: Int
    /// How many of the staff handle cases at the same time (servers in the simulation).
    /// `nil` means all of `staff`.
    public var caseHandlers: Int?
    /// Mean minutes this unit spends on one case it handles; `nil` uses the simulation
    /// default for the unit's kind.
    public var handlingMinutes: Double?
    /// Shape of the handling-time distribution around its mean.
    public var handlingDistribution: HandlingDistribution?
    /// Targets the unit is measured on; non-customer-centric KPIs make it serve other
    /// units' cases last.
    public var kpis: [KPI]
    /// Optional name of the unit's head (filled by the org-chart importer).
    public var head: String?
    /// Systems the unit's own screens read customer data from (besides those of the
    /// touchpoints it operates and the systems it owns): where a back office looks up
    /// the address before it acts.
    public var reads: [String] = []

    /// Creates a unit.
    public init(
        id: String, name: String, kind: UnitKind = .other, parent: String? = nil, staff: Int = 1,
        caseHandlers: Int? = nil, handlingMinutes: Double? = nil,
        handlingDistribution: HandlingDistribution? = nil, kpis: [KPI] = [], head: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.staff = staff
        self.caseHandlers = caseHandlers
        self.handlingMinutes = handlingMinutes
        self.handlingDistribution = handlingDistribution
        self.kpis = kpis
        self.head = head
    }

    /// The number of parallel case handlers: `caseHandlers` or else `staff`.
    public var servers: Int { caseHandlers ?? staff }

    /// True when at least one KPI is customer-centric, or when the unit has no KPIs at all
    /// (nothing pushes it to favour its own work).
    public var hasCustomerCentricKPIs: Bool {
        kpis.isEmpty || kpis.contains { $0.customerCentric }
    }
}

/// What a unit does.
public enum UnitKind: String, Sendable, Equatable, CaseIterable {
    case executive
    case marketing
    case sales
    case it
    case customerService = "customer_service"
    case contactCenter = "contact_center"
    case branch
    case operations
    case finance
    case product
    case legal
    case dataBI = "data_bi"
    case reporting
    case crm
    case other
}

/// A target a unit is measured on.
public struct KPI: Sendable, Equatable {
    /// Display name ("Aylık kredi kartı satışı").
    public var name: String
    /// Whether the target rewards serving customers (resolution, satisfaction, retention)
    /// rather than the unit's own output (sales volume, cost, tickets closed).
    public var customerCentric: Bool

    /// Creates a KPI.
    public init(name: String, customerCentric: Bool) {
        self.name = name
        self.customerCentric = customerCentric
    }
}

/// The shape of a handling-time distribution; the mean is the unit's `handling_minutes`.
public enum HandlingDistribution: Sendable, Equatable {
    /// Exponential (coefficient of variation 1): the memoryless default.
    case exponential
    /// Lognormal with the given coefficient of variation (standard deviation / mean).
    case lognormal(cv: Double)
    /// Every case takes exactly the mean.
    case fixed
    /// Resampled from observed minutes (written by the event-log importer).
    case empirical(samples: [Double])
}
