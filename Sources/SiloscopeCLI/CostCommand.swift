import ArgumentParser
import Foundation
import SiloscopeComparison
import SiloscopeEconomics
import SiloscopeModel

/// `siloscope cost MODEL [--scenario S.yaml…]`: the business case in money.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "The business case in money: what silos cost a year, what each scenario saves, payback and NPV.",
        discussion: """
            Simulates MODEL (and each --scenario with common random numbers), then prices \
            the simulated quantities (staff hours per unit, contacts per channel, complaints \
            by effort, irrelevant campaign contacts, duplicate reporting) with the model's \
            economics section: thousands of draws of its figures, each with a bootstrap of \
            the replications, give P10/P50/P90. Today's cost of silos is today against the \
            direct-to-owner twin of the Silo Friction Index. See docs/economics.md. Exit \
            codes: 0 priced, 1 the model or a scenario has errors or the model has no \
            economics section (use --economics defaults for generic ranges), 2 a file cannot \
            be read or written, 3 an organization cannot be simulated, 64 usage error.
            """
    )

    @Argument(help: "The model (YAML or JSON).")
    var model: String

    @Option(name: .customLong("scenario"), help: "A scenario file to price against today (repeatable).")
    var scenarios: [String] = []

    @OptionGroup var simulation: SimulationFlags

    @Option(help: "Draws of the economic figures.")
    var draws = 10_000

    @Option(help: "Economic figures: model (its economics section) or defaults (generic published ranges, labelled as such).")
    var economics: Pricing.Source = .model

    @Option(help: "Output format: table, markdown or json.")
    var format: DocumentFormat = .table

    @Option(help: "Language of the text: en or tr.")
    var lang: Language = .en

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard (1...1_000_000).contains(draws) else { throw ValidationError("--draws must be from 1 to 1000000, got \(draws)") }
        if economics == .off { throw ValidationError("--economics off prices nothing; use model or defaults") }
    }

    func run() throws {
        if economics == .model {
            // Say it before simulating anything.
            let loaded = try loadModel(model, quiet: true)
            if loaded.model.economics == nil {
                printError("\(model): error: the model has no economics section, so nothing can be priced; add one (docs/economics.md) or run with --economics defaults for generic published ranges")
                throw Exit.invalidInput
            }
        }
        let comparison = try compareScenarios(
            base: model, scenarios: scenarios, simulation: simulation,
            pricing: Pricing(source: economics, options: PricingOptions(draws: draws, seed: simulation.seed)))
        guard let businessCase = comparison.businessCase else { throw Exit.invalidInput }
        let data: Data
        switch format {
        case .table: data = Data((businessCase.table(language: lang) + "\n").utf8)
        case .markdown: data = Data(businessCase.markdown(language: lang).utf8)
        case .json: data = try businessCase.json() + Data("\n".utf8)
        }
        if let output {
            try writeOutput(data, to: output, inputs: [model] + scenarios)
            printError("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
