/// The text shown on a node, an edge, a cluster or the whole diagram.
///
/// Use ``text(_:)`` for anything a user typed: it renders exactly as written, whatever
/// characters it holds. Use ``html(_:)`` for HTML-like labels you assemble yourself
/// (tables, bold, colours), escaping every piece of user text with
/// ``Label/escapingHTML(_:)``. ``graphviz(_:)`` passes a label in Graphviz's own escape
/// syntax through untouched; it exists for DOT files read with ``parseDOT(_:)``.
public enum Label: Hashable, Sendable {
    /// Plain user text, shown as written.
    ///
    /// Backslashes are doubled (Graphviz would read `\N`, `\G`, `\l`, `\n`, `\\` as
    /// escapes) and `&` is written as `&amp;` (Graphviz decodes HTML entities in plain
    /// labels). A newline (`\n`, `\r\n` or `\r`) becomes a centred line break; a tab
    /// becomes a space; other control characters, which XML cannot carry, are dropped.
    case text(String)

    /// An HTML-like label: the markup between Graphviz's `<` and `>`, without them.
    ///
    /// The markup is trusted: build it from constant tags and user text passed through
    /// ``Label/escapingHTML(_:)``. Malformed markup is reported as a rendering error.
    case html(String)

    /// A label in Graphviz's escString syntax, passed through verbatim, so `\N` shows
    /// the node's name and `\l` ends a left-justified line.
    case graphviz(String)

    /// The attribute value handed to Graphviz (for ``html(_:)`` the markup, which the
    /// C boundary interns as an HTML string).
    var attributeValue: String {
        switch self {
        case .text(let text): Label.graphvizPlainValue(text)
        case .html(let markup): markup
        case .graphviz(let value): value
        }
    }

    /// Whether Graphviz must receive this label as an HTML-like string.
    var isHTML: Bool {
        if case .html = self { return true }
        return false
    }
}

extension Label {
    /// Escapes user text for use inside HTML-like label markup.
    ///
    /// XML-escapes `&`, `<`, `>` and `"`, doubles backslashes (Graphviz expands `\N`
    /// and `\\` inside HTML labels too), turns newlines into `<br/>` and drops control
    /// characters XML cannot carry (a tab becomes a space).
    ///
    /// - Parameter text: Text as the user wrote it.
    /// - Returns: Markup that shows `text` exactly.
    public static func escapingHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += "\\\\"
            case "\n": out += "<br/>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The escString Graphviz needs to show `text` as written in a plain label.
    static func graphvizPlainValue(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Normalises line breaks to `\n`, turns tabs into spaces and drops characters that
    /// XML 1.0 cannot carry (other C0 controls, U+FFFE, U+FFFF).
    static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A: if !previousWasCR { out.append(scalar) }
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0xFFFE, 0xFFFF: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Reads a plain label value back from Graphviz: `.text` when the value uses no
    /// escape other than the two ``text(_:)`` writes (`\\` and `&amp;`), otherwise
    /// `.graphviz` with the value untouched, so nothing changes meaning.
    static func fromPlainValue(_ value: String) -> Label {
        var text = String.UnicodeScalarView()
        var scalars = Substring(value).unicodeScalars
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\":
                guard scalars.first == "\\" else { return .graphviz(value) }
                scalars.removeFirst()
                text.append("\\")
            case "&":
                if scalars.starts(with: "amp;".unicodeScalars) {
                    scalars.removeFirst(4)
                } else if startsEntity(scalars) {
                    return .graphviz(value)
                }
                text.append("&")
            default:
                text.append(scalar)
            }
        }
        let decoded = String(text)
        // Only text that would be written back the same way is plain text.
        return sanitized(decoded) == decoded ? .text(decoded) : .graphviz(value)
    }

    /// Whether the scalars after an `&` look like an entity Graphviz would decode.
    private static func startsEntity(_ rest: Substring.UnicodeScalarView) -> Bool {
        var length = 0
        for scalar in rest {
            if scalar == ";" { return length > 0 }
            let isNameCharacter = scalar == "#" || (scalar.isASCII && scalar.properties.isAlphabetic)
                || ("0"..."9").contains(scalar)
            guard isNameCharacter, length < 10 else { return false }
            length += 1
        }
        return false
    }
}
