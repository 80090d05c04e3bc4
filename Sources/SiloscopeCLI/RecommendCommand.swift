import ArgumentParser
import Foundation
import SiloscopeDiagnosis
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeSimulation

/// `siloscope recommend MODEL`: where the CRM team should sit, with evidence and honest
/// uncertainty.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Rank every candidate placement of the CRM team, with evidence, intervals and what is unknown.",
        discussion: "Each placement is simulated with common random numbers; the score combines the simulated outcome with the fit to the assessment. See docs/recommendation.md."
    )

    @Argument(help: "Model file (YAML or JSON).")
    var model: String

    @Option(help: "Replications per candidate.")
    var runs = 20

    @Option(help: "Measured cases per replication.")
    var cases = 10_000

    @Option(help: "Seed of every random stream.")
    var seed: UInt64 = 1

    @Option(name: .customLong("weight-simulation"), help: "Weight of the simulated outcome in the score.")
    var weightSimulation = 0.6

    @Option(name: .customLong("weight-fit"), help: "Weight of the fit with the assessment in the score.")
    var weightFit = 0.4

    @Option(name: .customLong("robustness-samples"), help: "Parameter sets drawn for the robustness check (0 skips it).")
    var robustnessSamples = 6

    @Option(help: "Money: model (the model's economics section, if any), defaults (generic published ranges, labelled) or off.")
    var economics: Pricing.Source = .model

    @Option(help: "Output format: table, markdown or json.")
    var format: DocumentFormat = .table

    @Option(help: "Language: en or tr.")
    var lang: Language = .en

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Refuses out-of-range flags before anything is simulated, with the simulation's own
    /// ranges and the flag's name.
    func validate() throws {
        var simulation = SimulationOptions()
        simulation.runs = runs
        simulation.cases = cases
        if let problem = simulation.problem { throw ValidationError(problem.commandLine) }
        guard robustnessSamples >= 0 else { throw ValidationError("--robustness-samples must not be negative, got \(robustnessSamples)") }
    }

    func run() throws {
        let loaded = try loadModel(model)
        let questions: AssessmentQuestionSet
        do { questions = try AssessmentQuestionSet.bundled() } catch { report(error); throw Exit.io }
        let assessment = Assessment.assess(loaded, questionSet: questions)
        for finding in assessment.findings { printError(finding.description) }
        var options = RecommendationOptions()
        options.simulation.runs = runs
        options.simulation.cases = cases
        options.simulation.seed = seed
        options.weights.simulation = weightSimulation
        options.weights.fit = weightFit
        options.robustnessSamples = robustnessSamples
        options.pricing = Pricing(source: economics)
        let progress = Progress.start("simulating every placement")
        let recommendation: Recommendation
        do {
            recommendation = try Recommender.recommend(loaded, assessment: assessment, options: options)
            progress.stop()
        } catch {
            progress.stop()
            printError(error.description)
            switch error {
            case .invalidOptions: throw ExitCode.validationFailure
            case .simulation: throw Exit.cannotSimulate
            default: throw Exit.invalidInput
            }
        }
        let data: Data
        switch format {
        case .table: data = Data((recommendation.table(language: lang) + "\n").utf8)
        case .markdown: data = Data(recommendation.markdown(language: lang).utf8)
        case .json: data = try recommendation.json() + Data("\n".utf8)
        }
        if let output {
            try writeOutput(data, to: output, inputs: [model])
            printError("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

