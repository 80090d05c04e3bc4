import SiloscopeDiagnosis
import SiloscopeSimulation

/// A headline figure of a simulated organization that the report compares between today
/// and a scenario: one number per replication, so differences can be paired.
public enum ReportMetric: String, CaseIterable, Sendable {
    /// Mean customer minutes from first contact to resolution.
    case resolutionMinutes = "resolution_minutes"
    /// Mean staff minutes per case.
    case staffMinutes = "staff_minutes"
    /// The Silo Friction Index, customer and staff minutes together.
    case frictionIndex = "friction_index"
    /// Handoffs per case.
    case handoffs
    /// Ping-pong bounces per case.
    case bounces
    /// Times the customer told the story, per case.
    case tellings
    /// Escalations per case.
    case escalations
    /// Reopens from stale data, per case.
    case reopens
    /// Share of cases resolved at first contact.
    case firstContactResolution = "first_contact_resolution"

    /// How the value is written.
    public enum Unit: Sendable {
        /// Minutes.
        case minutes
        /// A count per case.
        case count
        /// A 0–1 share, written as a percentage.
        case share
    }

    /// The value of one replication.
    public func value(_ run: ReplicationFigures) -> Double {
        switch self {
        case .resolutionMinutes: run.resolutionMinutes
        case .staffMinutes: run.staffMinutes
        case .frictionIndex: run.frictionCombined
        case .handoffs: run.handoffs
        case .bounces: run.bounces
        case .tellings: run.tellings
        case .escalations: run.escalations
        case .reopens: run.reopens
        case .firstContactResolution: run.firstContactResolution
        }
    }

    /// How the value is written.
    public var unit: Unit {
        switch self {
        case .resolutionMinutes, .staffMinutes: .minutes
        case .frictionIndex, .firstContactResolution: .share
        case .handoffs, .bounces, .tellings, .escalations, .reopens: .count
        }
    }

    /// False for the one figure where more is better (first-contact resolution).
    public var lowerIsBetter: Bool { self != .firstContactResolution }

    /// The figure's name.
    public var title: LocalizedText {
        switch self {
        case .resolutionMinutes: LocalizedText(en: "Resolution time per case", tr: "Vaka başına çözüm süresi")
        case .staffMinutes: LocalizedText(en: "Staff time per case", tr: "Vaka başına çalışan süresi")
        case .frictionIndex: LocalizedText(en: "Silo Friction Index", tr: "Silo Sürtünme Endeksi")
        case .handoffs: LocalizedText(en: "Handoffs per case", tr: "Vaka başına devir")
        case .bounces: LocalizedText(en: "Ping-pong bounces per case", tr: "Vaka başına geri sekme (ping-pong)")
        case .tellings: LocalizedText(en: "Times the customer told the story", tr: "Müşterinin derdini anlatma sayısı")
        case .escalations: LocalizedText(en: "Escalations per case", tr: "Vaka başına eskalasyon")
        case .reopens: LocalizedText(en: "Reopens (stale data) per case", tr: "Vaka başına yeniden açılma (eski veri)")
        case .firstContactResolution: LocalizedText(en: "First-contact resolution", tr: "İlk temasta çözüm")
        }
    }

    /// The value written for people.
    func format(_ value: Double, _ numbers: NumberStyle, sign: Bool = false) -> String {
        switch unit {
        case .minutes: numbers.minutes(value, digits: 1, sign: sign)
        case .share: numbers.percent(value, digits: 1, sign: sign)
        case .count: numbers.decimal(value, digits: value == 0 ? 2 : max(2, NumberStyle.digits(for: value)), sign: sign)
        }
    }
}

/// One figure of a scenario against today: both values and their paired difference.
public struct MetricComparison: Sendable {
    /// Which figure.
    public var metric: ReportMetric
    /// Today's mean with its 95 % interval.
    public var base: Interval
    /// The scenario's mean with its 95 % interval.
    public var scenario: Interval
    /// Scenario − today, paired replication by replication (common random numbers), with
    /// its 95 % interval.
    public var delta: Interval
    /// True when the difference's interval excludes zero.
    public var isSignificant: Bool

    /// Creates a comparison.
    public init(metric: ReportMetric, base: Interval, scenario: Interval, delta: Interval, isSignificant: Bool) {
        self.metric = metric
        self.base = base
        self.scenario = scenario
        self.delta = delta
        self.isSignificant = isSignificant
    }

    /// Pairs two simulations' replications (same seed, same run count).
    ///
    /// - Returns: `nil` when the replication counts differ.
    public static func paired(_ metric: ReportMetric, base: SimulationReport, scenario: SimulationReport) -> MetricComparison? {
        guard base.replications.count == scenario.replications.count, base.replications.count >= 2 else { return nil }
        let before = base.replications.map(metric.value)
        let after = scenario.replications.map(metric.value)
        let delta = Interval(values: zip(after, before).map { $0 - $1 })
        return MetricComparison(
            metric: metric, base: Interval(values: before), scenario: Interval(values: after), delta: delta,
            isSignificant: delta.low > 0 || delta.high < 0)
    }

    /// Whether the scenario is better than today on this figure (only meaningful when
    /// significant).
    public var isImprovement: Bool { metric.lowerIsBetter ? delta.mean < 0 : delta.mean > 0 }
}
