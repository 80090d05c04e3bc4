import Foundation
import SiloscopeDiagnosis
import SiloscopeSimulation

/// How much to simulate for a workshop report, and what to print on its cover.
///
/// The defaults (20 runs of 10,000 cases, 6 robustness draws) are those of
/// `siloscope recommend`, so the report's recommendation is the one the command gives; the
/// full report of the bank with three scenarios takes about 10 s on 2 cores
/// (docs/report.md).
public struct ReportOptions: Sendable {
    /// Replications of today's organization, of each scenario and of each placement.
    public var runs = 20
    /// Measured cases per replication.
    public var cases = 10_000
    /// Cases discarded at the start of each replication.
    public var warmupCases = 1_000
    /// Seed of every random stream: the same seed gives the same report.
    public var seed: UInt64 = 1
    /// Parameter sets drawn for the recommendation's robustness check (0 skips it).
    public var robustnessSamples = 6
    /// Worker threads for the simulations (default: all cores). Results do not depend on it.
    public var threads: Int?
    /// The date printed on the cover.
    public var date = Date()
    /// How many handoff edges the friction chart shows.
    public var edgesShown = 12

    /// The defaults.
    public init() {}

    /// The simulation options every world of the report shares (common random numbers).
    public var simulation: SimulationOptions {
        var options = SimulationOptions()
        options.runs = runs
        options.cases = cases
        options.warmupCases = warmupCases
        options.seed = seed
        options.threads = threads
        return options
    }

    /// The recommendation's options: the same simulation, the default weights.
    public var recommendation: RecommendationOptions {
        var options = RecommendationOptions()
        options.simulation = simulation
        options.robustnessSamples = robustnessSamples
        return options
    }

    /// Checks the ranges.
    func validate() throws(ReportError) {
        guard runs >= 2, runs <= 10_000 else { throw .invalidOptions("runs must be between 2 and 10000, got \(runs)") }
        guard cases >= 1 else { throw .invalidOptions("cases must be at least 1, got \(cases)") }
        guard warmupCases >= 0 else { throw .invalidOptions("warmup_cases must not be negative, got \(warmupCases)") }
        guard robustnessSamples >= 0 else {
            throw .invalidOptions("robustness_samples must not be negative, got \(robustnessSamples)")
        }
        guard edgesShown >= 1 else { throw .invalidOptions("at least one edge must be shown, got \(edgesShown)") }
    }
}
