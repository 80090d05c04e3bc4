import SiloscopeModel
/// A row an importer did not use, with why.
public struct RejectedRow: Sendable, Equatable {
    /// The record number (header = 1).
    public var row: Int
    /// The line where the record starts.
    public var line: Int
    /// Why it was not used, as a short sentence.
    public var reason: String
    /// The row's fields as read.
    public var fields: [String]

    /// Creates a rejected row.
    public init(row: Int, line: Int, reason: String, fields: [String]) {
        self.row = row
        self.line = line
        self.reason = reason
        self.fields = fields
    }

    /// The rejected rows as CSV for a spreadsheet: `row`, `line`, `reason`, then the
    /// original columns under their headers; UTF-8 with a byte-order mark so Excel keeps
    /// Turkish letters.
    public static func csv(_ rows: [RejectedRow], headers: [String], delimiter: CSVDelimiter) -> String {
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: true)
        writer.append(["row", "line", "reason"] + headers)
        for row in rows { writer.append([String(row.row), String(row.line), row.reason] + row.fields) }
        return writer.text
    }
}
