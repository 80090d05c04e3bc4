import ArgumentParser
import Foundation
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeReport
import SiloscopeScenarios

/// `siloscope report MODEL [--scenario S.yaml …] -o report.html --lang en|tr`: the
/// workshop report as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the workshop report: one self-contained HTML page to open in any browser and print.",
        discussion: """
            The page holds the organization, the assessment, the friction diagnosis, the \
            recommendation with its explanation, each scenario against today, plots and a \
            glossary, in English or Turkish. Diagrams, plots and styles are inline; the page \
            loads nothing from the network. It prints on A4 landscape. Today, every scenario \
            and every placement of the CRM team are simulated with the same seed (common \
            random numbers). The output is written atomically and never over the model or a \
            scenario file. See docs/report.md. Exit codes: 0 written, 1 the model or a \
            scenario has errors, 2 a file cannot be read or written, 3 the model cannot be \
            simulated, 64 usage error.
            """
    )

    @Argument(help: "Model file (YAML or JSON).")
    var model: String

    @Option(name: .customLong("scenario"), help: "A scenario file to compare with today (repeatable).")
    var scenarios: [String] = []

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    @Option(help: "Language: en or tr.")
    var lang: Language = .en

    @Option(help: "Replications of today, each scenario and each placement.")
    var runs = 20

    @Option(help: "Measured cases per replication.")
    var cases = 10_000

    @Option(help: "Seed of every random stream.")
    var seed: UInt64 = 1

    @Option(name: .customLong("robustness-samples"), help: "Parameter sets drawn for the recommendation's robustness check (0 skips it).")
    var robustnessSamples = 6

    func validate() throws {
        if runs < 2 { throw ValidationError("--runs must be at least 2 for a confidence interval, got \(runs)") }
        if cases < 1 { throw ValidationError("--cases must be at least 1, got \(cases)") }
        if robustnessSamples < 0 { throw ValidationError("--robustness-samples must not be negative, got \(robustnessSamples)") }
    }

    func run() throws {
        let loaded = try loadModel(model)
        if let calibration = loaded.model.simulation.calibration {
            printError("note: \(model) was \(calibration.summary); the recommendation's robustness check draws those parameters from their fitted intervals")
        }
        var loadedScenarios: [Scenario] = []
        for path in scenarios {
            do {
                loadedScenarios.append(try ScenarioLoader.load(path: path))
            } catch {
                report(error)
                throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
            }
        }
        var options = ReportOptions()
        options.runs = runs
        options.cases = cases
        options.seed = seed
        options.robustnessSamples = robustnessSamples
        let progress = Progress.start("simulating today, \(scenarios.count) scenario(s) and every placement")
        let html: String
        let workshop: WorkshopReport
        do {
            workshop = try WorkshopReport.build(loaded, scenarios: loadedScenarios, options: options)
            html = try workshop.html(language: lang)
            progress.stop()
        } catch {
            progress.stop()
            printError(error.description)
            switch error {
            case .invalidOptions: throw ExitCode.validationFailure
            case .simulation, .scenarioSimulation: throw Exit.cannotSimulate
            case .rendering: throw Exit.invalidInput
            case .scenario, .questionSet: throw error.isUnreadableFile ? Exit.io : Exit.invalidInput
            }
        }
        if let problem = workshop.recommendationProblem { printError("note: no recommendation in the report: \(problem)") }
        try writeOutput(Data(html.utf8), to: output, inputs: [model] + scenarios)
        print("\(output): workshop report (\(lang.rawValue)) of \(loaded.model.organization.name), \(scenarios.count) scenario(s), \(Data(html.utf8).count / 1024) KB")
    }
}
