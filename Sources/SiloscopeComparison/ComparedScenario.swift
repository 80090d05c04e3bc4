import SiloscopeEconomics
import SiloscopeSimulation

/// Today's organization or one scenario in a comparison: what it changed, its headline
/// figures (with deltas against today for scenarios) and its per-edge friction.
public struct ComparedScenario: Codable, Sendable {
    /// The scenario's display name ("today" for the base).
    public var name: String
    /// The scenario file, `nil` for today.
    public var file: String?
    /// What the scenario tests.
    public var description: String?
    /// True for today's organization (the base), false for scenarios.
    public var isBase: Bool
    /// What the scenario changed (empty for today).
    public var changes: ChangeSummary
    /// The headline figures, in ``ComparisonMetric`` order; figures the model has nothing
    /// to measure for (campaign rates without campaigns) are left out.
    public var metrics: [MetricComparison]
    /// Friction on every handoff edge that carried cases, as simulated here, most added
    /// minutes first. Keys are this organization's unit ids: use them for diagrams.
    public var edges: [ComparedEdge]
    /// For scenarios: each edge's change against today, largest first (empty for today).
    public var edgeChanges: [EdgeFrictionChange]
    /// Warnings from applying the scenario and from the simulation.
    public var warnings: [String]
    /// For scenarios, when the model is priced: the yearly saving against today in the
    /// report's currency (P10/P50/P90/mean; docs/economics.md).
    public var annualSaving: Spread? = nil

    /// The figure for a metric, if measured.
    ///
    /// - Parameter metric: The metric.
    /// - Returns: Its comparison, or `nil` when the model has nothing to measure.
    public func metric(_ metric: ComparisonMetric) -> MetricComparison? {
        metrics.first { $0.metric == metric }
    }

    /// Real differences against today: metrics whose interval excludes 0.
    public var significantMetrics: [MetricComparison] {
        metrics.filter { $0.delta?.significant == true }
    }

    enum CodingKeys: String, CodingKey {
        case name, file, description, changes, metrics, edges, warnings
        case isBase = "is_base", edgeChanges = "edge_changes", annualSaving = "annual_saving"
    }
}
