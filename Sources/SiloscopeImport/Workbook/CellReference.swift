/// A cell's address in a worksheet, such as `C1042`: a column (A = 0) and a row (from 1).
public struct CellReference: Sendable, Equatable, CustomStringConvertible {
    /// The largest column Excel allows: XFD, the 16,384th.
    public static let maximumColumns = 16_384
    /// The largest row Excel allows.
    public static let maximumRows = 1_048_576

    /// The column, from 0 (A).
    public var column: Int
    /// The row, from 1.
    public var row: Int

    /// Creates a reference.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C1042` (case-insensitive letters, then digits); `nil` when malformed or
    /// beyond Excel's grid. A `$` (absolute reference) is ignored.
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, column <= Self.maximumColumns, (1...Self.maximumRows).contains(row) else { return nil }
        self.init(column: column - 1, row: row)
    }

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var number = column + 1
        var result: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            result.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))))
            number = (number - 1) / 26
        }
        return String(result.reversed())
    }

    /// `C1042`.
    public var description: String { Self.letters(ofColumn: column) + String(row) }
}
