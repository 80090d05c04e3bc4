import ArgumentParser

/// The `siloscope` command: one subcommand per job, each in its own file.
@main
struct Siloscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siloscope",
        abstract: "Diagnose organizational silos and recommend where the CRM team should sit.",
        discussion: """
            Exit codes: 0 success, 1 invalid input (the model, scenario or data file has \
            errors), 2 a file cannot be read or written, 3 the model cannot be simulated \
            (for example an unstable queue), 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            SimulateCommand.self,
            AssessCommand.self,
            RecommendCommand.self,
            ScenarioCommand.self,
            CostCommand.self,
            RenderCommand.self,
            ImportCommand.self,
            CalibrateCommand.self,
            ExportCommand.self,
            CompareCommand.self,
            ReportCommand.self,
            DiffCommand.self,
            ServeCommand.self,
        ]
    )
}
