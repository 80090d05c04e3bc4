import Foundation
import SiloscopeModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) into rows of text, streaming.
///
/// Only rows with a value are kept, each as a record whose `number` and `line` are the
/// sheet's row number and whose fields run from column A to the row's last value, empty
/// cells in between filled with "". Rows without values (formatting only, or a sheet of
/// a million empty rows) are counted, not stored, so memory follows the data.
///
/// Cell types: shared strings (`t="s"`), inline strings with rich-text runs
/// (`inlineStr`), formula strings (`str`), booleans (`b`, read as TRUE/FALSE), errors
/// (`e`, as written, `#N/A`), ISO dates (`d`), and numbers, which are dates when their
/// format is a date format (see ``SpreadsheetDate``).
final class WorksheetHandler: PartHandler {
    /// Rows with at least one value, in sheet order.
    var records: [CSVRecord] = []
    /// Rows present in the part without any value.
    var emptyRows = 0
    /// Cells read.
    var cellCount = 0
    /// Whether a `<sheetData>` element was seen (chart sheets have none).
    var sawSheetData = false
    /// Numbers shown as dates, counted for the summary.
    var dateCells = 0

    private let sharedStrings: [String]
    private let formats: [SpreadsheetDate.Content?]
    private let system: SpreadsheetDate.System
    private let maximumCells: Int

    private var rowNumber = 0
    private var fields: [String] = []
    private var columnIndex = -1
    private var cellType = "n"
    private var cellStyle = 0
    private var cellReference = ""
    private var text = ""
    private var collecting = false
    private var inInline = false
    private var phoneticDepth = 0
    private var cellValue: String?

    init(sharedStrings: [String], formats: [SpreadsheetDate.Content?], system: SpreadsheetDate.System, maximumCells: Int) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.system = system
        self.maximumCells = maximumCells
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch WorkbookXML.local(name) {
        case "sheetData": sawSheetData = true
        case "row":
            let next = rowNumber + 1
            if let given = attributes["r"] {
                guard let number = Int(given), number > rowNumber, number <= CellReference.maximumRows else {
                    return fail(parser, "row \(given) after row \(rowNumber); expected ascending row numbers up to \(CellReference.maximumRows)")
                }
                rowNumber = number
            } else {
                rowNumber = next
            }
            fields.removeAll(keepingCapacity: true)
            columnIndex = -1
        case "c":
            cellCount += 1
            if cellCount > maximumCells { return fail(parser, "more than \(maximumCells) cells") }
            if let given = attributes["r"] {
                guard let reference = CellReference(given), reference.row == rowNumber, reference.column > columnIndex else {
                    return fail(parser, "cell '\(given)' in row \(rowNumber) after column \(CellReference.letters(ofColumn: max(columnIndex, 0))); expected a cell of this row, left to right")
                }
                columnIndex = reference.column
                cellReference = given
            } else {
                columnIndex += 1
                guard columnIndex < CellReference.maximumColumns else { return fail(parser, "row \(rowNumber) has more than \(CellReference.maximumColumns) columns") }
                cellReference = CellReference(column: columnIndex, row: rowNumber).description
            }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            cellValue = nil
        case "v":
            text = ""
            collecting = true
        case "is":
            inInline = true
            text = ""
        case "rPh": phoneticDepth += 1
        case "t" where inInline && phoneticDepth == 0: collecting = true
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch WorkbookXML.local(name) {
        case "v":
            collecting = false
            guard let value = value(of: text, parser: parser) else { return }
            cellValue = value
        case "t": if inInline { collecting = false }
        case "rPh": phoneticDepth -= 1
        case "is":
            inInline = false
            cellValue = WorkbookXML.unescape(text)
        case "c":
            guard let value = cellValue, !value.isEmpty, columnIndex >= 0 else { return }
            if fields.count < columnIndex { fields.append(contentsOf: repeatElement("", count: columnIndex - fields.count)) }
            fields.append(value)
        case "row":
            if fields.isEmpty {
                emptyRows += 1
            } else {
                records.append(CSVRecord(fields: fields, number: rowNumber, line: rowNumber))
            }
        default: break
        }
    }

    /// The text of a `<v>` by the cell's type and format.
    private func value(of raw: String, parser: XMLParser) -> String? {
        switch cellType {
        case "s":
            guard let index = Int(raw), sharedStrings.indices.contains(index) else {
                fail(parser, "cell \(cellReference) refers to shared string \(raw), but the workbook has \(sharedStrings.count); the workbook is damaged")
                return nil
            }
            return sharedStrings[index]
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        case "str", "e", "d", "inlineStr": return WorkbookXML.unescape(raw)
        default:
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard let number = Double(trimmed) else { return trimmed }
            if cellStyle < formats.count, let content = formats[cellStyle],
               let date = SpreadsheetDate.text(serial: number, system: system, content: content) {
                dateCells += 1
                return date
            }
            return Self.text(ofNumber: number, raw: trimmed)
        }
    }

    /// A number as a person would type it: whole numbers without `.0` or an exponent
    /// (`1.0E+5` is `100000`), others as stored.
    static func text(ofNumber number: Double, raw: String) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return raw
    }
}
