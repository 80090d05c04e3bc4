import Foundation
import SiloscopeModel

/// The rows of a table, from a CSV text or from a worksheet of an `.xlsx` workbook,
/// chosen by the file's content (a zip signature is a workbook), one record at a time.
///
/// Both give ``CSVRecord``s whose `number` is the row a spreadsheet shows (the header
/// of a CSV file counts as row 1; a sheet's own row numbers), so the importers treat
/// both alike and the same data gives the same rows, rejections and anomalies. A row of
/// a sheet without values between two rows with values is given as a blank record, as
/// the blank line of a CSV file is; empty rows after the last value are not rows.
struct TableSource {
    /// The most empty rows in a row between two values of a sheet before the sheet is
    /// refused as not one table (a stray value a million rows down).
    static let maximumGap = 10_000

    /// The file name used in messages.
    let file: String
    /// How the text was decoded ("UTF-8 (valid UTF-8)"), or the sheet read and why.
    let description: String
    /// The CSV delimiter; comma for a workbook (used for the rejected-rows file).
    let delimiter: CSVDelimiter
    /// The sheet and how to name its cells, or `nil` for text.
    let sheet: SheetNaming?
    private var parser: CSVParser?
    private var records: [CSVRecord] = []
    private var index = 0
    private var nextNumber = 1

    /// Opens a table.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name, for messages.
    ///   - encoding, delimiter: for text; `nil` detects them (ignored for a workbook).
    ///   - sheet: for a workbook, a sheet name or 1-based number; `nil` takes the first
    ///     sheet with values.
    /// - Throws: ``DiagnosticsError`` for undecodable text, an unreadable or refused
    ///   workbook, an unknown or empty sheet, or `sheet` given for a text file.
    init(data: Data, file: String, encoding: TextEncoding?, delimiter: CSVDelimiter?, sheet: String?) throws(DiagnosticsError) {
        self.file = file
        if Workbook.isZip(data) || Workbook.isCompoundFile(data) {
            let workbook = try Workbook(data: data, file: file)
            let (chosen, rows, note) = try Self.choose(sheet, in: workbook)
            if let gap = zip(rows.records, rows.records.dropFirst()).first(where: { $1.number - $0.number - 1 > Self.maximumGap }) {
                throw Workbook.error(file, "sheet '\(chosen.name)' has \(gap.1.number - gap.0.number - 1) empty rows between row \(gap.0.number) and row \(gap.1.number); expected one table (delete the stray values from row \(gap.1.number) on, or the empty rows)")
            }
            records = rows.records
            self.sheet = SheetNaming(sheet: chosen.name)
            self.description = "Excel workbook, sheet '\(chosen.name)' (\(note))" + (rows.dateCells > 0 ? ", \(rows.dateCells) date cells read as ISO 8601 (\(workbook.dateSystem == .from1904 ? "1904" : "1900") date system)" : "")
            self.delimiter = .comma
        } else {
            if let sheet {
                throw Workbook.error(file, "a sheet ('\(sheet)') applies to .xlsx workbooks, but this file is a text export; name no sheet for CSV")
            }
            let text = try TextDecoder.decode(data, forced: encoding, file: file)
            let chosen = delimiter ?? CSVDelimiter.detect(in: text.utf8)
            parser = CSVParser(utf8: text.utf8, delimiter: chosen.byte, file: file)
            self.description = text.summary
            self.delimiter = chosen
            self.sheet = nil
        }
    }

    /// Whether the rows come from a workbook.
    var isWorkbook: Bool { sheet != nil }

    /// The next record, or `nil` at the end.
    mutating func next() throws(DiagnosticsError) -> CSVRecord? {
        if parser != nil { return try parser?.next() }
        guard index < records.count else { return nil }
        let record = records[index]
        if record.number > nextNumber {
            defer { nextNumber += 1 }
            return CSVRecord(fields: [""], number: nextNumber, line: nextNumber)
        }
        index += 1
        nextNumber = record.number + 1
        return record
    }

    /// The sheet asked for, or the first visible sheet with values; its rows; and a note
    /// saying how it was chosen.
    private static func choose(_ wanted: String?, in workbook: Workbook) throws(DiagnosticsError) -> (Workbook.Sheet, (records: [CSVRecord], emptyRows: Int, dateCells: Int), String) {
        let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        let count = workbook.sheets.count
        if let wanted {
            let trimmed = wanted.trimmingCharacters(in: .whitespaces)
            let key = Transliteration.compactKey(trimmed)
            let byName = workbook.sheets.first { $0.name == trimmed } ?? workbook.sheets.first { Transliteration.compactKey($0.name) == key }
            let byNumber = Int(trimmed).flatMap { number in workbook.sheets.first { $0.number == number } }
            guard let sheet = byName ?? byNumber else {
                throw Workbook.error(workbook.file, "no sheet '\(trimmed)'; the workbook has \(count) sheet\(count == 1 ? "" : "s"): \(names) (give --sheet a name or a number from 1 to \(count))")
            }
            let rows = try workbook.rows(of: sheet)
            guard !rows.records.isEmpty else {
                throw Workbook.error(workbook.file, "sheet '\(sheet.name)' has no values" + (rows.emptyRows > 0 ? " (\(rows.emptyRows) empty rows)" : "") + "; the workbook has \(count) sheet\(count == 1 ? "" : "s"): \(names)")
            }
            return (sheet, rows, "sheet \(sheet.number) of \(count), as asked")
        }
        var skipped: [String] = []
        for sheet in workbook.sheets where !sheet.hidden {
            let rows = try workbook.rows(of: sheet)
            if rows.records.isEmpty {
                skipped.append("'\(sheet.name)'" + (rows.emptyRows > 0 ? " (\(rows.emptyRows) empty rows)" : ""))
                continue
            }
            var note = count == 1 ? "the only sheet" : "sheet \(sheet.number) of \(count), the first with values"
            if !skipped.isEmpty { note += "; skipped empty \(skipped.joined(separator: ", "))" }
            if count > 1 { note += "; choose another with --sheet NAME|NUMBER among \(names)" }
            return (sheet, rows, note)
        }
        let hidden = workbook.sheets.filter(\.hidden).map { "'\($0.name)'" }
        throw Workbook.error(workbook.file, "no visible sheet has values (\(skipped.joined(separator: ", ")))" + (hidden.isEmpty ? "" : "; hidden sheets \(hidden.joined(separator: ", ")) can be read with --sheet") + "; expected a table with a header row")
    }
}
