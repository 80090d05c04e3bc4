import SiloscopeModel
/// How to read an event log; every field defaults to detection or guessing.
public struct EventLogOptions: Sendable {
    /// What a timestamp marks when the log has no start/complete lifecycle.
    public enum TimestampMeaning: String, Sendable, CaseIterable {
        /// Work at the unit starts at the event: a visit lasts until the next unit's event.
        case start
        /// Work at the unit ends at the event: a visit lasts from the previous event.
        case complete
    }

    /// The file's encoding (CSV only); `nil` detects it.
    public var encoding: TextEncoding?
    /// The field delimiter (CSV only); `nil` detects it.
    public var delimiter: CSVDelimiter?
    /// Column roles mapped by the user: role name → header text or 1-based number.
    public var columns: [String: String]
    /// Day-month or month-day for numeric dates.
    public var dateOrder: TimestampParser.DateOrder
    /// What a timestamp marks when there is no lifecycle column.
    public var timestamps: TimestampMeaning
    /// For a workbook, the sheet's name or 1-based number; `nil` reads the first sheet
    /// with values.
    public var sheet: String?

    /// Creates options.
    public init(encoding: TextEncoding? = nil, delimiter: CSVDelimiter? = nil, columns: [String: String] = [:],
                dateOrder: TimestampParser.DateOrder = .dayMonthYear, timestamps: TimestampMeaning = .start, sheet: String? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.columns = columns
        self.dateOrder = dateOrder
        self.timestamps = timestamps
        self.sheet = sheet
    }
}
