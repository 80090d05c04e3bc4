import ArgumentParser
import Foundation
import SiloscopeModel
import SiloscopeRendering

/// `siloscope render FILE --view org|handoffs -o OUT`: a model's diagram through Graphviz,
/// in-process, written atomically.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a model's org chart or handoffs as SVG, PNG, PDF or DOT.",
        discussion: """
            The org view draws reporting lines top-down, divisions as shaded boxes, handoffs \
            as dashed arrows (wider for more cases per day) and the CRM team highlighted. The \
            handoffs view draws the units that hand work on, with each handoff's case types, \
            channel and context kept. The format follows the output's extension unless \
            --format is given. The output is written to a temporary file and renamed, so a \
            failed render never leaves a partial file; the input file is never overwritten. \
            Exit codes: 0 written, 1 the model has errors or cannot be drawn, 2 a file cannot \
            be read or written, 64 usage error.
            """
    )

    @Argument(help: "Model file (YAML or JSON).")
    var file: String

    @Option(help: "What to draw.")
    var view: OrgView = .org

    @Option(help: "Output format; by default taken from the output file's extension (.svg, .png, .pdf, .dot, .gv).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    @Option(help: "Graphviz layout engine.")
    var engine: LayoutEngine = .dot

    /// The format asked for, or the one the output's extension names.
    private var resolvedFormat: OutputFormat? { format ?? OutputFormat(pathExtensionOf: output) }

    func validate() throws {
        if resolvedFormat == nil {
            throw ValidationError(
                "cannot tell the format from '\(output)'; use a .svg, .png, .pdf or .dot file name or pass --format")
        }
    }

    func run() throws {
        guard let format = resolvedFormat else { throw ExitCode.validationFailure }
        let loaded = try loadModel(file)
        let data: Data
        do {
            data = try view.diagram(for: loaded.model).rendered(as: format, engine: engine)
        } catch {
            printError("\(file): error: \(error.description)")
            throw Exit.invalidInput
        }
        try writeOutput(data, to: output, inputs: [file])
        print("\(output): \(view.rawValue) view of \(loaded.model.units.count) units, \(format.rawValue), \(data.count) bytes")
    }
}

extension OrgView: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
