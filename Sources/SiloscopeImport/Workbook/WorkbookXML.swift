import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's streaming XML parser over one part of a workbook.
///
/// The parser is fed from a stream (on Linux `XMLParser(data:)` hands libxml2 the whole
/// document at once, which it refuses past 10 MB), external entities are not resolved,
/// and the first error stops it.
enum WorkbookXML {
    /// Parses `data` with `handler`; returns a description of the first error, or `nil`.
    static func parse(_ data: Data, with handler: PartHandler) -> String? {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let succeeded = parser.parse()
        if let failure = handler.failure { return failure }
        if !succeeded || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber) (libxml2 error \(code))"
        }
        return nil
    }

    /// The local name of an element or attribute: `x:row` → `row`.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// An attribute by local name, whatever its prefix (`r:id`, `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name }?.value
    }

    /// Decodes the `_xHHHH_` escapes OOXML uses for control characters in strings.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// The base of the part parsers: records the first error and stops.
///
/// Every delegate method the parsers use is declared here and overridden below: on
/// Linux a method a subclass adds is not seen through the protocol, whose default
/// (empty) implementation the base class's conformance has already bound.
class PartHandler: NSObject, XMLParserDelegate {
    /// The first error, as a sentence.
    var failure: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}
    func parser(_ parser: XMLParser, foundCharacters string: String) {}
    func parserDidEndDocument(_ parser: XMLParser) {}

    /// Stops parsing with an error.
    func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = message }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if failure == nil {
            failure = "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber) (libxml2 error \((error as NSError).code))"
        }
        parser.abortParsing()
    }
}

/// `_rels/*.rels`: relationship id → target part and type.
final class RelationshipsHandler: PartHandler {
    /// A relationship.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var relationships: [Relationship] = []

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard WorkbookXML.local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: target))
    }
}

/// `xl/workbook.xml`: the sheets in order and the date system.
final class WorkbookListHandler: PartHandler {
    /// A sheet as the workbook lists it.
    struct Sheet {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    var sheets: [Sheet] = []
    var uses1904 = false

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch WorkbookXML.local(name) {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            uses1904 = value == "1" || value == "true"
        case "sheet":
            sheets.append(Sheet(name: attributes["name"] ?? "Sheet\(sheets.count + 1)",
                                relationship: WorkbookXML.attribute("id", in: attributes) ?? "",
                                hidden: (attributes["state"] ?? "visible") != "visible"))
        default: break
        }
    }
}

/// `xl/sharedStrings.xml`: the strings cells refer to by index; rich-text runs are
/// joined, phonetic runs (`rPh`) left out.
final class SharedStringsHandler: PartHandler {
    let maximumCount: Int
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(maximumCount: Int) {
        self.maximumCount = maximumCount
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch WorkbookXML.local(name) {
        case "si":
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch WorkbookXML.local(name) {
        case "si":
            inItem = false
            strings.append(WorkbookXML.unescape(current))
            if strings.count > maximumCount { fail(parser, "more than \(maximumCount) shared strings") }
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell formats (`s` attribute of a cell) show dates or times.
final class StylesHandler: PartHandler {
    /// The date content of each cell format index, `nil` for non-dates.
    var cellFormats: [SpreadsheetDate.Content?] = []
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch WorkbookXML.local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if WorkbookXML.local(name) == "cellXfs" { inCellFormats = false }
    }

    override func parserDidEndDocument(_ parser: XMLParser) {
        cellFormats = formatIDs.map { id in
            if let code = customFormats[id] { return SpreadsheetDate.content(ofFormatCode: code) }
            return SpreadsheetDate.builtInDates[id]
        }
    }
}
