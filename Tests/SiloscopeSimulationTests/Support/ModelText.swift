import Foundation
import SiloscopeModel
import SiloscopeSimulation

/// A small model as YAML text, one flow mapping per entry, so that a test changes exactly
/// one line (a handoff, a unit's parent, a system's sync) and nothing else.
struct ModelText {
    var name = "Test organization"
    var units: [String]
    var handoffs: [String] = []
    var systems: [String] = []
    var touchpoints: [String]
    var caseTypes: [String]
    var campaigns: [String] = []
    var reporting: [String] = []
    var crm: String?
    var routing: [String] = []
    var mode: String?
    var parameters: [String: Double] = [:]

    /// The YAML file.
    var text: String {
        var lines = ["siloscope: 1", "organization: {name: \(name)}"]
        func section(_ key: String, _ entries: [String]) {
            guard !entries.isEmpty else { return }
            lines.append("\(key):")
            lines += entries.map { "  - \($0)" }
        }
        section("units", units)
        section("handoffs", handoffs)
        section("systems", systems)
        section("touchpoints", touchpoints)
        section("case_types", caseTypes)
        section("campaigns", campaigns)
        section("reporting", reporting)
        if let crm { lines.append("crm: \(crm)") }
        if !routing.isEmpty {
            lines.append("routing:")
            lines += routing.map { "  \($0)" }
        }
        if mode != nil || !parameters.isEmpty {
            lines.append("simulation:")
            if let mode { lines.append("  mode: \(mode)") }
            if !parameters.isEmpty {
                lines.append("  parameters:")
                lines += parameters.sorted { $0.key < $1.key }.map { "    \($0.key): \($0.value)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Loads and validates the text.
    func load() throws -> LoadedModel {
        try ModelLoader.load(text: text, file: "\(name).yaml")
    }

    /// Replaces the entry of `units` whose id is `id`.
    mutating func replaceUnit(_ id: String, with entry: String) {
        guard let i = units.firstIndex(where: { $0.contains("id: \(id),") }) else {
            preconditionFailure("no unit '\(id)' in the test model")
        }
        units[i] = entry
    }
}

/// How much to simulate: debug builds run the same tests on fewer cases (the fixed seeds
/// make each size deterministic; every assertion was checked at both sizes).
enum Scale {
    #if DEBUG
    static let runs = 6
    static let cases = 4_000
    static let warmup = 500
    /// For a unit 85 % busy, whose waits scatter more.
    static let busyRuns = 8
    static let busyCases = 12_000
    #else
    static let runs = 10
    static let cases = 20_000
    static let warmup = 2_000
    static let busyRuns = 10
    static let busyCases = 20_000
    #endif
}

/// Runs a model with the test defaults.
func simulate(_ model: ModelText, parameters: [String: Double] = [:], runs: Int = Scale.runs, cases: Int = Scale.cases,
              warmup: Int = Scale.warmup, seed: UInt64 = 20_260_105, threads: Int? = nil, mode: RoutingMode? = nil,
              horizonHours: Double? = nil, eventLog: EventLogSink? = nil) throws -> SimulationReport {
    try simulate(model.load(), parameters: parameters, runs: runs, cases: cases, warmup: warmup, seed: seed,
                 threads: threads, mode: mode, horizonHours: horizonHours, eventLog: eventLog)
}

/// Runs a loaded model with the test defaults.
func simulate(_ loaded: LoadedModel, parameters: [String: Double] = [:], runs: Int = Scale.runs, cases: Int = Scale.cases,
              warmup: Int = Scale.warmup, seed: UInt64 = 20_260_105, threads: Int? = nil, mode: RoutingMode? = nil,
              horizonHours: Double? = nil, eventLog: EventLogSink? = nil) throws -> SimulationReport {
    var options = SimulationOptions()
    options.runs = runs
    options.cases = cases
    options.warmupCases = warmup
    options.seed = seed
    options.threads = threads
    options.mode = mode
    options.horizonHours = horizonHours
    options.parameters = parameters
    return try SiloSimulator.run(loaded, options: options, eventLog: eventLog)
}

extension Interval {
    /// True when the two 95 % intervals do not overlap and this one lies above.
    func isAbove(_ other: Interval) -> Bool { low > other.high }
    /// True when the two 95 % intervals overlap.
    func overlaps(_ other: Interval) -> Bool { low <= other.high && other.low <= high }
    /// True when `value` lies in the interval widened by `slack` on each side.
    func contains(_ value: Double, slack: Double = 0) -> Bool { low - slack <= value && value <= high + slack }
}

/// The paired difference a − b over replications (common random numbers: replication r
/// of both runs saw the same arrivals), as a mean with its 95 % interval.
func pairedDifference(_ a: SimulationReport, _ b: SimulationReport,
                      _ figure: (ReplicationFigures) -> Double) -> Interval {
    Interval(values: zip(a.replications, b.replications).map { figure($0) - figure($1) })
}

extension SimulationReport {
    /// The figures of one unit, if any case visited it.
    func unit(_ id: String) -> UnitFigures? { units.first { $0.id == id } }
    /// The figures of one case type.
    func caseType(_ id: String) -> CaseTypeFigures? { caseTypes.first { $0.id == id } }
    /// The figures of one edge.
    func edge(_ from: String, _ to: String) -> EdgeFigures? { edges.first { $0.from == from && $0.to == to } }
}

/// The package's root directory (for docs/ and org-models/).
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    preconditionFailure("Package.swift not found above \(#filePath)")
}()

/// Prints a test's observed effect when SILOSCOPE_PRINT_EFFECTS=1 (`swift test -c release
/// -Xswiftc -enable-testing --filter SiloscopeSimulationTests` with it set shows the
/// sizes docs/simulation.md quotes).
func note(_ text: @autoclosure () -> String, function: String = #function) {
    guard ProcessInfo.processInfo.environment["SILOSCOPE_PRINT_EFFECTS"] == "1" else { return }
    print("effect \(function): \(text())")
}

extension Interval {
    /// Short text: mean [low – high].
    var text: String { String(format: "%.4g [%.4g – %.4g]", mean, low, high) }
}
