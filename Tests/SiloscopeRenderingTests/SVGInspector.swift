import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads rendered SVG as XML, so tests check the text a viewer shows, after entity
/// decoding, rather than searching raw markup.
final class SVGInspector: NSObject, XMLParserDelegate {
    /// Each `<text>` element's content, in document order.
    private(set) var texts: [String] = []
    /// Each `<title>` element's content (graph, node and edge names), in document order.
    private(set) var titles: [String] = []
    /// Every attribute on every element, as (element, attribute, value).
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    /// Set when the data is not well-formed XML.
    private(set) var parseError: String?
    private var current: String?
    private var buffer = ""

    /// Parses `data`.
    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() {
            parseError = parser.parserError.map { "\($0)" } ?? "unknown XML error"
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        for (name, value) in attributeDict { attributes.append((elementName, name, value)) }
        if elementName == "text" || elementName == "title" {
            current = elementName
            buffer = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { buffer += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard elementName == current else { return }
        if elementName == "text" { texts.append(buffer) } else { titles.append(buffer) }
        current = nil
    }
}
