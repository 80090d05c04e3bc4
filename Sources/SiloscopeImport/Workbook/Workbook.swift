import Foundation
import SiloscopeModel
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML): its sheets, shared strings and styles,
/// read with ZIPFoundation from bytes in memory and parsed part by part with Foundation's
/// streaming XML parser.
///
/// Guards: only zip archives are opened (an encrypted workbook or an old `.xls` is an OLE
/// compound file and is refused with the reason); no part is inflated whose declared
/// size exceeds ``Limits/partBytes``, or which is larger than 8 MiB and declares a
/// compression ratio above ``Limits/compressionRatio`` (a zip bomb); inflation stops
/// when a part yields more bytes than it declared or the parts together exceed
/// ``Limits/totalBytes``; shared strings and cells are counted against their caps.
public final class Workbook {
    /// Bounds on what is inflated and kept.
    public struct Limits: Sendable {
        /// The largest part inflated: 256 MiB of XML (about 2.5 million filled cells).
        public var partBytes: UInt64 = 256 << 20
        /// The most bytes inflated from one workbook: 1 GiB.
        public var totalBytes: UInt64 = 1 << 30
        /// The highest compression ratio accepted for a part larger than 8 MiB. Deflate
        /// cannot exceed about 1,032:1; worksheet XML of real data compresses 5–40:1.
        public var compressionRatio: UInt64 = 250
        /// The most shared strings: 5 million.
        public var sharedStrings = 5_000_000
        /// The most cells in one sheet: 20 million.
        public var cells = 20_000_000

        /// The defaults.
        public init() {}
    }

    /// A sheet of the workbook, in tab order.
    public struct Sheet: Sendable, Equatable {
        /// Its name on the tab.
        public var name: String
        /// Its position, from 1.
        public var number: Int
        /// Hidden or very hidden.
        public var hidden: Bool
        /// The part holding its cells; `nil` for a sheet without one.
        var part: String?
    }

    /// The signature of a zip archive: `PK\3\4` (or `PK\5\6` for an empty one).
    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// The signature of an OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`): old `.xls`,
    /// `.doc`, and password-protected Office Open XML files alike.
    static func isCompoundFile(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// What an OLE compound file most likely is, from the stream names in its directory.
    static func describeCompoundFile(_ data: Data) -> String {
        func contains(_ name: String) -> Bool {
            let utf16 = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return data.range(of: utf16) != nil
        }
        if contains("EncryptedPackage") || contains("EncryptionInfo") {
            return "a password-protected (encrypted) Excel workbook: Excel stores those as OLE compound files, not as zip; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it as .xlsx again, or save it as CSV"
        }
        if contains("Workbook") || contains("Book") {
            return "an Excel 97–2003 binary workbook (.xls), which is not read; save it as .xlsx (Excel Workbook) or CSV"
        }
        return "an OLE compound file (a Word or Excel 97–2003 document?), not an .xlsx workbook or a CSV text; save the table as .xlsx or CSV"
    }

    /// The file name used in messages.
    public let file: String
    /// The sheets in tab order.
    public let sheets: [Sheet]
    /// The date system.
    public let dateSystem: SpreadsheetDate.System
    let limits: Limits
    private let archive: Archive
    private var inflated: UInt64 = 0
    private var sharedStrings: [String]?
    private var formats: [SpreadsheetDate.Content?]?
    private let sharedStringsPart: String?
    private let stylesPart: String?

    /// Opens a workbook from its bytes.
    ///
    /// - Throws: ``DiagnosticsError`` (invalid input) for a file that is not a zip
    ///   archive, a zip archive that is not an Excel workbook (an OpenDocument
    ///   spreadsheet, a Word file), a damaged archive or part, or a part over the limits.
    public init(data: Data, file: String, limits: Limits = Limits()) throws(DiagnosticsError) {
        self.file = file
        self.limits = limits
        if Self.isCompoundFile(data) { throw Self.error(file, "this is \(Self.describeCompoundFile(data))") }
        guard Self.isZip(data) else { throw Self.error(file, "not an .xlsx workbook (no zip signature); expected an Excel workbook saved as .xlsx") }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.error(file, "the workbook is damaged: it is not a readable zip archive (\(error)); open and save it again in Excel, or save it as CSV")
        }
        var entries = 0
        for _ in archive {
            entries += 1
            if entries > 10_000 { throw Self.error(file, "the archive holds more than 10,000 parts; expected an Excel workbook") }
        }
        var reading = PartReader(archive: archive, file: file, limits: limits)
        if archive["mimetype"] != nil, let mime = try? reading.data(of: "mimetype"), String(decoding: mime, as: UTF8.self).contains("opendocument") {
            throw Self.error(file, "this is an OpenDocument file (.ods), which is not read; save it as .xlsx (Excel Workbook) or CSV")
        }
        let rootRelations = try reading.relationships(of: "")
        let workbookPart = rootRelations.first { $0.type.hasSuffix("/officeDocument") }.map { PartReader.resolve($0.target, from: "") } ?? "xl/workbook.xml"
        if workbookPart.hasSuffix(".bin") {
            throw Self.error(file, "this is an Excel binary workbook (.xlsb), which is not read; save it as .xlsx (Excel Workbook) or CSV")
        }
        guard archive[workbookPart] != nil else {
            throw Self.error(file, "a zip archive without an Excel workbook part (\(workbookPart)); expected an .xlsx workbook, not a Word or other zip file")
        }
        let list = WorkbookListHandler()
        try reading.parse(workbookPart, with: list)
        let relations = try reading.relationships(of: workbookPart)
        let byID = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sheets = list.sheets.enumerated().map { index, sheet in
            let relation = byID[sheet.relationship]
            let isWorksheet = relation?.type.hasSuffix("/worksheet") ?? false
            return Sheet(name: sheet.name, number: index + 1, hidden: sheet.hidden,
                         part: isWorksheet ? relation.map { PartReader.resolve($0.target, from: workbookPart) } : nil)
        }
        guard !sheets.isEmpty else { throw Self.error(file, "the workbook lists no sheets; expected at least one worksheet") }
        dateSystem = list.uses1904 ? .from1904 : .from1900
        sharedStringsPart = relations.first { $0.type.hasSuffix("/sharedStrings") }.map { PartReader.resolve($0.target, from: workbookPart) }
        stylesPart = relations.first { $0.type.hasSuffix("/styles") }.map { PartReader.resolve($0.target, from: workbookPart) }
        inflated = reading.inflated
    }

