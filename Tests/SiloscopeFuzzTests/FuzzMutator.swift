import Foundation
import SiloscopeTestSupport

/// The kinds of file the harness feeds the program, each with the commands that read it.
enum FuzzKind: String, CaseIterable, Sendable {
    case model, scenario, hrExport = "hr", eventCSV = "events", eventXES = "xes", dot

    /// File extension of inputs of this kind (what the importers choose their reader by).
    var fileExtension: String {
        switch self {
        case .model, .scenario: "yaml"
        case .hrExport, .eventCSV: "csv"
        case .eventXES: "xes"
        case .dot: "dot"
        }
    }

    /// The kind of a saved regression case, from its file name (`KIND-HASH.EXT`).
    init?(fileName: String) {
        guard let prefix = fileName.split(separator: "-").first, let kind = FuzzKind(rawValue: String(prefix)) else { return nil }
        self = kind
    }
}

/// Structure-aware mutation: a model or scenario is mutated field by field (a YAML
/// `key: value` line at a time), a table cell by cell, an XES file attribute by
/// attribute, a DOT file statement by statement; then, now and then, bytes at random.
enum FuzzMutator {
    /// The grammar of numeric extremes the issue names, and their neighbours.
    static let numbers = [
        "0", "-0", "-1", "1e-308", "4.9e-324", "1e308", "-1e308", "1.7976931348623157e308", ".nan", ".inf", "-.inf",
        "NaN", "inf", "-inf", "Infinity", "99999999999999999999999", "9223372036854775808", "2147483648", "1e19", "1e15",
        "0.0000001", "0x10", "1_000", "3,5", "1e", "--1", "525600", "525601", "1000000", "0.001", "1", "2",
    ]

    /// Hostile text: markup, quotes, control characters, right-to-left marks, long runs.
    static let texts = [
        "", " ", "\"", "'", "\\", "<script>alert(1)</script>", "a\"b", "x\ny", "ğüşıöçĞÜŞİÖÇ", "\u{202E}evil", "{", "[", "&amp;",
        "*anchor", "&anchor x", "!!binary", "~", "null", "yes", "%", "#", ": ", "- x", String(repeating: "ş", count: 5_000),
        "\t", "\u{FEFF}", "😀", "label=<<b>x</b>>", "]", "}",
    ]

