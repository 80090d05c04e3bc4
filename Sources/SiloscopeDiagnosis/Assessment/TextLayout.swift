/// Plain-text layout for terminal tables: padding and word wrapping by characters.
enum TextLayout {
    /// `text` padded with spaces to `width` characters (longer text is left as is).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Wraps `text` into lines of at most `width` characters; the first line starts with
    /// `first`, the others with `rest`. Words longer than a line are cut.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        func flush() {
            lines.append(line)
            line = rest
            empty = true
        }
        for piece in text.split(separator: " ") {
            var word = Substring(piece)
            while !word.isEmpty {
                if line.count + (empty ? 0 : 1) + word.count <= width {
                    line += (empty ? "" : " ") + word
                    empty = false
                    word = ""
                } else if !empty {
                    flush()
                } else {
                    let room = max(1, width - line.count)
                    line += word.prefix(room)
                    word = word.dropFirst(room)
                    flush()
                }
            }
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Rows laid out in columns separated by two spaces; the last column wraps to fit
    /// `width` and continues under itself.
    static func columns(_ rows: [[String]], indent: String, width: Int) -> [String] {
        guard let count = rows.map(\.count).max(), count > 0 else { return [] }
        var widths = [Int](repeating: 0, count: count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < count - 1 { widths[index] = max(widths[index], cell.count) }
        }
        var lines: [String] = []
        for row in rows {
            var head = indent
            for index in 0..<(count - 1) { head += pad(index < row.count ? row[index] : "", widths[index]) + "  " }
            let last = row.count == count ? row[count - 1] : ""
            let wrapped = wrap(last, width: width, first: head, rest: String(repeating: " ", count: head.count))
            lines += wrapped.map { $0.trimmingTrailingSpaces() }
        }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
