import Foundation
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation

/// Compares today's organization with any number of what-if scenarios.
///
/// Every scenario is applied to the base first, so a bad scenario fails before anything
/// is simulated, with its file's line. Then today and each scenario are simulated with
/// the same options and seed: replication r of every scenario sees the same arrivals and
/// the same random draws wherever the organizations agree (common random numbers), so
/// the delta of each headline figure is computed replication by replication and its
/// interval is much tighter than two independent runs would give. A scenario that
/// changes nothing gives deltas of exactly 0.
public enum Comparison {
    /// Applies every scenario to `base`, simulates today and each scenario with common
    /// random numbers, and compares them.
    ///
    /// - Parameters:
    ///   - base: The loaded base model (its file must be each scenario's `base:`).
    ///   - scenarios: The scenarios, in the order to show them.
    ///   - options: Runs, cases, seed and overrides, shared by every simulation.
    /// - Returns: The comparison.
    /// - Throws: ``ComparisonError/scenario(file:_:)`` when a scenario cannot be applied
    ///   (every error at its line in the scenario file), ``ComparisonError/simulation(scenario:_:)``
    ///   when an organization cannot be simulated.
    /// - Complexity: One simulation per scenario plus one for today.
    public static func run(base: LoadedModel, scenarios: [Scenario],
                           options: SimulationOptions = SimulationOptions(),
                           pricing: Pricing = .model()) throws(ComparisonError) -> ComparisonReport {
        var applied: [AppliedScenario] = []
        for scenario in scenarios {
            do {
                applied.append(try scenario.apply(to: base))
            } catch {
                throw .scenario(file: scenario.file, error)
            }
        }
        return try run(base: base, applied: applied, options: options, pricing: pricing)
    }

    /// Compares scenarios already applied to `base` (by ``Scenario/apply(to:)-(LoadedModel)``).
    ///
    /// - Parameters:
    ///   - base: The loaded base model.
    ///   - applied: Each scenario applied to `base`.
    ///   - options: Runs, cases, seed and overrides, shared by every simulation.
    /// - Returns: The comparison.
    /// - Throws: ``ComparisonError/simulation(scenario:_:)`` when an organization cannot
    ///   be simulated.
    public static func run(base: LoadedModel, applied: [AppliedScenario],
                           options: SimulationOptions = SimulationOptions(),
                           pricing: Pricing = .model()) throws(ComparisonError) -> ComparisonReport {
        let started = ContinuousClock.now
        let today = try simulate(base, name: "today", options: options)
        var simulated: [(AppliedScenario, SimulationReport)] = []
        for scenario in applied {
            var loaded = base
            loaded.model = scenario.model
            simulated.append((scenario, try simulate(loaded, name: "'\(scenario.scenario.name)' (\(scenario.scenario.file))",
                                                     options: options)))
        }
        return compare(base: base, today: today, simulated: simulated, options: options, pricing: pricing, started: started)
    }

