
/// The field delimiter of a CSV file, given or detected.
public enum CSVDelimiter: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// `,` (RFC 4180, English-locale Excel).
    case comma = ","
    /// `;` (Excel in locales with a decimal comma, such as Turkish).
    case semicolon = ";"
    /// Tab (Excel's "Unicode text", many HR exports).
    case tab = "\t"
    /// `|`.
    case pipe = "|"

    /// The byte.
    public var byte: UInt8 { rawValue.utf8.first ?? UInt8(ascii: ",") }

    /// `','`, `';'`, `tab`, `'|'`.
    public var description: String { self == .tab ? "tab" : "'\(rawValue)'" }

    /// Parses `,` `;` `tab` `\t` `|` and the words `comma`, `semicolon`, `pipe`.
    public init?(userSpelling text: String) {
        switch text.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        case "|", "pipe": self = .pipe
        default: return nil
        }
    }

    /// Detects the delimiter from the first records of a text.
    ///
    /// Each candidate is tried on the first 50 records (at most 256 KiB); the winner
    /// splits the header into the most fields while most records have that many fields
    /// (trailing empty fields ignored). With no candidate splitting the header, comma.
    ///
    /// - Complexity: O(min(n, 256 KiB)) per candidate.
    public static func detect(in utf8: [UInt8]) -> CSVDelimiter {
        let sample = Array(utf8.prefix(256 << 10))
        var best: (delimiter: CSVDelimiter, score: Int) = (.comma, 0)
        for candidate in allCases {
            var parser = CSVParser(utf8: sample, delimiter: candidate.byte, file: "")
            var counts: [Int] = []
            while counts.count < 50, let record = try? parser.next() {
                if record.isBlank { continue }
                counts.append(record.fields.count - record.fields.reversed().prefix { $0.isEmpty }.count)
            }
            guard let header = counts.first, header > 1 else { continue }
            let consistent = counts.filter { $0 == header || $0 == 0 }.count
            let score = header * 4 * consistent / counts.count + (consistent * 2 >= counts.count ? 1000 : 0)
            if score > best.score { best = (candidate, score) }
        }
        return best.delimiter
    }
}
