import ArgumentParser
import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeScenarios

/// `siloscope compare BASE --scenario A.yaml --scenario B.yaml`: today and each scenario
/// side by side, with paired deltas (common random numbers), intervals and whether each
/// difference is real.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare today's organization with what-if scenarios, side by side, with deltas and intervals.",
        discussion: """
            Every scenario is applied to BASE first (a bad scenario stops here, with its \
            file's line), then today and each scenario are simulated with the same seed, so \
            replication r of each saw the same arrivals (common random numbers) and each \
            delta has a paired 95% interval; 'better' or 'worse' marks a difference whose \
            interval excludes 0. The base model file is never modified. See docs/compare.md. \
            Exit codes: 0 compared, 1 a scenario or the model has errors, 2 a file cannot be \
            read or written, 3 an organization cannot be simulated, 64 usage error.
            """
    )

    @Argument(help: "The base model (YAML or JSON): today's organization.")
    var base: String

    @Option(name: .customLong("scenario"), help: "A scenario file (repeatable; shown in the order given).")
    var scenarios: [String] = []

    @OptionGroup var simulation: SimulationFlags

    @Option(help: "Output format: table, markdown, csv or json.")
    var format: ComparisonFormat = .table

    @Option(name: .shortAndLong, help: "Write the comparison to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("give at least one --scenario FILE to compare with today") }
    }

    @Option(help: "Money: model (the model's economics section, if any), defaults (generic published ranges, labelled) or off.")
    var economics: Pricing.Source = .model

    @Option(help: "Draws of the economic figures for the annual saving.")
    var draws = 10_000

    func run() throws {
        let comparison = try compareScenarios(base: base, scenarios: scenarios, simulation: simulation,
                                              pricing: Pricing(source: economics, options: PricingOptions(draws: draws, seed: simulation.seed)))
        let data: Data
        switch format {
        case .table: data = Data((comparison.table() + "\n").utf8)
        case .markdown: data = Data(comparison.markdown().utf8)
        case .csv: data = Data(comparison.csv().utf8)
        case .json: data = try comparison.json() + Data("\n".utf8)
        }
        if let output {
            try writeOutput(data, to: output, inputs: [base] + scenarios)
            printError("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// Loads BASE and every scenario, applies them (reporting every bad one before anything is
/// simulated), simulates today and each with common random numbers and prices them: the
/// work `compare` and `cost` share.
func compareScenarios(base: String, scenarios: [String], simulation: SimulationFlags,
                      pricing: Pricing) throws -> ComparisonReport {
    var loadedScenarios: [Scenario] = []
    var failed: ExitCode?
    for path in scenarios {
        do {
            loadedScenarios.append(try ScenarioLoader.load(path: path))
        } catch {
            report(error)
            failed = failed ?? (error.kind == .unreadable ? Exit.io : Exit.invalidInput)
        }
    }
    let model = try loadModel(base)
    if let calibration = model.model.simulation.calibration {
        printError("note: \(base) was \(calibration.summary); its fitted parameters carry 95 % intervals (docs/calibration.md)")
    }
    var applied: [AppliedScenario] = []
    for scenario in loadedScenarios {
        do {
            applied.append(try scenario.apply(to: model))
        } catch {
            report(error)
            failed = failed ?? Exit.invalidInput
        }
    }
    if let failed { throw failed }
    let options = try simulation.options()
    do {
        let progress = Progress.start("simulating today and \(applied.count) scenario\(applied.count == 1 ? "" : "s")")
        defer { progress.stop() }
        return try Comparison.run(base: model, applied: applied, options: options, pricing: pricing)
    } catch {
        printError("\(base): error: \(error.description)")
        switch error {
        case .invalidOptions: throw ExitCode.validationFailure
        case .scenario: throw Exit.invalidInput
        case .simulation: throw Exit.cannotSimulate
        }
    }
}

extension Pricing.Source: ExpressibleByArgument {}

/// Output formats of `siloscope compare`.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case markdown
    case csv
    case json
}
