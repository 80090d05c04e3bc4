import ArgumentParser

@main
struct Siloscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siloscope",
        abstract: "Diagnose organizational silos and recommend where the CRM team should sit.",
        subcommands: []
    )
}
