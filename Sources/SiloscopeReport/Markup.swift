/// A fragment of HTML (or SVG) that is safe to put in a page.
///
/// String literals are trusted markup; every `String` interpolated into a `Markup` is
/// escaped, so user text (unit names, scenario descriptions: anything from a file) can
/// never open a tag or leave an attribute. Markup interpolated into markup is kept as is.
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let cell: Markup = "<td title=\"\(name)\">\(name)</td>"   // both escaped
/// ```
///
/// Use ``Markup/trusted(_:)`` only for text that is markup by construction (the SVG
/// Graphviz writes, which is XML).
public struct Markup: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup text.
    public private(set) var html: String

    /// An empty fragment.
    public init() { html = "" }

    /// A literal: trusted markup.
    public init(stringLiteral value: String) { html = value }

    /// Markup built by interpolation; interpolated strings are escaped.
    public init(stringInterpolation: StringInterpolation) { html = stringInterpolation.html }

    /// Wraps text that is already markup, without escaping it.
    ///
    /// - Parameter html: Markup produced by trusted code (never user text).
    public static func trusted(_ html: String) -> Markup {
        var markup = Markup()
        markup.html = html
        return markup
    }

    /// The markup text.
    public var description: String { html }

    /// Appends another fragment.
    public static func += (lhs: inout Markup, rhs: Markup) { lhs.html += rhs.html }

    /// Two fragments, one after the other.
    public static func + (lhs: Markup, rhs: Markup) -> Markup { .trusted(lhs.html + rhs.html) }

    /// Joins fragments.
    public static func joined(_ parts: [Markup], separator: Markup = "") -> Markup {
        .trusted(parts.map(\.html).joined(separator: separator.html))
    }

    /// Builds markup from literals and interpolations.
    public struct StringInterpolation: StringInterpolationProtocol {
        var html = ""

        /// Reserves room.
        public init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// A literal piece: trusted.
        public mutating func appendLiteral(_ literal: String) { html += literal }

        /// Text: escaped for HTML content and attribute values.
        public mutating func appendInterpolation(_ text: String) { html += Markup.escape(text) }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: Substring) { html += Markup.escape(String(text)) }

        /// Markup: kept as is.
        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }

        /// Fragments, one after another.
        public mutating func appendInterpolation(_ parts: [Markup]) {
            for part in parts { html += part.html }
        }

        /// A whole number.
        public mutating func appendInterpolation(_ value: Int) { html += String(value) }
    }

    /// Escapes text for HTML and XML content and for quoted attribute values.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities; control characters other than tab
    /// and newline (which neither HTML nor XML can carry) are dropped, `\r` included.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text, safe between tags and inside `"…"` or `'…'` attributes.
    /// - Complexity: O(n).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
