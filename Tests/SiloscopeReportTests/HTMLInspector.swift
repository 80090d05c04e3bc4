import Foundation

/// A small checker for the report's HTML: tag balance, resource references, attributes.
/// Not a full HTML parser; enough for markup the report writes itself.
struct HTMLInspector {
    /// Elements without an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// One start or end tag.
    struct Tag {
        var name: String
        var isEnd: Bool
        var isSelfClosing: Bool
        var attributes: [(name: String, value: String)]
    }

    let html: String

    /// Every tag, in order, skipping comments, the DOCTYPE and the stylesheet's text.
    var tags: [Tag] {
        var tags: [Tag] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                guard let end = after.range(of: "-->") else { break }
                rest = after[end.upperBound...]
                continue
            }
            guard let close = after.firstIndex(of: ">") else { break }
            let body = String(after[..<close])
            rest = after[after.index(after: close)...]
            if body.hasPrefix("!") || body.hasPrefix("?") { continue }
            let isEnd = body.hasPrefix("/")
            let trimmed = isEnd ? String(body.dropFirst()) : body
            let name = String(trimmed.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            tags.append(Tag(name: name, isEnd: isEnd, isSelfClosing: body.hasSuffix("/"),
                            attributes: Self.attributes(in: trimmed)))
            if name == "style", !isEnd, let end = rest.range(of: "</style>") {
                rest = rest[end.lowerBound...]
            }
        }
        return tags
    }

    /// Problems with tag nesting: an end tag that does not close the open element, or
    /// elements left open.
    var balanceProblems: [String] {
        var stack: [String] = []
        var problems: [String] = []
        for tag in tags {
            if tag.isEnd {
                if stack.last == tag.name {
                    stack.removeLast()
                } else {
                    problems.append("</\(tag.name)> closes <\(stack.last ?? "nothing")>")
                    if let index = stack.lastIndex(of: tag.name) { stack.removeSubrange(index...) }
                }
            } else if !tag.isSelfClosing && !Self.voidElements.contains(tag.name) {
                stack.append(tag.name)
            }
        }
        problems += stack.map { "<\($0)> is never closed" }
        return problems
    }

    /// Attributes that make a browser fetch something, and elements that load resources.
    var resourceReferences: [String] {
        var found: [String] = []
        for tag in tags where !tag.isEnd {
            if ["script", "img", "iframe", "object", "embed", "link", "audio", "video", "source", "image", "use"].contains(tag.name) {
                found.append("<\(tag.name)>")
            }
            for attribute in tag.attributes {
                let name = attribute.name.lowercased()
                if ["src", "srcset", "action", "poster", "data", "xlink:href", "background"].contains(name) {
                    found.append("\(name)=\"\(attribute.value)\"")
                }
                if name == "href", !attribute.value.hasPrefix("#") { found.append("href=\"\(attribute.value)\"") }
                if name.hasPrefix("on") { found.append("event handler \(name)") }
                if attribute.value.contains("url(") { found.append("url() in \(name)") }
            }
        }
        if html.contains("@import") || html.contains("url(") { found.append("CSS url() or @import") }
        return found
    }

    /// `name="value"` pairs of a tag's text (values as written, entities not decoded).
    static func attributes(in tag: String) -> [(name: String, value: String)] {
        var attributes: [(String, String)] = []
        var rest = tag[...]
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(whereSeparator: { $0.isWhitespace }).last.map(String.init) ?? ""
            let valueStart = equals.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            attributes.append((name, String(rest[valueStart..<end])))
            rest = rest[rest.index(after: end)...]
        }
        return attributes
    }
}
