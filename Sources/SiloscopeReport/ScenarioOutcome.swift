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

    /// Simulates each scenario applied to `base` with the options `today` was simulated
    /// with (common random numbers) and compares it with today through ``Comparison``,
    /// keeping each scenario's full simulation; today is not simulated again.
    ///
    /// - Throws: ``ReportError/scenarioSimulation(file:message:)`` when an organization
    ///   cannot be simulated.
    static func compute(_ applied: [AppliedScenario], base: LoadedModel, today: SimulationReport,
                        options: SimulationOptions) throws(ReportError) -> [ScenarioOutcome] {
        guard !applied.isEmpty else { return [] }
        var simulated: [(AppliedScenario, SimulationReport)] = []
        for scenario in applied {
            var changed = base
            changed.model = scenario.model
            do {
                simulated.append((scenario, try SiloSimulator.run(changed, options: options)))
            } catch {
                let name = "'\(scenario.scenario.name)' (\(scenario.scenario.file))"
                throw .scenarioSimulation(file: base.sources.file, message: "cannot simulate \(name): \(error.description)")
            }
        }
        let comparison = Comparison.compare(base: base, today: today, simulated: simulated, options: options,
                                            pricing: Pricing(source: .off))
        var outcomes: [ScenarioOutcome] = []
        for ((scenario, report), compared) in zip(simulated, comparison.scenarios) {
            outcomes.append(ScenarioOutcome(applied: scenario, compared: compared, simulation: report))
        }
        return outcomes
    }
}