    /// Compares simulations already run with the same options and seed as `today`
    /// (`siloscope serve` keeps today's run and simulates only the changed organization;
    /// replication r of both still saw the same arrivals, so the deltas are those
    /// ``run(base:applied:options:)`` gives).
    ///
    /// - Parameters:
    ///   - base: The loaded base model.
    ///   - today: `SiloSimulator.run(base, options: options)`.
    ///   - simulated: Each scenario applied to `base`, with its simulation.
    ///   - options: The options every simulation was run with.
    ///   - pricing: Which economic figures price the scenarios (none: no money).
    ///   - started: When the work began, for the report's wall time.
    public static func compare(base: LoadedModel, today: SimulationReport,
                               simulated: [(AppliedScenario, SimulationReport)], options: SimulationOptions,
                               pricing: Pricing = .model(),
                               started: ContinuousClock.Instant = .now) -> ComparisonReport {
        let baseEdges = edges(today)
        var compared: [ComparedScenario] = []
        var priced: [PricedScenario] = []
        for (scenario, report) in simulated {
            priced.append(PricedScenario(id: scenarioID(scenario.scenario.file, taken: priced.map(\.id)),
                                         name: scenario.scenario.name, report: report,
                                         investment: scenario.scenario.investment))
            let scenarioEdges = edges(report)
            compared.append(ComparedScenario(
                name: scenario.scenario.name, file: scenario.scenario.file,
                description: scenario.scenario.description, isBase: false,
                changes: ChangeSummary(scenario),
                metrics: metrics(report, base: today),
                edges: scenarioEdges,
                edgeChanges: EdgeFrictionChange.changes(base: baseEdges, scenario: scenarioEdges,
                                                        mergedInto: scenario.diff.mergedInto),
                warnings: scenario.warnings.map(\.description) + report.warnings))
        }
        let economics = pricing.economics(of: base.model)
        let businessCase = economics.map {
            BusinessCase.price(organization: base.model.organization.name, economics: $0.economics, generic: $0.generic,
                               today: today, scenarios: priced, options: pricing.options)
        }
        if let businessCase {
            for s in compared.indices { compared[s].annualSaving = businessCase.scenarios[s].annualSaving }
        }
        let elapsed = ContinuousClock.now - started
        var result = ComparisonReport(
            organization: base.model.organization.name, baseFile: base.sources.file, mode: today.mode,
            seed: options.seed, runs: options.runs, casesPerRun: today.casesPerRun,
            base: ComparedScenario(
                name: "today", file: nil, description: nil, isBase: true, changes: ChangeSummary(),
                metrics: metrics(today, base: nil), edges: baseEdges, edgeChanges: [], warnings: today.warnings),
            scenarios: compared,
            wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        result.businessCase = businessCase
        result.currency = businessCase?.currency
        result.moneyNote = businessCase.map { $0.provenance(.en) } ?? Pricing.hint
        return result
    }

    /// A scenario's id for parameter names and JSON: its file's name without folder and
    /// extension (`bank-crm-under-ceo`), made unique with a number when two files share it.
    public static func scenarioID(_ file: String, taken: [String]) -> String {
        let name = (file as NSString).lastPathComponent
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        var id = stem.isEmpty ? "scenario" : stem
        var n = 2
        while taken.contains(id) {
            id = "\(stem)-\(n)"
            n += 1
        }
        return id
    }

    /// The headline figures of `report`, with deltas against `base` when given.
    static func metrics(_ report: SimulationReport, base: SimulationReport?) -> [MetricComparison] {
        ComparisonMetric.allCases.compactMap { metric in
            guard let value = metric.interval(in: report) else { return nil }
            guard let base else { return MetricComparison(metric: metric, value: value, delta: nil, baseValue: nil) }
            guard let baseValue = metric.interval(in: base) else { return nil }
            return MetricComparison(metric: metric, value: value, delta: delta(metric, report, base),
                                    baseValue: baseValue.mean)
        }
    }

    /// The delta of one metric: paired over replications where they are kept, else from
    /// the two intervals, or exact.
    static func delta(_ metric: ComparisonMetric, _ report: SimulationReport, _ base: SimulationReport) -> DeltaEstimate? {
        switch metric.kind {
        case .exact:
            guard let value = metric.exactValue(in: report), let baseValue = metric.exactValue(in: base) else { return nil }
            return DeltaEstimate(mean: value - baseValue, low: nil, high: nil, method: .exact)
        case .paired where report.replications.count == base.replications.count && report.replications.count >= 2:
            let differences = zip(report.replications, base.replications).compactMap { run, baseRun in
                metric.replicationValue(run).flatMap { value in metric.replicationValue(baseRun).map { value - $0 } }
            }
            if differences.count == report.replications.count { return .paired(differences) }
            fallthrough
        default:
            guard let value = metric.interval(in: report), let baseValue = metric.interval(in: base) else { return nil }
            return .unpaired(value, baseValue)
        }
    }

    static func edges(_ report: SimulationReport) -> [ComparedEdge] {
        report.edges.map { ComparedEdge($0, casesPerRun: report.casesPerRun) }
    }

    private static func simulate(_ loaded: LoadedModel, name: String,
                                 options: SimulationOptions) throws(ComparisonError) -> SimulationReport {
        do {
            return try SiloSimulator.run(loaded, options: options)
        } catch {
            if case .invalidOptions(let problem) = error { throw .invalidOptions(problem) }
            throw .simulation(scenario: name, error)
        }
    }
}
