import SiloscopeSimulation

/// A headline figure a comparison reports for today and every scenario.
///
/// Simulated figures are means over replications; their deltas are paired across
/// scenarios (common random numbers), except the 90th percentile, whose per-replication
/// values the simulation does not keep (its delta interval is unpaired, so wider).
/// Campaign and reporting figures follow from the model alone: they have no interval and
/// any difference is real.
public enum ComparisonMetric: String, Codable, CaseIterable, Sendable {
    /// Mean minutes from first contact to resolution.
    case resolutionMinutes = "resolution_minutes"
    /// 90th percentile of resolution minutes.
    case resolutionP90 = "resolution_p90_minutes"
    /// Mean staff minutes per case, every unit's handling included.
    case staffMinutes = "staff_minutes"
    /// Mean handoffs per case.
    case handoffs
    /// Mean ping-pong bounces per case.
    case bounces
    /// Mean times the customer told the story.
    case tellings
    /// Mean escalations per case.
    case escalations
    /// Mean reopens per case (stale data).
    case reopens
    /// Share of cases resolved by the first unit, without handoff or reopen.
    case firstContactResolution = "first_contact_resolution"
    /// Silo Friction Index, customer time.
    case sfiCustomer = "sfi_customer"
    /// Silo Friction Index, staff effort.
    case sfiStaff = "sfi_staff"
    /// Silo Friction Index, customer time and staff effort together.
    case sfiCombined = "sfi_combined"
    /// Share of campaign contacts that suppression should have stopped (audience-weighted).
    case campaignIrrelevantRate = "campaign_irrelevant_rate"
    /// Share of customer contacts where a campaign's offer is invisible (audience-weighted).
    case campaignInconsistentRate = "campaign_inconsistent_rate"
    /// Distinct numbers in circulation per reported KPI (1 is a single truth).
    case reportingTruths = "reporting_truths_per_kpi"
    /// People in reporting units.
    case reportingStaff = "reporting_staff"

    /// How a metric's delta interval is computed.
    public enum Kind: String, Codable, Sendable {
        /// From the per-replication differences (common random numbers).
        case paired
        /// From the two intervals, as if the runs were independent (conservative).
        case unpaired
        /// Deterministic: computed from the model, no interval.
        case exact
    }

    /// A short label for tables ("resolution minutes").
    public var label: String {
        switch self {
        case .resolutionMinutes: "resolution minutes"
        case .resolutionP90: "resolution p90 minutes"
        case .staffMinutes: "staff minutes"
        case .handoffs: "handoffs"
        case .bounces: "ping-pong bounces"
        case .tellings: "times story told"
        case .escalations: "escalations"
        case .reopens: "reopens (stale data)"
        case .firstContactResolution: "first-contact resolution"
        case .sfiCustomer: "SFI customer time"
        case .sfiStaff: "SFI staff effort"
        case .sfiCombined: "SFI combined"
        case .campaignIrrelevantRate: "campaign irrelevant rate"
        case .campaignInconsistentRate: "campaign inconsistent rate"
        case .reportingTruths: "truths per reported KPI"
        case .reportingStaff: "reporting staff"
        }
    }

    /// Whether a smaller value is an improvement (false only for first-contact resolution).
    public var lowerIsBetter: Bool { self != .firstContactResolution }

    /// Whether values are shares (0–1), shown as percentages.
    public var isShare: Bool {
        switch self {
        case .firstContactResolution, .sfiCustomer, .sfiStaff, .sfiCombined, .campaignIrrelevantRate,
             .campaignInconsistentRate: true
        default: false
        }
    }

    /// How the delta interval is computed.
    public var kind: Kind {
        switch self {
        case .resolutionP90: .unpaired
        case .campaignIrrelevantRate, .campaignInconsistentRate, .reportingTruths, .reportingStaff: .exact
        default: .paired
        }
    }

    /// The metric's value with its 95 % interval in a report (`nil` when the model has
    /// nothing to measure, such as campaign rates without campaigns).
    func interval(in report: SimulationReport) -> Interval? {
        let cases = report.cases, sfi = report.siloFrictionIndex
        switch self {
        case .resolutionMinutes: return cases.resolutionMinutes
        case .resolutionP90: return cases.resolutionP90
        case .staffMinutes: return cases.staffMinutes
        case .handoffs: return cases.handoffs
        case .bounces: return cases.bounces
        case .tellings: return cases.tellings
        case .escalations: return cases.escalations
        case .reopens: return cases.reopens
        case .firstContactResolution: return cases.firstContactResolution
        case .sfiCustomer: return sfi.customer
        case .sfiStaff: return sfi.staff
        case .sfiCombined: return sfi.combined
        case .campaignIrrelevantRate, .campaignInconsistentRate, .reportingTruths, .reportingStaff:
            return exactValue(in: report).map { Interval(values: [$0, $0]) }
        }
    }

    /// The value of a deterministic metric (`nil` for simulated ones, or nothing to measure).
    func exactValue(in report: SimulationReport) -> Double? {
        switch self {
        case .campaignIrrelevantRate, .campaignInconsistentRate:
            let audience = report.campaigns.reduce(0) { $0 + Double($1.audience) }
            guard audience > 0 else { return nil }
            let rate: (CampaignMetrics) -> Double = self == .campaignIrrelevantRate ? { $0.irrelevantRate } : { $0.inconsistentRate }
            return report.campaigns.reduce(0) { $0 + rate($1) * Double($1.audience) } / audience
        case .reportingTruths:
            let kpis = report.reporting.kpis
            guard !kpis.isEmpty else { return nil }
            return Double(kpis.reduce(0) { $0 + $1.truths }) / Double(kpis.count)
        case .reportingStaff:
            return Double(report.reporting.reportingStaff)
        default:
            return nil
        }
    }

    /// The metric in one replication, for paired deltas (`nil` when not kept per replication).
    func replicationValue(_ run: ReplicationFigures) -> Double? {
        switch self {
        case .resolutionMinutes: run.resolutionMinutes
        case .staffMinutes: run.staffMinutes
        case .handoffs: run.handoffs
        case .bounces: run.bounces
        case .tellings: run.tellings
        case .escalations: run.escalations
        case .reopens: run.reopens
        case .firstContactResolution: run.firstContactResolution
        case .sfiCustomer: run.frictionCustomer
        case .sfiStaff: run.frictionStaff
        case .sfiCombined: run.frictionCombined
        default: nil
        }
    }
}
