import Foundation
import SiloscopeRendering

/// A Graphviz diagram as SVG markup to put inside the page.
///
/// Graphviz writes a standalone SVG file: an XML prolog, a DOCTYPE naming a DTD by URL,
/// comments, a fixed width and height in points, namespace declarations, and element ids
/// (`node1`, `edge1`) that repeat from one diagram to the next. Inline in HTML the
/// prolog, DOCTYPE and comments are dropped, the size is replaced by CSS (the `viewBox`
/// keeps the aspect ratio; the natural width is kept as a CSS variable for the "actual
/// size" toggle), and ids get a per-diagram prefix so they stay unique in the page.
/// Text inside stays as Graphviz escaped it (the SVG is XML, so it is safe to embed).
struct InlineDiagram {
    /// The prefix of its element ids, unique in the page.
    var svgID: String
    /// The `<svg>` element.
    var svg: Markup
    /// Width and height in CSS pixels at 100 % (Graphviz's points × 4/3).
    var width: Double
    var height: Double

    /// Lays out and renders a diagram.
    ///
    /// - Parameters:
    ///   - diagram: The diagram.
    ///   - id: A prefix unique in the page (letters, digits, `-`).
    ///   - name: What the diagram shows, for error messages and screen readers.
    ///   - engine: The layout engine (`.nop` for pictures pinned to a layout).
    /// - Throws: ``ReportError/rendering(diagram:_:)``.
    static func render(_ diagram: Diagram, id: String, name: String,
                       engine: LayoutEngine = .dot) throws(ReportError) -> InlineDiagram {
        let data: Data
        do {
            data = try diagram.rendered(as: .svg, engine: engine)
        } catch {
            throw .rendering(diagram: name, error)
        }
        return inline(String(decoding: data, as: UTF8.self), id: id, label: name)
    }

    /// Turns standalone SVG text into an inline `<svg>` element.
    static func inline(_ text: String, id: String, label: String) -> InlineDiagram {
        var body = text
        // Everything before the root element: prolog, DOCTYPE, comments.
        if let start = body.range(of: "<svg") { body = String(body[start.lowerBound...]) }
        body = removingComments(body)
        guard let rootEnd = body.firstIndex(of: ">") else {
            return InlineDiagram(svgID: id, svg: "", width: 0, height: 0)
        }
        let root = String(body[body.startIndex..<rootEnd])
        let rest = String(body[body.index(after: rootEnd)...])
        let width = points(attribute: "width", in: root) * 4 / 3
        let height = points(attribute: "height", in: root) * 4 / 3
        let viewBox = attribute("viewBox", in: root) ?? "0 0 \(width) \(height)"
        let prefixed = rest.replacingOccurrences(of: " id=\"", with: " id=\"\(id)-")
        let open: Markup = "<svg viewBox=\"\(viewBox)\" role=\"img\" aria-label=\"\(label)\" preserveAspectRatio=\"xMidYMin meet\">"
        return InlineDiagram(svgID: id, svg: open + .trusted(prefixed.trimmingCharacters(in: .whitespacesAndNewlines)),
                             width: width, height: height)
    }

    /// Text without `<!-- … -->` comments. (Graphviz writes `-` inside comments as
    /// `&#45;`, so the first `-->` is always the comment's end.)
    static func removingComments(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let start = rest.range(of: "<!--") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else { return out }
            rest = rest[end.upperBound...]
        }
        out += rest
        return out
    }

    /// An attribute's value in an element's start tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    /// A length attribute in points (`3523pt`), 0 when absent.
    static func points(attribute name: String, in tag: String) -> Double {
        guard var value = attribute(name, in: tag) else { return 0 }
        if value.hasSuffix("pt") { value.removeLast(2) }
        return Double(value) ?? 0
    }
}
