import ArgumentParser
import Foundation
import SiloscopeModel
import SiloscopeSimulation

/// `siloscope simulate MODEL`: complaint routing, campaigns and reporting, with the Silo
/// Friction Index.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate how complaints and campaigns travel through the organization and measure silo friction.",
        discussion: "Every figure is a mean over replications with a 95% confidence interval. See docs/simulation.md."
    )

    @Argument(help: "Model file (YAML or JSON).")
    var model: String

    @OptionGroup var simulation: SimulationFlags

    @Option(help: "Output format: table, json or csv.")
    var format: ReportFormat = .table

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("event-log"), help: "Write replication 0's event log here: .csv or .xes (process-mining formats).")
    var eventLog: String?

    func run() throws {
        let loaded = try loadModel(model)
        if let eventLog, !(eventLog.hasSuffix(".csv") || eventLog.hasSuffix(".xes")) {
            throw ValidationError("--event-log must end in .csv or .xes, got '\(eventLog)'")
        }
        let sink = eventLog == nil ? nil : EventLogSink()
        let report = try runSimulation(loaded, simulation.options(), eventLog: sink)
        let data: Data
        switch format {
        case .table: data = Data((report.table() + "\n").utf8)
        case .json: data = try report.json() + Data("\n".utf8)
        case .csv: data = Data(report.csv().utf8)
        }
        if let output {
            try writeOutput(data, to: output, inputs: [model])
            printError("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
        if let eventLog, let sink {
            let text = eventLog.hasSuffix(".xes") ? sink.xes() : sink.csv()
            try writeOutput(Data(text.utf8), to: eventLog, inputs: [model])
            printError("wrote \(eventLog) (\(sink.count) services of replication 0)")
        }
    }
}

/// Report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

/// Flags shared by every command that simulates.
struct SimulationFlags: ParsableArguments {
    @Option(help: "Replications (independent runs); intervals are over these.")
    var runs = 10

    @Option(help: "Seed of every random stream; the same seed gives the same figures.")
    var seed: UInt64 = 1

    @Option(help: "Measured cases per replication.")
    var cases = 20_000

    @Option(help: "Cases discarded at the start of each replication.")
    var warmup = 2_000

    @Option(name: .customLong("horizon-hours"), help: "Run each replication for this many simulated hours instead of a case count.")
    var horizonHours: Double?

    @Option(help: "Routing mode: structural or explicit (default: the model's).")
    var mode: String?

    @Option(name: .customLong("set"), help: "Override a simulation parameter: --set name=value (repeatable).")
    var overrides: [String] = []

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    /// Refuses out-of-range flags before anything is loaded, with the library's own
    /// ranges (``SimulationOptions/problem``) and the flag's name.
    func validate() throws {
        if let problem = try options().problem { throw ValidationError(problem.commandLine) }
    }

    func options() throws -> SimulationOptions {
        var options = SimulationOptions()
        options.runs = runs
        options.seed = seed
        options.cases = cases
        options.warmupCases = warmup
        options.horizonHours = horizonHours
        options.threads = threads
        if let mode {
            guard let value = RoutingMode(rawValue: mode) else { throw ValidationError("--mode must be structural or explicit, got '\(mode)'") }
            options.mode = value
        }
        for item in overrides {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw ValidationError("--set expects name=value with a number, got '\(item)'")
            }
            options.parameters[parts[0]] = value
        }
        return options
    }
}

/// Runs a simulation, mapping failures to the documented exit codes.
func runSimulation(_ loaded: LoadedModel, _ options: SimulationOptions, eventLog: EventLogSink? = nil) throws -> SimulationReport {
    let progress = Progress.start("simulating")
    defer { progress.stop() }
    do {
        Log.logger.debug("simulating: \(options.runs) runs × \(options.cases) cases, seed \(options.seed), mode \(options.mode?.rawValue ?? "model's")")
        let report = try SiloSimulator.run(loaded, options: options, eventLog: eventLog)
        Log.logger.info("simulated \(report.events) events in \(String(format: "%.2f", report.wallSeconds)) s")
        return report
    } catch {
        switch error {
        case .diagnostics(let diagnostics):
            // Already `file:line:column: error: …`, one per line.
            printError("\(diagnostics)")
            throw Exit.invalidInput
        case .invalidOptions:
            printError("\(loaded.sources.file): error: \(error)")
            throw ExitCode.validationFailure
        case .unstable:
            printError("\(loaded.sources.file): error: \(error); on the command line: --horizon-hours HOURS")
            throw Exit.cannotSimulate
        default:
            printError("\(loaded.sources.file): error: \(error)")
            throw Exit.cannotSimulate
        }
    }
}

