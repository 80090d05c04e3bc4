import Foundation
import SiloscopeModel

/// Reads an event log (CSV or XES), analyses it and calibrates a model from it.
public enum EventLogImporter {
    /// The largest log read: 2 GiB.
    public static let maximumFileSize = 2 << 30

    /// The log formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Comma-, semicolon- or tab-separated rows.
        case csv
        /// IEEE XES XML.
        case xes
        /// An Excel workbook (read like CSV, from one sheet).
        case xlsx
    }

    /// The format of a file: a workbook by its zip (or OLE) signature, else by
    /// extension, else XML if the text starts with `<`.
    public static func format(of data: Data, path: String) -> Format {
        if Workbook.isZip(data) || Workbook.isCompoundFile(data) { return .xlsx }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ext == "xes" || ext == "xml" { return .xes }
        if ext == "csv" || ext == "tsv" || ext == "txt" { return .csv }
        let first = data.prefix(64).drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        return first == UInt8(ascii: "<") ? .xes : .csv
    }

    /// Reads a log from bytes in the given format.
    public static func read(_ data: Data, file: String, format: Format, options: EventLogOptions = EventLogOptions()) throws(DiagnosticsError) -> EventLogReading {
        switch format {
        case .csv, .xlsx: try EventLogCSVReader.read(data, file: file, options: options)
        case .xes: try XESReader.read(data, file: file, options: options)
        }
    }

    /// Reads, analyses and calibrates.
    ///
    /// - Parameters:
    ///   - data: the log's bytes.
    ///   - file: its name, for messages and the format guess.
    ///   - base: the model to calibrate, or `nil` for a new one.
    ///   - format: CSV or XES; `nil` guesses.
    ///   - options: mapping, encoding, date order, timestamp meaning.
    /// - Throws: ``DiagnosticsError`` when the log cannot be read or has no usable event.
    public static func importLog(_ data: Data, file: String, into base: OrgModel?, format: Format? = nil,
                                 options: EventLogOptions = EventLogOptions()) throws(DiagnosticsError) -> EventLogImport {
        let reading = try read(data, file: file, format: format ?? self.format(of: data, path: file), options: options)
        let analysis = EventLogAnalysis(log: reading.log, timestamps: options.timestamps)
        return ModelCalibrator.calibrate(base, analysis: analysis, log: reading.log, source: reading.source)
    }
}
