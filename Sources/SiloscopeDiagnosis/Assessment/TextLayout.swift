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

    /// Rows laid out in columns separated by two spaces. The last column wraps to fit
    /// `width` and continues under itself; when the columns do not fit, the first one
    /// wraps too.
    static func columns(_ rows: [[String]], indent: String, width: Int) -> [String] {
        guard let count = rows.map(\.count).max(), count > 0 else { return [] }
        var widths = [Int](repeating: 0, count: count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let middle = count > 2 ? widths[1..<(count - 1)].reduce(0) { $0 + $1 + 2 } : 0
        let lastRoom = count > 1 ? min(widths[count - 1], 16) : 0
        if count > 1, indent.count + widths[0] + 2 + middle + lastRoom > width {
            widths[0] = max(8, width - indent.count - 2 - middle - lastRoom)
        }
        var lines: [String] = []
        for row in rows {
            let cells = (0..<count).map { $0 < row.count ? row[$0] : "" }
            let first = wrap(cells[0], width: widths[0], first: "", rest: "")
            guard count > 1 else {
                lines += first.map { indent + $0 }
                continue
            }
            var head = indent + pad(first[0], widths[0]) + "  "
            for index in 1..<(count - 1) { head += pad(cells[index], widths[index]) + "  " }
            let last = wrap(cells[count - 1], width: max(8, width - head.count), first: "", rest: "")
            let blank = String(repeating: " ", count: head.count - indent.count - widths[0])
            for index in 0..<max(first.count, last.count) {
                let left = index == 0 ? head : indent + pad(index < first.count ? first[index] : "", widths[0]) + blank
                lines.append((left + (index < last.count ? last[index] : "")).trimmingTrailingSpaces())
            }
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
