/// An organization as Siloscope sees it: units and reporting lines, internal-customer
/// handoffs, customer-data systems, touchpoints, case types, campaigns, the CRM team,
/// reporting KPIs and the company's assessment answers.
///
/// The model is plain data. Load one with ``ModelLoader``, check it with
/// ``OrgModel/validate(file:)`` (the loader does both), and look entities up through
/// ``ModelIndex``. Every time is in minutes and every rate is per hour; the field names
/// of the file say so (`handling_minutes`, `per_hour`).
public struct OrgModel: Sendable, Equatable {
    /// The file format version (`siloscope:` key). Only version 1 exists.
    public var formatVersion: Int
    /// Who the organization is.
    public var organization: OrganizationInfo
    /// Departments, teams and executives, with their reporting lines.
    public var units: [Unit]
    /// Internal-customer relations: who hands which work to whom.
    public var handoffs: [Handoff]
    /// Data systems and the customer data each holds.
    public var systems: [DataSystem]
    /// Customer touchpoints (channels) and the systems their screens read.
    public var touchpoints: [Touchpoint]
    /// Complaints and requests, with arrival rates per touchpoint and an owning unit.
    public var caseTypes: [CaseType]
    /// Outbound campaigns and the data their suppression needs.
    public var campaigns: [Campaign]
    /// The CRM team: where it sits, what it does, where it could sit.
    public var crm: CRMTeam?
    /// Reported KPIs: who produces each and from which systems.
    public var reporting: [ReportingKPI]
    /// Explicit routing probabilities (used when `simulation.mode` is `explicit`).
    public var routing: [RoutingRow]
    /// The company's answers to the assessment questions, by question id.
    public var assessment: [AssessmentAnswer]
    /// Simulation settings and parameter overrides.
    public var simulation: SimulationSettings
    /// What hours, contacts and customers are worth (`economics:`), for pricing.
    public var economics: Economics?

    /// Creates a model; every collection defaults to empty.
    public init(
        formatVersion: Int = 1,
        organization: OrganizationInfo,
        units: [Unit] = [],
        handoffs: [Handoff] = [],
        systems: [DataSystem] = [],
        touchpoints: [Touchpoint] = [],
        caseTypes: [CaseType] = [],
        campaigns: [Campaign] = [],
        crm: CRMTeam? = nil,
        reporting: [ReportingKPI] = [],
        routing: [RoutingRow] = [],
        assessment: [AssessmentAnswer] = [],
        simulation: SimulationSettings = SimulationSettings(),
        economics: Economics? = nil
    ) {
        self.formatVersion = formatVersion
        self.organization = organization
        self.units = units
        self.handoffs = handoffs
        self.systems = systems
        self.touchpoints = touchpoints
        self.caseTypes = caseTypes
        self.campaigns = campaigns
        self.crm = crm
        self.reporting = reporting
        self.routing = routing
        self.assessment = assessment
        self.simulation = simulation
        self.economics = economics
    }
}

/// Who the organization is.
public struct OrganizationInfo: Sendable, Equatable {
    /// Display name, any Unicode ("Anadolu Katılım Bankası").
    public var name: String
    /// Free-text sector (banking, telecom, e-commerce, retail, ...).
    public var sector: String
    /// Whether the company is new to its market or established (article 002: a new company
    /// acquires customers; an established one retains and deepens).
    public var lifecycle: Lifecycle
    /// Optional free-text description.
    public var description: String?

    /// Creates organization information.
    public init(name: String, sector: String = "", lifecycle: Lifecycle = .established, description: String? = nil) {
        self.name = name
        self.sector = sector
        self.lifecycle = lifecycle
        self.description = description
    }
}

/// The company's stage in its market.
public enum Lifecycle: String, Sendable, Equatable, CaseIterable {
    case new
    case established
}
