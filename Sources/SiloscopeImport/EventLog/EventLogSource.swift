import SiloscopeModel

/// What reading an event log found: the format, the column mapping, and what happened
/// to every row.
public struct EventLogSource: Sendable {
    /// The file read.
    public var file: String
    /// "CSV, UTF-8 (valid UTF-8), delimiter ','", "Excel workbook, sheet 'Kayıtlar' (…)" or "XES".
    public var format: String
    /// How columns (or XES attributes) were mapped, one line per role.
    public var columns: [String]
    /// The CSV headers (empty for XES).
    public var headers: [String]
    /// The CSV delimiter (for the rejected-rows file).
    public var delimiter: CSVDelimiter
    /// Rows (or XES events) read.
    public var rowsRead: Int
    /// Rows not used, with reasons.
    public var rejected: [RejectedRow]
    /// Anomalies found while reading.
    public var anomalies: [ImportAnomaly]
    /// The worksheet read and how its cells are named; `nil` for CSV and XES.
    public var sheet: SheetNaming?

    /// Always true: rows read = events used + rows rejected.
    public func isBalanced(eventsUsed: Int) -> Bool { rowsRead == eventsUsed + rejected.count }

    /// The rejected rows as CSV.
    public var rejectedCSV: String { RejectedRow.csv(rejected, headers: headers, delimiter: delimiter) }
}

/// An event log with what reading it found.
public struct EventLogReading: Sendable {
    /// The events.
    public var log: EventLog
    /// Format, mapping, rows and anomalies.
    public var source: EventLogSource
}
