import SiloscopeEngine

/// The results of `siloscope simulate`. Encoded as JSON with snake_case keys (see
/// docs/simulation.md); field names are stable.
public struct SimulationReport: Codable, Sendable {
    /// The organization's name.
    public var organization: String
    /// `structural` or `explicit`.
    public var mode: String
    /// Seed of every random stream.
    public var seed: UInt64
    /// Replications.
    public var runs: Int
    /// Measured cases per replication.
    public var casesPerRun: Int
    /// Cases discarded at the start of each replication.
    public var warmupCases: Int
    /// Simulated hours per replication when the run is bounded by time.
    public var horizonHours: Double?
    /// Every parameter's value in this run.
    public var parameters: [String: Double]
    /// The headline: the share of customer time and staff effort caused by boundaries.
    public var siloFrictionIndex: FrictionIndex
    /// Per-case figures.
    public var cases: CaseFigures
    /// Per case type.
    public var caseTypes: [CaseTypeFigures]
    /// Per unit (units no case visited are left out).
    public var units: [UnitFigures]
    /// Per handoff edge, most added minutes first.
    public var edges: [EdgeFigures]
    /// Campaign delivery.
    public var campaigns: [CampaignMetrics]
    /// Reporting truths.
    public var reporting: ReportingMetrics
    /// Headline figures of each replication, in replication order: with common random
    /// numbers, replication r of two scenarios saw the same arrivals, so differences can be
    /// paired.
    public var replications: [ReplicationFigures]
    /// What the measured cases consumed, per replication, in both worlds: the quantities
    /// the pricing pass puts money on (docs/economics.md).
    public var consumption: Consumption
    /// Things the user should know about this run.
    public var warnings: [String]
    /// Events simulated (arrivals and service completions, both worlds, all runs).
    public var events: Int
    /// Wall-clock seconds.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case organization
        case mode
        case seed
        case runs
        case casesPerRun = "cases_per_run"
        case warmupCases = "warmup_cases"
        case horizonHours = "horizon_hours"
        case parameters
        case siloFrictionIndex = "silo_friction_index"
        case cases
        case caseTypes = "case_types"
        case units
        case edges
        case campaigns
        case reporting
        case replications
        case consumption
        case warnings
        case events
        case wallSeconds = "wall_seconds"
    }
}

/// A mean with its 95 % confidence interval over replications.
public struct Interval: Codable, Sendable, Equatable {
    /// Mean over replications.
    public var mean: Double
    /// Lower end of the 95 % interval.
    public var low: Double
    /// Upper end of the 95 % interval.
    public var high: Double

    /// From the engine's estimate.
    public init(_ estimate: Estimate) {
        mean = estimate.mean
        low = estimate.lower
        high = estimate.upper
    }

    /// From per-replication values.
    public init(values: [Double]) {
        self.init(Estimate(values: values))
    }

    /// Half the interval's width.
    public var halfWidth: Double { (high - low) / 2 }
}

/// The Silo Friction Index: friction / actual, where friction is what cases spent beyond
/// their twins (the same arrivals sent straight to the owner with full context and synced
/// data).
public struct FrictionIndex: Codable, Sendable {
    /// Share of customer minutes (first contact to resolution) due to boundaries.
    public var customer: Interval
    /// Share of staff minutes due to boundaries.
    public var staff: Interval
    /// Share of customer and staff minutes together.
    public var combined: Interval
    /// Mean customer minutes per case, actual organization.
    public var actualCustomerMinutes: Interval
    /// Mean customer minutes per case, twin world.
    public var twinCustomerMinutes: Interval
    /// Mean staff minutes per case, actual organization.
    public var actualStaffMinutes: Interval
    /// Mean staff minutes per case, twin world.
    public var twinStaffMinutes: Interval

    enum CodingKeys: String, CodingKey {
        case customer
        case staff
        case combined
        case actualCustomerMinutes = "actual_customer_minutes"
        case twinCustomerMinutes = "twin_customer_minutes"
        case actualStaffMinutes = "actual_staff_minutes"
        case twinStaffMinutes = "twin_staff_minutes"
    }
}

/// One replication's headline figures (means over its measured cases).
public struct ReplicationFigures: Codable, Sendable, Equatable {
    public var resolutionMinutes: Double
    public var staffMinutes: Double
    public var handoffs: Double
    public var bounces: Double
    public var tellings: Double
    public var escalations: Double
    public var reopens: Double
    public var firstContactResolution: Double
    public var frictionCustomer: Double
    public var frictionStaff: Double
    public var frictionCombined: Double

    enum CodingKeys: String, CodingKey {
        case resolutionMinutes = "resolution_minutes"
        case staffMinutes = "staff_minutes"
        case handoffs
        case bounces
        case tellings
        case escalations
        case reopens
        case firstContactResolution = "first_contact_resolution"
        case frictionCustomer = "friction_customer"
        case frictionStaff = "friction_staff"
        case frictionCombined = "friction_combined"
    }
}

/// Per-case figures, each over measured cases, with intervals over replications.
public struct CaseFigures: Codable, Sendable {
    public var resolutionMinutes: Interval
    public var resolutionP50: Interval
    public var resolutionP90: Interval
    public var resolutionP95: Interval
    public var handoffs: Interval
    public var bounces: Interval
    public var tellings: Interval
    public var escalations: Interval
    public var reopens: Interval
    public var staffMinutes: Interval
    public var firstContactResolution: Interval