    static func mutate(_ data: Data, kind: FuzzKind, random: inout SplitMix) -> Data {
        // An HR export may be Windows-1254: read and write it byte for byte (Latin-1 maps
        // every byte to one character) so its encoding survives the mutation.
        let bytewise = kind == .hrExport && String(data: data, encoding: .utf8) == nil
        var text = bytewise ? String(decoding: data.map { UInt16($0) }, as: UTF16.self) : String(decoding: data, as: UTF8.self)
        let rounds = 1 + random.below(3)
        for _ in 0..<rounds {
            switch kind {
            case .model, .scenario: text = mutateYAML(text, &random)
            case .hrExport, .eventCSV: text = mutateTable(text, &random)
            case .eventXES: text = mutateXES(text, &random)
            case .dot: text = mutateDOT(text, &random)
            }
        }
        var bytes = bytewise ? Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) : Data(text.utf8)
        if random.chance(8), !bytes.isEmpty { bytes = bytes.prefix(random.below(bytes.count)) }  // truncated file
        if random.chance(8), !bytes.isEmpty {                                                      // flipped bytes
            for _ in 0..<(1 + random.below(4)) {
                bytes[bytes.startIndex + random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
        }
        return bytes
    }

    /// A replacement value: an extreme number, a hostile text or a value taken from
    /// elsewhere in the same file (which makes unknown ids, cycles and self-references).
    static func value(_ random: inout SplitMix, borrowing others: [String]) -> String {
        switch random.below(10) {
        case 0..<3: random.pick(["1e308", "1.7976931348623157e308", "1e19", "9223372036854775808", "525600", "1000000", "1e-308", "10000000000"])
        case 0..<5: random.pick(numbers)
        case 5..<7: random.pick(texts)
        default: others.isEmpty ? random.pick(numbers) : random.pick(others)
        }
    }

    /// The line edits every text format shares.
    enum LineEdit { case delete, duplicate, swap }

    static func edit(_ lines: inout [String], _ kind: LineEdit, _ random: inout SplitMix) {
        switch kind {
        case .delete: lines.remove(at: random.below(lines.count))
        case .duplicate: let i = random.below(lines.count); lines.insert(lines[i], at: i)
        case .swap: let (i, j) = (random.below(lines.count), random.below(lines.count)); lines.swapAt(i, j)
        }
    }

    // MARK: YAML

    static func mutateYAML(_ text: String, _ random: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let fields = lines.indices.filter { yamlField(lines[$0]) != nil }
        let values = fields.compactMap { yamlField(lines[$0])?.value }
        switch random.below(12) {
        case 0..<7 where !fields.isEmpty:  // change one field's value, numeric fields most often
            let numeric = fields.filter { yamlField(lines[$0]).map { Double($0.value) != nil } ?? false }
            let i = !numeric.isEmpty && random.chance(80) ? random.pick(numeric) : random.pick(fields)
            if let field = yamlField(lines[i]) {
                var replacement = value(&random, borrowing: values)
                if random.chance(30), !replacement.hasPrefix("\"") { replacement = "\"" + replacement.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
                lines[i] = field.prefix + replacement
            }
        case 7: edit(&lines, .delete, &random)
        case 8: edit(&lines, .duplicate, &random)  // duplicate ids, repeated keys
        case 9 where !fields.isEmpty:  // misspell or invent a key
            let i = random.pick(fields)
            if let colon = lines[i].firstIndex(of: ":") {
                lines[i] = String(lines[i][..<colon]) + random.pick(["x", "_", "s", ""]) + String(lines[i][colon...])
            }
        case 10:  // break the indentation
            let i = random.below(lines.count)
            lines[i] = random.pick(["", " ", "   ", "\t"]) + lines[i]
        default: edit(&lines, .swap, &random)
        }
        return lines.joined(separator: "\n")
    }

    /// `prefix` is everything up to and including `key: `; `value` is a scalar value.
    static func yamlField(_ line: String) -> (prefix: String, value: String)? {
        guard let colon = line.range(of: ": ") else { return nil }
        let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !value.hasPrefix("#"), !value.hasPrefix("{"), !value.hasPrefix("["),
              !value.hasPrefix(">"), !value.hasPrefix("|") else { return nil }
        return (String(line[..<colon.upperBound]), value)
    }

    // MARK: tables

    static func mutateTable(_ text: String, _ random: inout SplitMix) -> String {
        var rows = text.components(separatedBy: "\n")
        guard rows.count > 1 else { return text }
        let delimiter: Character = rows[0].contains(";") ? ";" : rows[0].contains("\t") ? "\t" : ","
        let cells = rows.flatMap { $0.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init) }
        let r = random.below(rows.count)
        switch random.below(10) {
        case 0..<6:  // one cell
            var row = rows[r].split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            guard !row.isEmpty else { break }
            let c = random.below(row.count)
            row[c] = random.chance(30) ? random.pick(timestamps) : value(&random, borrowing: cells)
            rows[r] = row.joined(separator: String(delimiter))
        case 6: rows.remove(at: r)
        case 7: rows.insert(rows[r], at: r)
        case 8: rows[r] += String(delimiter) + value(&random, borrowing: cells)  // a shifted row
        default: rows[r] = String(rows[r].prefix(random.below(rows[r].count + 1)))
        }
        return rows.joined(separator: "\n")
    }

    /// Timestamps at the edges of what a log may hold.
    static let timestamps = [
        "0001-01-01T00:00:00", "9999-12-31T23:59:59", "1970-01-01 00:00", "2024-02-30 10:00", "2024-13-01", "-2024-01-01",
        "2024-01-01T25:61:61", "2019-03-31 02:30", "1e308", "99999999999999", "-1", "2024-01-01T00:00:00+99:99", "31.12.2024 23:59",
    ]

    // MARK: XES

    static func mutateXES(_ text: String, _ random: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let attributes = lines.indices.filter { lines[$0].contains("value=\"") }
        switch random.below(8) {
        case 0..<5 where !attributes.isEmpty:
            let i = random.pick(attributes)
            if let start = lines[i].range(of: "value=\""), let end = lines[i][start.upperBound...].firstIndex(of: "\"") {
                let replacement = random.chance(40) ? random.pick(timestamps) : value(&random, borrowing: [])
                let escaped = replacement.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                    .replacingOccurrences(of: "<", with: "&lt;")
                lines[i] = String(lines[i][..<start.upperBound]) + (random.chance(20) ? replacement : escaped) + String(lines[i][end...])
            }
        case 5: edit(&lines, .delete, &random)
        case 6: edit(&lines, .duplicate, &random)
        default: edit(&lines, .swap, &random)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: DOT

    static func mutateDOT(_ text: String, _ random: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let quoted = lines.indices.filter { lines[$0].contains("\"") }
        switch random.below(8) {
        case 0..<4 where !quoted.isEmpty:
            let i = random.pick(quoted)
            if let start = lines[i].firstIndex(of: "\""),
               let end = lines[i][lines[i].index(after: start)...].firstIndex(of: "\"") {
                lines[i] = String(lines[i][...start]) + value(&random, borrowing: []) + String(lines[i][end...])
            }
        case 4: edit(&lines, .delete, &random)
        case 5: edit(&lines, .duplicate, &random)
        case 6:  // a new edge between two names in the file (cycles, self loops)
            let names = lines.compactMap { line -> String? in
                guard let start = line.firstIndex(of: "\""), let end = line[line.index(after: start)...].firstIndex(of: "\"") else { return nil }
                return String(line[line.index(after: start)..<end])
            }
            if !names.isEmpty {
                lines.insert("  \"\(random.pick(names))\" -> \"\(random.pick(names))\";", at: max(1, lines.count - 2))
            }
        default:
            lines.insert("  x\(random.below(9)) [label=\"\(random.pick(texts))\", width=\(random.pick(numbers))];", at: max(1, lines.count - 2))
        }
        return lines.joined(separator: "\n")
    }
}
