import ArgumentParser
import Foundation
import SiloscopeInterchange
import SiloscopeModel

/// `siloscope export dot|units MODEL -o FILE`: hand a model to other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a model's org chart as Graphviz DOT or its units as CSV.",
        discussion: "Without -o the export is printed. Exit code 0 on success, 1 for an invalid model, 2 when a file cannot be read or written."
    )

    /// What to export.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case dot
        case units
    }

    @Argument(help: "dot (the org chart as DOT) or units (a CSV of units).")
    var kind: Kind

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "CSV delimiter for units: comma, semicolon or tab.")
    var delimiter = "comma"

    func validate() throws {
        if let output, URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: model).standardizedFileURL {
            throw ValidationError("output '\(output)' is the model file; refusing to overwrite it")
        }
        guard CSVDelimiter(userSpelling: delimiter) != nil else {
            throw ValidationError("unknown delimiter '\(delimiter)'; expected comma, semicolon or tab")
        }
    }

    func run() throws {
        let loaded = try loadModel(model)
        let text: String
        switch kind {
        case .dot:
            do {
                text = try ModelExporter.dot(loaded.model, file: model)
            } catch {
                report(error)
                throw Exit.invalidInput
            }
        case .units:
            text = ModelExporter.unitsCSV(loaded.model, delimiter: CSVDelimiter(userSpelling: delimiter) ?? .comma)
        }
        if let output {
            try writeOutput(Data(text.utf8), to: output, inputs: [model])
        } else {
            print(text, terminator: "")
        }
    }
}
