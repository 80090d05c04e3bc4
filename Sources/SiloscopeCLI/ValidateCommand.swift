import ArgumentParser
import Foundation
import SiloscopeModel

/// `siloscope validate FILE…`: every problem of every file, at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check model files and report every problem with file, line, column and field.",
        discussion: "Exit code 0 when every file is valid (warnings allowed), 1 when any has errors, 2 when one cannot be read."
    )

    @Argument(help: "Model files (YAML or JSON).")
    var files: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Output: text (compiler-style lines on stderr) or json (on stdout).")
    var format: DiagnosticsFormat = .text

    func run() throws {
        var worst: ExitCode = .success
        var all: [Diagnostic] = []
        for file in files {
            do {
                let text = try TextFile.read(path: file, maximumSize: ModelLoader.maximumFileSize)
                let (model, _, findings) = try ModelLoader.check(text: text, file: file)
                all += findings
                let errors = findings.filter { $0.severity == .error }.count
                let warnings = findings.count - errors
                if format == .text {
                    for finding in findings { printError(finding.description) }
                    if errors == 0 {
                        print("\(file): valid — \(model.units.count) units, \(model.handoffs.count) handoffs, \(model.systems.count) systems, \(model.touchpoints.count) touchpoints, \(model.caseTypes.count) case types, \(model.campaigns.count) campaigns (\(warnings) warning\(warnings == 1 ? "" : "s"))")
                    } else {
                        print("\(file): invalid — \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
                    }
                }
                if errors > 0 || (strict && warnings > 0) { worst = worst == Exit.io ? worst : Exit.invalidInput }
            } catch {
                all += error.diagnostics
                if format == .text { for finding in error.diagnostics { printError(finding.description) } }
                worst = error.kind == .unreadable ? Exit.io : (worst == Exit.io ? worst : Exit.invalidInput)
            }
        }
        if format == .json {
            let objects = all.map { d -> [String: Any] in
                var object: [String: Any] = ["severity": d.severity.rawValue, "file": d.file, "path": d.path, "message": d.message]
                if let position = d.position { object["line"] = position.line; object["column"] = position.column }
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: ["diagnostics": objects], options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
        if worst != .success { throw worst }
    }
}

/// How diagnostics are printed.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
