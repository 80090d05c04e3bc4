/// Builds CSV text that spreadsheets and ``CSVParser`` read back field for field.
public struct CSVWriter: Sendable {
    /// The delimiter written between fields.
    public let delimiter: CSVDelimiter
    /// The text so far.
    public private(set) var text: String

    /// Starts a CSV text.
    ///
    /// - Parameters:
    ///   - delimiter: the field separator.
    ///   - byteOrderMark: start with U+FEFF so Excel reads the file as UTF-8 (Turkish
    ///     letters intact).
    public init(delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.text = byteOrderMark ? "\u{FEFF}" : ""
    }

    /// Appends one record, ending with CRLF as RFC 4180 says.
    public mutating func append(_ fields: [String]) {
        text += fields.map(quoted).joined(separator: delimiter.rawValue)
        text += "\r\n"
    }

    /// A field for a comma-separated text: the one quoting rule every CSV Siloscope
    /// writes follows (simulation, comparison and event-log CSVs included).
    public static func field(_ text: String) -> String { CSVWriter().quoted(text) }

    /// A field, in double quotes (inner quotes doubled) when it contains the delimiter, a
    /// quote, a line break or leading or trailing spaces.
    public func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\n" || scalar == "\r" || String(scalar) == delimiter.rawValue
        } || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
