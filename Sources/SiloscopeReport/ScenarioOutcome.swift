import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation

/// One scenario against today: what it changes, its figures with their paired
/// differences from today (from ``Comparison``), and its full simulation.
public struct ScenarioOutcome: Sendable {
    /// The scenario applied to the base model: the new model, a record per change, the
    /// differences.
    public var applied: AppliedScenario
    /// The scenario in the comparison: every headline figure with its delta against today,
    /// its 95 % interval and significance, and the friction per edge.
    public var compared: ComparedScenario
    /// The scenario's full simulation with the same seed, runs and cases as today (for
    /// the resolution-time distribution, which the comparison does not keep).
    public var simulation: SimulationReport

    /// Creates an outcome.
    public init(applied: AppliedScenario, compared: ComparedScenario, simulation: SimulationReport) {
        self.applied = applied
        self.compared = compared
        self.simulation = simulation
    }

    /// The scenario's name.
    public var name: String { applied.scenario.name }

    /// A figure with its difference from today, when the model has it.
    public func metric(_ metric: ComparisonMetric) -> MetricComparison? {
        compared.metric(metric)
    }

    /// Compares scenarios applied to `base` with today through ``Comparison`` (common
    /// random numbers), keeping each scenario's full simulation.
    ///
    /// - Throws: ``ReportError/scenarioSimulation(file:message:)`` when an organization
    ///   cannot be simulated.
    static func compute(_ applied: [AppliedScenario], base: LoadedModel,
                        options: SimulationOptions) throws(ReportError) -> [ScenarioOutcome] {
        guard !applied.isEmpty else { return [] }
        let comparison: ComparisonReport
        do {
            comparison = try Comparison.run(base: base, applied: applied, options: options, pricing: Pricing(source: .off))
        } catch {
            switch error {
            case .scenario(let file, let diagnostics): throw .scenario(file: file, diagnostics)
            case .invalidOptions(let problem): throw .invalidOptions(problem)
            case .simulation: throw .scenarioSimulation(file: base.sources.file, message: error.description)
            }
        }
        // The comparison kept each scenario's full simulation (same seed, runs and cases).
        var outcomes: [ScenarioOutcome] = []
        for (index, (scenario, compared)) in zip(applied, comparison.scenarios).enumerated() {
            outcomes.append(ScenarioOutcome(applied: scenario, compared: compared, simulation: comparison.simulations[index + 1]))
        }
        return outcomes
    }
}
