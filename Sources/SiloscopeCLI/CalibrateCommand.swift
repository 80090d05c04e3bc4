import ArgumentParser
import Foundation
import SiloscopeCalibration
import SiloscopeImport
import SiloscopeModel

/// `siloscope calibrate MODEL LOG`: fits the structural model's parameters, handling,
/// handlers and arrival rates to a ticket log (docs/calibration.md).
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit a structural model's friction parameters, handling, handlers and arrivals to a ticket log, with 95 % intervals.",
        discussion: "Simulated method of moments on the log's handovers, bounces, reopens, gaps and visit durations; parameters the log cannot identify keep the model's value and are reported as such. See docs/calibration.md."
    )

    @Argument(help: "The model to calibrate (structural mode).")
    var model: String

    @Argument(help: "The ticket/event log: CSV (case id, unit, timestamp, lifecycle, case type, channel) or XES.")
    var log: String

    @Option(name: .shortAndLong, help: "Write the fitted model here (YAML), with a simulation.calibration record.")
    var output: String?

    @Option(help: "Output format: table, markdown or json.")
    var format: DocumentFormat = .table

    @Option(help: "Share of cases held out for the out-of-sample check (0 turns it off).")
    var holdout = 0.3

    @Option(help: "Seed of the split, the simulations and the bootstrap.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Fit only these parameters (comma-separated, repeatable); one the log cannot identify is an error.", valueName: "names"))
    var fit: [String] = []

    @Option(help: ArgumentHelp("A CSV file mapping log units to model units: lines 'log unit,model unit id'.", valueName: "file"))
    var mapping: String?

    @Option(name: .customLong("simulated-cases"), help: "Simulated cases per evaluation (default: 3 × the cases fitted, 10000–60000).")
    var simulatedCases: Int?

    @Option(name: .customLong("column"), help: ArgumentHelp("Map a log column: ROLE=HEADER or ROLE=NUMBER (repeatable).", valueName: "role=header"))
    var columns: [String] = []

    func validate() throws {
        guard (0..<1).contains(holdout) else { throw ValidationError("--holdout must be at least 0 and below 1, got \(holdout)") }
        if let simulatedCases, simulatedCases < 500 { throw ValidationError("--simulated-cases must be at least 500, got \(simulatedCases)") }
        if let output, [model, log, mapping].contains(output) {
            throw ValidationError("output '\(output)' is an input file; refusing to overwrite it (choose another output path)")
        }
    }

    func run() throws {
        let loaded = try loadModel(model)
        var options = CalibrationOptions()
        options.holdout = holdout
        options.seed = seed
        options.simulatedCases = simulatedCases
        let names = fit.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        options.fit = names.isEmpty ? nil : names
        let reading: EventLogReading
        do {
            if let mapping { options.mapping = try Self.unitMapping(path: mapping) }
            let data = try TextFile.readData(path: log, maximumSize: EventLogImporter.maximumFileSize)
            let settings = EventLogOptions(columns: try ColumnMappingFile.parse(flags: columns))
            reading = try EventLogImporter.read(data, file: log, format: EventLogImporter.format(of: data, path: log), options: settings)
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
        let result: CalibrationResult
        do {
            result = try StructuralCalibrator.calibrate(loaded, log: reading, options: options)
        } catch {
            printError("error: \(error.description)")
            if case .cannotSimulate = error { throw Exit.cannotSimulate }
            throw Exit.invalidInput
        }
        switch format {
        case .table: print(result.table, terminator: "")
        case .markdown: print(result.markdown, terminator: "")
        case .json: print(String(decoding: try result.json(), as: UTF8.self))
        }
        if let output {
            let record = result.model.simulation.calibration?.summary ?? ""
            let comment = "Fitted by 'siloscope calibrate': \(record).\nFitted parameters carry 95 % intervals under simulation.calibration; see docs/calibration.md."
            try writeOutput(Data(result.model.yamlText(comment: comment).utf8), to: output, inputs: [model, log] + [mapping].compactMap { $0 })
            printError("\(output): \(record)")
        }
    }

    /// Reads `log unit,model unit id` lines (`;` or tab also separate; `#` starts a comment).
    static func unitMapping(path: String) throws(DiagnosticsError) -> [String: String] {
        let text = try TextFile.read(path: path, maximumSize: 1 << 20)
        var mapping: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let separator = line.lastIndex(where: { $0 == "," || $0 == ";" || $0 == "\t" }) else {
                problems.append(Diagnostic(severity: .error, file: path, position: SourcePosition(line: number + 1, column: 1), path: "mapping",
                                           message: "expected 'log unit,model unit id', found '\(line)'"))
                continue
            }
            let from = line[..<separator].trimmingCharacters(in: .whitespaces), to = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            if number == 0, from.lowercased().contains("log") { continue }  // a header
            mapping[from] = to
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return mapping
    }
}
