import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation

/// One scenario against today: what it changes, its simulation, and each headline figure
/// with its paired difference from today.
public struct ScenarioOutcome: Sendable {
    /// The scenario applied to the base model: the new model, a record per change, the
    /// differences.
    public var applied: AppliedScenario
    /// The scenario's simulation, with the same seed, runs and cases as today's.
    public var simulation: SimulationReport
    /// Every ``ReportMetric`` against today, in ``ReportMetric/allCases`` order.
    public var metrics: [MetricComparison]

    /// Creates an outcome.
    public init(applied: AppliedScenario, simulation: SimulationReport, metrics: [MetricComparison]) {
        self.applied = applied
        self.simulation = simulation
        self.metrics = metrics
    }

    /// The scenario's name.
    public var name: String { applied.scenario.name }

    /// A figure's comparison.
    public func metric(_ metric: ReportMetric) -> MetricComparison? {
        metrics.first { $0.metric == metric }
    }

    /// Applies a scenario to the base model, simulates it with today's options (common
    /// random numbers: the same seed gives both worlds the same arrivals) and pairs the
    /// replications.
    ///
    /// - Parameters:
    ///   - scenario: A loaded scenario.
    ///   - base: The loaded base model.
    ///   - baseReport: Today's simulation with `options`.
    ///   - options: The simulation options today was run with.
    /// - Throws: ``ReportError/scenario(file:_:)`` when the scenario does not apply,
    ///   ``ReportError/scenarioSimulation(file:message:)`` when its model cannot be simulated.
    static func compute(_ scenario: Scenario, base: LoadedModel, baseReport: SimulationReport,
                        options: SimulationOptions) throws(ReportError) -> ScenarioOutcome {
        let applied: AppliedScenario
        do {
            applied = try scenario.apply(to: base)
        } catch {
            throw .scenario(file: scenario.file, error)
        }
        var changed = base
        changed.model = applied.model
        changed.warnings = applied.warnings
        let report: SimulationReport
        do {
            report = try SiloSimulator.run(changed, options: options)
        } catch {
            throw .scenarioSimulation(file: scenario.file, message: error.description)
        }
        let metrics = ReportMetric.allCases.compactMap { MetricComparison.paired($0, base: baseReport, scenario: report) }
        return ScenarioOutcome(applied: applied, simulation: report, metrics: metrics)
    }
}