    /// The rows of a sheet that hold values (see ``WorksheetHandler``).
    ///
    /// - Throws: ``DiagnosticsError`` naming the sheet when a part is damaged or over the
    ///   limits.
    func rows(of sheet: Sheet) throws(DiagnosticsError) -> (records: [CSVRecord], emptyRows: Int, dateCells: Int) {
        guard let part = sheet.part else { return ([], 0, 0) }
        var reading = PartReader(archive: archive, file: file, limits: limits, inflated: inflated)
        defer { inflated = reading.inflated }
        if sharedStrings == nil {
            let handler = SharedStringsHandler(maximumCount: limits.sharedStrings)
            if let sharedStringsPart, archive[sharedStringsPart] != nil { try reading.parse(sharedStringsPart, with: handler) }
            sharedStrings = handler.strings
        }
        if formats == nil {
            let handler = StylesHandler()
            if let stylesPart, archive[stylesPart] != nil { try reading.parse(stylesPart, with: handler) }
            formats = handler.cellFormats
        }
        let handler = WorksheetHandler(sharedStrings: sharedStrings ?? [], formats: formats ?? [], system: dateSystem, maximumCells: limits.cells)
        try reading.parse(part, with: handler, sheet: sheet.name)
        return (handler.records, handler.emptyRows, handler.dateCells)
    }

    static func error(_ file: String, _ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "", message: message)])
    }
}

/// Inflates parts within the limits and parses them.
struct PartReader {
    let archive: Archive
    let file: String
    let limits: Workbook.Limits
    var inflated: UInt64 = 0

    /// A part's path from a relationship target: absolute (`/xl/…`) or relative to the
    /// folder of the part that holds the relationship (`worksheets/sheet1.xml`, `../…`).
    static func resolve(_ target: String, from source: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var folders = source.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = folders.popLast() } else if piece != "." { folders.append(String(piece)) }
        }
        return folders.joined(separator: "/")
    }

    /// The relationships of a part (`""` for the package itself); none when it has no
    /// relationships part.
    mutating func relationships(of part: String) throws(DiagnosticsError) -> [RelationshipsHandler.Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard archive[path] != nil else { return [] }
        let handler = RelationshipsHandler()
        try parse(path, with: handler)
        return handler.relationships
    }

    /// Inflates and parses a part.
    mutating func parse(_ path: String, with handler: PartHandler, sheet: String? = nil) throws(DiagnosticsError) {
        let bytes = try data(of: path)
        if let failure = WorkbookXML.parse(bytes, with: handler) {
            let what = sheet.map { "sheet '\($0)' (\(path))" } ?? path
            throw Workbook.error(file, "cannot read \(what): \(failure); the workbook is damaged or was not written by a spreadsheet program")
        }
    }

    /// Inflates a part, refusing declared sizes and ratios over the limits and stopping
    /// when more bytes come out than were declared.
    mutating func data(of path: String) throws(DiagnosticsError) -> Data {
        guard let entry = archive[path] else { throw Workbook.error(file, "the workbook is damaged: part \(path) is missing") }
        let declared = entry.uncompressedSize
        let compressed = max(entry.compressedSize, 1)
        let mib = { (bytes: UInt64) in "\(bytes >> 20) MiB" }
        if declared > limits.partBytes {
            throw Workbook.error(file, "part \(path) would inflate to \(mib(declared)); at most \(mib(limits.partBytes)) is read (split the data over several sheets or files, or export CSV)")
        }
        if declared > 8 << 20, declared / compressed > limits.compressionRatio {
            throw Workbook.error(file, "part \(path) declares a compression ratio of \(declared / compressed):1 (\(mib(declared)) from \(compressed) bytes); refusing it as a possible zip bomb (real worksheets compress at most about \(limits.compressionRatio):1)")
        }
        if inflated + declared > limits.totalBytes {
            throw Workbook.error(file, "the workbook would inflate to more than \(mib(limits.totalBytes)); refusing it")
        }
        var output = Data()
        output.reserveCapacity(Int(declared))
        let limit = declared
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10) { chunk in
                if UInt64(output.count + chunk.count) > limit { throw InflationOverrun() }
                output.append(chunk)
            }
        } catch is InflationOverrun {
            throw Workbook.error(file, "part \(path) inflates to more than the \(declared) bytes it declares; refusing it as damaged or a zip bomb")
        } catch {
            throw Workbook.error(file, "the workbook is damaged: part \(path) cannot be inflated (\(error)); open and save it again in Excel, or save it as CSV")
        }
        inflated += UInt64(output.count)
        return output
    }

    private struct InflationOverrun: Error {}
}
