import ArgumentParser
import Foundation
import SiloscopeImport
import SiloscopeInterchange
import SiloscopeModel

/// `siloscope import orgchart|events|dot`: turn a client's data into a model.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an HR org-chart export, a ticket/event log or a DOT org chart into a model.",
        discussion: "Every row is used or rejected with a reason; the summary goes to stderr. Exit code 0 on success, 1 when the input cannot be used, 2 when a file cannot be read or written, 64 for a usage error. See docs/import.md.",
        subcommands: [ImportOrgChart.self, ImportEvents.self, ImportDOT.self]
    )
}

/// Options shared by the table importers (CSV and .xlsx).
struct CSVImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("For an .xlsx workbook: the sheet to read, by name or number (default: the first sheet with values).", valueName: "name|number"))
    var sheet: String?

    @Option(name: .customLong("column"), help: ArgumentHelp("Map a column: ROLE=HEADER or ROLE=NUMBER (repeatable).", valueName: "role=header"))
    var columns: [String] = []

    @Option(help: ArgumentHelp("A YAML file mapping roles to headers or column numbers.", valueName: "file"))
    var mapping: String?

    @Option(help: "Encoding of a CSV file: auto, utf-8, utf-16le, utf-16be or windows-1254.")
    var encoding = "auto"

    @Option(help: "Delimiter of a CSV file: auto, comma, semicolon, tab or pipe.")
    var delimiter = "auto"

    @Option(help: ArgumentHelp("Write the rejected rows, with reasons, to this CSV file.", valueName: "file"))
    var rejected: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Write the full summary (every anomaly) to this text file.", valueName: "file"))
    var reportFile: String?

    @Flag(help: "Exit with code 1 when any row is rejected or any anomaly is found.")
    var strict = false

    func parsedEncoding() throws -> TextEncoding? {
        if encoding.lowercased() == "auto" { return nil }
        guard let value = TextEncoding(userSpelling: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; expected auto, utf-8, utf-16le, utf-16be or windows-1254")
        }
        return value
    }

    func parsedDelimiter() throws -> CSVDelimiter? {
        if delimiter.lowercased() == "auto" { return nil }
        guard let value = CSVDelimiter(userSpelling: delimiter) else {
            throw ValidationError("unknown delimiter '\(delimiter)'; expected auto, comma, semicolon, tab or pipe")
        }
        return value
    }

    /// The column mapping from the file, overridden by flags.
    func columnMapping() throws -> [String: String] {
        do {
            var result: [String: String] = [:]
            if let mapping {
                let text = try TextFile.read(path: mapping, maximumSize: 1 << 20)
                result = try ColumnMappingFile.parse(text: text, file: mapping)
            }
            return result.merging(try ColumnMappingFile.parse(flags: columns)) { _, flag in flag }
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
    }

    /// Outputs that must not overwrite these inputs, and distinct from each other.
    func checkOutputs(_ outputs: [String?], inputs: [String]) throws {
        let given = outputs.compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let sources = inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if let clash = given.first(where: sources.contains) {
            throw ValidationError("output '\(clash)' is an input file; refusing to overwrite it (choose another output path)")
        }
        if Set(given).count != given.count { throw ValidationError("two outputs name the same file") }
    }
}

/// `siloscope import orgchart FILE -o MODEL`.
struct ImportOrgChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgchart",
        abstract: "Turn an HR system's employee export (CSV or .xlsx) into a unit-level model."
    )

    @Argument(help: "The employee export: an .xlsx workbook, or CSV (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1254).")
    var file: String

    @Option(name: .shortAndLong, help: "The model file to write (YAML).")
    var output: String

    @Option(help: "The organization's name in the model (default: the file's name).")
    var name: String?

    @OptionGroup var options: CSVImportOptions

    func validate() throws {
        try options.checkOutputs([output, options.rejected, options.reportFile], inputs: [file] + [options.mapping].compactMap { $0 })
    }

    func run() throws {
        let settings = OrgChartOptions(encoding: try options.parsedEncoding(), delimiter: try options.parsedDelimiter(),
                                       columns: try options.columnMapping(), organizationName: name, sheet: options.sheet)
        let result: OrgChartImport
        do {
            let progress = Progress.start("importing \(file)")
            defer { progress.stop() }
            result = try OrgChartImporter.importFile(path: file, options: settings)
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
        let summary = result.summary
        let comment = "Imported by 'siloscope import orgchart' from \(URL(fileURLWithPath: file).lastPathComponent):\n\(summary.rowsRead) rows read = \(summary.rowsUsed) used + \(summary.rejected.count) rejected; \(summary.anomalies.count) anomalies."
        if let rejected = options.rejected { try writeOutput(Data(summary.rejectedCSV.utf8), to: rejected, inputs: [file]) }
        if let reportFile = options.reportFile { try writeOutput(Data((summary.text(limit: nil) + "\n").utf8), to: reportFile, inputs: [file]) }
        try writeOutput(Data(result.model.yamlText(comment: comment).utf8), to: output, inputs: [file])
        printError(summary.text())
        print("\(output): \(result.model.units.count) units from \(summary.rowsUsed) people")
        if options.strict, !summary.rejected.isEmpty || !summary.anomalies.isEmpty { throw Exit.invalidInput }
    }
}

