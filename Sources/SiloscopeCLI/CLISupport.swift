import ArgumentParser
import Foundation
import SiloscopeModel

/// Documented exit codes (see docs/cli.md).
enum Exit {
    /// The input was read and has errors.
    static let invalidInput = ExitCode(1)
    /// A file cannot be read or written.
    static let io = ExitCode(2)
    /// The model is valid but cannot be simulated (unstable queue, unreachable owner).
    static let cannotSimulate = ExitCode(3)
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The most model warnings a command other than `validate` prints.
let maximumWarningsShown = 50

/// Loads and validates a model, printing warnings (the first ``maximumWarningsShown``);
/// on errors prints every diagnostic and exits with the documented code.
func loadModel(_ path: String, quiet: Bool = false) throws -> LoadedModel {
    do {
        let start = ContinuousClock.now
        let progress = Progress.start("loading \(path)")
        defer { progress.stop() }
        let loaded = try ModelLoader.load(path: path)
        Log.logger.info("loaded \(path) in \(ContinuousClock.now - start)")
        Log.logger.debug("\(path): \(loaded.model.units.count) units, \(loaded.model.handoffs.count) handoffs, \(loaded.model.caseTypes.count) case types, \(loaded.warnings.count) warnings")
        if !quiet {
            // Every command but validate shows the first warnings only: a generated or
            // imported organization of 100,000 units can carry tens of thousands.
            for warning in loaded.warnings.prefix(maximumWarningsShown) { printError(warning.description) }
            if loaded.warnings.count > maximumWarningsShown {
                printError("\(path): … and \(loaded.warnings.count - maximumWarningsShown) more warnings; 'siloscope validate \(path)' lists them all")
            }
        }
        return loaded
    } catch {
        report(error)
        throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
    }
}

/// Prints a diagnostics error with its error count.
func report(_ error: DiagnosticsError) {
    printError(error.description)
}

/// Writes an output file atomically, refusing to overwrite inputs; exits with code 2 on
/// failure.
func writeOutput(_ data: Data, to path: String, inputs: [String]) throws {
    do {
        try TextFile.writeAtomically(data, to: path, protecting: inputs)
    } catch {
        printError(error.description)
        throw Exit.io
    }
}

/// `--lang en|tr` on every command that speaks.
extension Language: ExpressibleByArgument {}

/// `--format table|markdown|json` of the commands that print a document (assess,
/// recommend, diff).
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case markdown
    case json
}

extension OptionProblem {
    /// The problem with the option written as its command-line flag: `--runs must be …`.
    var commandLine: String { "\(Self.flag(for: option)) \(problem)" }

    /// The flag of a library option: `warmup_cases` is `--warmup`, `horizon_hours` is
    /// `--horizon-hours`.
    static func flag(for option: String) -> String {
        switch option {
        case "warmup_cases": "--warmup"
        default: "--" + option.replacingOccurrences(of: "_", with: "-")
        }
    }
}