    enum CodingKeys: String, CodingKey {
        case resolutionMinutes = "resolution_minutes"
        case resolutionP50 = "resolution_p50"
        case resolutionP90 = "resolution_p90"
        case resolutionP95 = "resolution_p95"
        case handoffs
        case bounces
        case tellings
        case escalations
        case reopens
        case staffMinutes = "staff_minutes"
        case firstContactResolution = "first_contact_resolution"
    }
}

/// Per case type.
public struct CaseTypeFigures: Codable, Sendable {
    public var id: String
    public var name: String
    public var owner: String
    public var resolutionMinutes: Interval
    public var handoffs: Interval

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case owner
        case resolutionMinutes = "resolution_minutes"
        case handoffs
    }
}

/// Per unit.
public struct UnitFigures: Codable, Sendable {
    public var id: String
    public var name: String
    public var caseHandlers: Int
    public var utilisation: Interval
    public var meanQueue: Interval
    public var meanWaitMinutes: Interval

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case caseHandlers = "case_handlers"
        case utilisation
        case meanQueue = "mean_queue"
        case meanWaitMinutes = "mean_wait_minutes"
    }
}

/// Per handoff edge, figures per replication.
public struct EdgeFigures: Codable, Sendable {
    public var from: String
    public var to: String
    /// A declared handoff exists from → to.
    public var declared: Bool
    /// Cases handed over per replication.
    public var cases: Interval
    /// Of those, bounces back to the sender.
    public var bounces: Interval
    /// Times the customer retold the story after this edge.
    public var retellings: Interval
    /// Customer minutes added (transfer and retelling), summed over the edge's cases.
    public var addedMinutes: Interval

    enum CodingKeys: String, CodingKey {
        case from
        case to
        case declared
        case cases
        case bounces
        case retellings
        case addedMinutes = "added_minutes"
    }
}

/// One campaign's delivery.
public struct CampaignMetrics: Codable, Sendable {
    public var id: String
    public var name: String
    public var audience: Int
    /// Share of contacts that suppression should have stopped.
    public var irrelevantRate: Double
    public var irrelevantContacts: Int
    /// Share of customer contacts (by channel use) where the offer is invisible.
    public var inconsistentRate: Double
    public var touchpointsWithoutOffer: [String]
    public var suppression: [SuppressionMetrics]

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case audience
        case irrelevantRate = "irrelevant_rate"
        case irrelevantContacts = "irrelevant_contacts"
        case inconsistentRate = "inconsistent_rate"
        case touchpointsWithoutOffer = "touchpoints_without_offer"
        case suppression
    }
}

/// One suppression rule's outcome.
public struct SuppressionMetrics: Codable, Sendable {
    public var reason: String
    public var data: String
    public var share: Double
    public var missRate: Double
    public var explanation: String

    enum CodingKeys: String, CodingKey {
        case reason
        case data
        case share
        case missRate = "miss_rate"
        case explanation
    }
}

/// Reporting truths.
public struct ReportingMetrics: Codable, Sendable {
    /// Units of kind `reporting`.
    public var reportingUnits: Int
    /// Their staff.
    public var reportingStaff: Int
    public var kpis: [KPITruths]

    enum CodingKeys: String, CodingKey {
        case reportingUnits = "reporting_units"
        case reportingStaff = "reporting_staff"
        case kpis
    }
}

/// One KPI's truths.
public struct KPITruths: Codable, Sendable {
    public var id: String
    public var name: String
    public var producers: [String]
    public var sources: [String]
    /// Distinct numbers in circulation: each producing unit publishes one and units reading
    /// the same origin agree, so min(producers, distinct origins), at least 1 (a real-time
    /// copy counts as its source).
    public var truths: Int
    public var reportingStaff: Int

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case producers
        case sources
        case truths
        case reportingStaff = "reporting_staff"
    }
}

/// Per-replication consumption of the actual organization and its direct-to-owner twin.
public struct Consumption: Codable, Sendable, Equatable {
    /// Cases arriving per hour over every touchpoint and case type (the model's rates):
    /// the measured cases of a replication stand for `cases / casesPerHour` hours.
    public var casesPerHour: Double
    /// Complaints among them per hour.
    public var complaintsPerHour: Double
    /// The actual organization, replication by replication.
    public var actual: [ReplicationConsumption]
    /// The twin world (every case straight to its owner with full context).
    public var twin: [ReplicationConsumption]

    enum CodingKeys: String, CodingKey {
        case casesPerHour = "cases_per_hour"
        case complaintsPerHour = "complaints_per_hour"
        case actual
        case twin
    }
}

/// What one replication's measured cases consumed, keyed by model ids so that scenarios
/// that add, merge or remove units can be priced against each other.
public struct ReplicationConsumption: Codable, Sendable, Equatable {
    /// Measured cases.
    public var cases: Int
    /// Staff minutes per unit id (units that worked on no case are left out).
    public var staffMinutes: [String: Double]
    /// The part of `staffMinutes` spent after a reopen (rework), per unit id.
    public var reworkMinutes: [String: Double]
    /// Customer contacts per touchpoint channel: every case's first contact and one more
    /// per reopen.
    public var contacts: [String: Int]
    /// Measured complaints (case kind `complaint`).
    public var complaints: Int
    /// Complaints closed at least once unresolved (the customer had to come back).
    public var unresolvedComplaints: Int
    /// Complaints with high effort that were not unresolved: story told more than once, or
    /// handed between units twice or more.
    public var highEffortComplaints: Int

    enum CodingKeys: String, CodingKey {
        case cases
        case staffMinutes = "staff_minutes"
        case reworkMinutes = "rework_minutes"
        case contacts
        case complaints
        case unresolvedComplaints = "unresolved_complaints"
        case highEffortComplaints = "high_effort_complaints"
    }
}