/// `siloscope import events LOG [--into MODEL] -o MODEL`.
struct ImportEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Measure how work moves in a ticket/event log (CSV, .xlsx or XES) and calibrate a model from it."
    )

    @Argument(help: "The event log: CSV or an .xlsx workbook (case id, unit or activity, timestamp, …), or XES.")
    var file: String

    @Option(help: "The model to calibrate (default: a new model with one unit per unit of the log).")
    var into: String?

    @Option(name: .shortAndLong, help: "The calibrated model to write (YAML). Without it, only the summary is printed.")
    var output: String?

    @Option(help: ArgumentHelp("Write the handover-of-work matrix to this CSV file.", valueName: "file"))
    var matrix: String?

    @Option(help: "Log format: auto, csv, xlsx or xes.")
    var format = "auto"

    @Option(help: "Numeric dates: dmy (05.03.2024 is 5 March, the default) or mdy.")
    var dateOrder: TimestampParser.DateOrder = .dayMonthYear

    @Option(help: "Without start/complete lifecycle: do timestamps mark the start (default) or the completion of work?")
    var timestamps: EventLogOptions.TimestampMeaning = .start

    @OptionGroup var options: CSVImportOptions

    func validate() throws {
        let inputs = [file] + [into, options.mapping].compactMap { $0 }
        try options.checkOutputs([output, matrix, options.rejected, options.reportFile], inputs: inputs)
        guard format == "auto" || EventLogImporter.Format(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; expected auto, csv, xlsx or xes")
        }
    }

    func run() throws {
        let settings = EventLogOptions(encoding: try options.parsedEncoding(), delimiter: try options.parsedDelimiter(),
                                       columns: try options.columnMapping(), dateOrder: dateOrder, timestamps: timestamps, sheet: options.sheet)
        let base = try into.map { try loadModel($0).model }
        let result: EventLogImport
        do {
            let progress = Progress.start("importing \(file)")
            defer { progress.stop() }
            let data = try TextFile.readData(path: file, maximumSize: EventLogImporter.maximumFileSize)
            result = try EventLogImporter.importLog(data, file: file, into: base, format: EventLogImporter.Format(rawValue: format), options: settings)
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
        let summary = result.summary
        let inputs = [file] + [into].compactMap { $0 }
        if let matrix { try writeOutput(Data(summary.analysis.handovers.csv.utf8), to: matrix, inputs: inputs) }
        if let rejected = options.rejected { try writeOutput(Data(summary.source.rejectedCSV.utf8), to: rejected, inputs: inputs) }
        if let reportFile = options.reportFile { try writeOutput(Data((summary.text(limit: nil) + "\n").utf8), to: reportFile, inputs: inputs) }
        if let output {
            let comment = "Calibrated by 'siloscope import events' from \(URL(fileURLWithPath: file).lastPathComponent): \(summary.eventsUsed) events, \(summary.analysis.caseCount) cases."
            try writeOutput(Data(result.model.yamlText(comment: comment).utf8), to: output, inputs: inputs)
        }
        printError(summary.text())
        if let output { print("\(output): calibrated from \(summary.eventsUsed) events in \(summary.analysis.caseCount) cases") }
        if options.strict, !summary.source.rejected.isEmpty || !summary.anomalies.isEmpty { throw Exit.invalidInput }
    }
}

/// `siloscope import dot FILE -o MODEL`.
struct ImportDOT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Turn an org chart drawn in Graphviz DOT into a model (edges point from manager to report)."
    )

    @Argument(help: "The DOT file.")
    var file: String

    @Option(name: .shortAndLong, help: "The model file to write (YAML).")
    var output: String

    @Option(help: "The organization's name in the model (default: the graph's label or name).")
    var name: String?

    func validate() throws {
        if URL(fileURLWithPath: file).standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL {
            throw ValidationError("output '\(output)' is the input file; refusing to overwrite it")
        }
    }

    func run() throws {
        let imported: (model: OrgModel, anomalies: [ImportAnomaly])
        do {
            let text = try TextFile.read(path: file, maximumSize: 64 << 20)
            imported = try DOTImporter.importDOT(text, file: file, organizationName: name)
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
        for anomaly in imported.anomalies { printError(anomaly.diagnostic(file: file).description) }
        try writeOutput(Data(imported.model.yamlText(comment: "Imported by 'siloscope import dot' from \(URL(fileURLWithPath: file).lastPathComponent).").utf8),
                        to: output, inputs: [file])
        print("\(output): \(imported.model.units.count) units")
    }
}

extension TimestampParser.DateOrder: ExpressibleByArgument {}
extension EventLogOptions.TimestampMeaning: ExpressibleByArgument {}
