import Foundation

/// One record of a CSV file, with where it is.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, unquoted, as written (no trimming).
    public var fields: [String]
    /// The record's number, counting the header as 1 (the row number a spreadsheet shows).
    public var number: Int
    /// The line of the file where the record starts (differs from `number` after a
    /// field with line breaks inside quotes).
    public var line: Int

    /// Creates a record (a workbook's row reads as one).
    public init(fields: [String], number: Int, line: Int) {
        self.fields = fields
        self.number = number
        self.line = line
    }

    /// True when every field is empty or whitespace (a blank line, or `;;;;` from Excel).
    public var isBlank: Bool { fields.allSatisfy(\.isBlankText) }

    /// "row 12" or "row 12 (line 14)".
    public var location: String { number == line ? "row \(number)" : "row \(number) (line \(line))" }
}

/// A byte-level RFC 4180 reader of UTF-8 text, one record at a time.
///
/// It accepts what spreadsheets write: `,` `;` or tab delimiters, fields in double quotes
/// with doubled quotes inside and line breaks inside, CR, LF or CRLF line ends, a last
/// line without a line end, and text after a closing quote (kept literally, as Excel
/// does). A quote that is never closed is an error naming the row and line where the
/// field began, so one stray `"` cannot silently swallow the rest of the file. Fields
/// longer than ``maximumFieldBytes`` are refused rather than read without bound.
///
/// Written instead of using CSV.swift: that reader decodes one Unicode scalar at a time
/// through an `AnyIterator`, has no Windows-1254, and reports an unclosed quote only as
/// a short last record; this one works on bytes and runs at several hundred MB/s.
public struct CSVParser {
    /// Longest field accepted: 1 MiB.
    public static let defaultMaximumFieldBytes = 1 << 20

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private let file: String
    private let maximumFieldBytes: Int
    private var position = 0
    private var line = 1
    private var recordNumber = 0
    private var scratch: [UInt8] = []
    private var lastFieldCount = 8

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - utf8: the text (see ``TextDecoder``), without a byte-order mark.
    ///   - delimiter: the field separator, an ASCII byte.
    ///   - file: the file name used in errors.
    ///   - maximumFieldBytes: the longest field accepted.
    public init(utf8: [UInt8], delimiter: UInt8, file: String, maximumFieldBytes: Int = defaultMaximumFieldBytes) {
        self.bytes = utf8
        self.delimiter = delimiter
        self.file = file
        self.maximumFieldBytes = maximumFieldBytes
    }

    /// The offset of the next unread byte.
    public var offset: Int { position }

    /// Reads the next record; `nil` at the end of the text.
    ///
    /// - Throws: ``DiagnosticsError`` for a quote that is never closed or a field longer
    ///   than the limit, naming the row, line and field number.
    /// - Complexity: O(length of the record).
    public mutating func next() throws(DiagnosticsError) -> CSVRecord? {
        guard position < bytes.count else { return nil }
        recordNumber += 1
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(lastFieldCount)
        let outcome: CSVFailure? = bytes.withUnsafeBufferPointer { buffer in
            readRecord(buffer, into: &fields)
        }
        if let outcome {
            throw DiagnosticsError([Diagnostic(
                severity: .error, file: file, position: SourcePosition(line: outcome.line, column: 1),
                path: "row \(recordNumber), field \(outcome.field)", message: outcome.message)])
        }
        lastFieldCount = fields.count
        return CSVRecord(fields: fields, number: recordNumber, line: startLine)
    }

    private mutating func readRecord(_ buffer: UnsafeBufferPointer<UInt8>, into fields: inout [String]) -> CSVFailure? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let count = buffer.count
        var p = position
        while true {
            if p < count, buffer[p] == quote {
                let fieldLine = line
                scratch.removeAll(keepingCapacity: true)
                p += 1
                var segmentStart = p
                while true {
                    while p < count, buffer[p] != quote {
                        if buffer[p] == lf || (buffer[p] == cr && (p + 1 >= count || buffer[p + 1] != lf)) { line += 1 }
                        p += 1
                    }
                    if p - segmentStart + scratch.count > maximumFieldBytes {
                        return tooLong(fields.count + 1, fieldLine)
                    }
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segmentStart..<p]))
                    guard p < count else {
                        return CSVFailure(field: fields.count + 1, line: fieldLine, message:
                            "a quoted field starting on line \(fieldLine) is never closed; expected a closing '\"' (a stray quote makes the rest of the file, \(count - segmentStart) bytes, one field)")
                    }
                    if p + 1 < count, buffer[p + 1] == quote {
                        scratch.append(quote)
                        p += 2
                        segmentStart = p
                        continue
                    }
                    p += 1
                    break
                }
                while p < count, buffer[p] != delimiter, buffer[p] != lf, buffer[p] != cr {
                    scratch.append(buffer[p])
                    p += 1
                }
                if scratch.count > maximumFieldBytes { return tooLong(fields.count + 1, fieldLine) }
                fields.append(String(decoding: scratch, as: UTF8.self))
            } else {
                let start = p
                while p < count {
                    let byte = buffer[p]
                    if byte == delimiter || byte == lf || byte == cr { break }
                    p += 1
                }
                if p - start > maximumFieldBytes { return tooLong(fields.count + 1, line) }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<p]), as: UTF8.self))
            }
            if p >= count { break }
            let byte = buffer[p]
            p += 1
            if byte == delimiter {
                if p >= count {
                    fields.append("")
                    break
                }
                continue
            }
            if byte == cr, p < count, buffer[p] == lf { p += 1 }
            line += 1
            break
        }
        position = p
        return nil
    }

    private func tooLong(_ field: Int, _ line: Int) -> CSVFailure {
        CSVFailure(field: field, line: line, message:
            "field \(field) is longer than \(maximumFieldBytes >> 10) KiB; expected a short value (is a quote left open, or the delimiter wrong?)")
    }
}

/// Why a record could not be read.
private struct CSVFailure {
    var field: Int
    var line: Int
    var message: String
}

extension String {
    /// True when the text is empty or only whitespace; ASCII is checked byte by byte and
    /// stops at the first visible character.
    public var isBlankText: Bool {
        for byte in utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case 0x80...: return allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    /// The text without leading and trailing whitespace (and byte-order marks); no copy
    /// when the first and last bytes are visible ASCII.
    public var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func visibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if visibleASCII(first), visibleASCII(last) { return self }
        return trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
    }
}
