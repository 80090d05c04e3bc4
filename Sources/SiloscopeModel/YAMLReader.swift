/// Reads typed values out of a ``YAMLDocument`` and collects every problem as a
/// ``Diagnostic`` instead of stopping at the first.
///
/// Each read names the field path it reads, so messages point at the field; a missing
/// field is reported at its enclosing mapping.
public struct YAMLReader {
    /// The file name used in diagnostics.
    public let file: String
    /// Every finding so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader for a file.
    public init(file: String) {
        self.file = file
    }

    /// Records an error.
    public mutating func error(_ message: String, at position: SourcePosition?, path: FieldPath) {
        diagnostics.append(Diagnostic(severity: .error, file: file, position: position, path: path.description, message: message))
    }

    /// Records a warning.
    public mutating func warning(_ message: String, at position: SourcePosition?, path: FieldPath) {
        diagnostics.append(Diagnostic(severity: .warning, file: file, position: position, path: path.description, message: message))
    }

    /// Reads a mapping and checks its keys against `allowed`; unknown keys are errors
    /// with a suggestion. Returns `nil` (after recording an error) for another shape.
    public mutating func mapping(_ node: YAMLNode?, at path: FieldPath, allowed: [String]?) -> YAMLMapping? {
        guard let node, !node.isNull else { return nil }
        guard let entries = node.entries else {
            error("expected a mapping of fields, found \(node.shapeDescription)", at: node.position, path: path)
            return nil
        }
        if let allowed {
            for entry in entries where !allowed.contains(entry.key) {
                let hint = Suggestion.hint(for: entry.key, among: allowed)
                error("unknown field '\(entry.key)'\(hint); expected one of \(allowed.joined(separator: ", "))",
                      at: entry.keyPosition, path: path.appending(entry.key))
            }
        }
        return YAMLMapping(node: node, path: path, entries: entries)
    }

    /// Reads a list; a single scalar is not accepted. Absent or null gives an empty list.
    public mutating func sequence(_ node: YAMLNode?, at path: FieldPath) -> [YAMLNode] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            error("expected a list, found \(node.shapeDescription)", at: node.position, path: path)
            return []
        }
        return items
    }

    /// Reads text. A missing required field is an error at the mapping.
    public mutating func string(_ mapping: YAMLMapping, _ key: String, required: Bool = false) -> String? {
        guard let node = mapping[key], !node.isNull else {
            if required { error("missing required field '\(key)'", at: mapping.position, path: mapping.path.appending(key)) }
            return nil
        }
        guard let text = node.scalarText else {
            error("expected text, found \(node.shapeDescription)", at: node.position, path: mapping.path.appending(key))
            return nil
        }
        return text
    }

    /// Reads a list of texts (a single text is accepted as a list of one).
    public mutating func strings(_ mapping: YAMLMapping, _ key: String) -> [String] {
        guard let node = mapping[key], !node.isNull else { return [] }
        if let text = node.scalarText { return [text] }
        let path = mapping.path.appending(key)
        var result: [String] = []
        for (index, item) in sequence(node, at: path).enumerated() {
            if let text = item.scalarText, !item.isNull {
                result.append(text)
            } else {
                error("expected text, found \(item.shapeDescription)", at: item.position, path: path.appending(index))
            }
        }
        return result
    }

    /// Reads a finite number and checks it against `constraint`.
    public mutating func number(
        _ mapping: YAMLMapping, _ key: String, required: Bool = false, _ constraint: NumberConstraint = .any
    ) -> Double? {
        guard let node = mapping[key], !node.isNull else {
            if required { error("missing required field '\(key)'", at: mapping.position, path: mapping.path.appending(key)) }
            return nil
        }
        return number(node, at: { mapping.path.appending(key) }, constraint)
    }

    /// Reads a finite number from a node and checks it against `constraint`.
    public mutating func number(_ node: YAMLNode, at path: FieldPath, _ constraint: NumberConstraint = .any) -> Double? {
        number(node, at: { path }, constraint)
    }

    /// Reads a finite number; the path is only built when there is something to report.
    mutating func number(_ node: YAMLNode, at path: () -> FieldPath, _ constraint: NumberConstraint) -> Double? {
        guard let text = node.scalarText, let value = Self.parseNumber(text) else {
            error("expected a number, found \(node.shapeDescription)", at: node.position, path: path())
            return nil
        }
        if let problem = constraint.problem(with: value) {
            error("\(problem), found \(text)", at: node.position, path: path())
            return nil
        }
        return value
    }

    /// Reads a whole number and checks it against `constraint`.
    public mutating func integer(
        _ mapping: YAMLMapping, _ key: String, required: Bool = false, _ constraint: NumberConstraint = .any
    ) -> Int? {
        guard let value = number(mapping, key, required: required, constraint) else { return nil }
        guard value.rounded() == value, abs(value) < 1e15 else {
            error("expected a whole number, found \(value)", at: mapping[key]?.position, path: mapping.path.appending(key))
            return nil
        }
        return Int(value)
    }

    /// Reads a boolean (`true`/`false`, `yes`/`no`, `evet`/`hayır`).
    public mutating func bool(_ mapping: YAMLMapping, _ key: String) -> Bool? {
        guard let node = mapping[key], !node.isNull else { return nil }
        guard let text = node.scalarText, let value = Self.parseBool(text) else {
            error("expected true or false, found \(node.shapeDescription)", at: node.position, path: mapping.path.appending(key))
            return nil
        }
        return value
    }

    /// Reads one of an enumeration's raw values; an unknown value is an error listing the
    /// accepted ones.
    public mutating func choice<E: RawRepresentable & CaseIterable>(
        _ mapping: YAMLMapping, _ key: String, as type: E.Type, required: Bool = false
    ) -> E? where E.RawValue == String {
        guard let text = string(mapping, key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let accepted = E.allCases.map(\.rawValue)
        let hint = Suggestion.hint(for: text, among: accepted)
        error("unknown value '\(text)'\(hint); expected one of \(accepted.joined(separator: ", "))",
              at: mapping[key]?.position, path: mapping.path.appending(key))
        return nil
    }

    /// Parses YAML number spellings: decimal, exponent, `.inf`/`.nan` (rejected later as
    /// not finite), and a decimal comma is *not* accepted.
    static func parseNumber(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(trimmed.replacingOccurrences(of: "_", with: ""))
        }
    }

    /// Parses YAML 1.1 booleans plus Turkish evet/hayır.
    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "y", "evet": true
        case "false", "no", "off", "n", "hayır", "hayir": false
        default: nil
        }
    }
}

/// A mapping read by ``YAMLReader``: its entries in file order, its position and path.
///
/// Look-ups scan the entries: model mappings have a dozen keys at most, where a scan is
/// faster than hashing.
public struct YAMLMapping {
    /// The mapping node.
    public let node: YAMLNode
    /// Its field path.
    public let path: FieldPath
    /// Entries in file order.
    public let entries: [YAMLEntry]

    /// Where the mapping starts.
    public var position: SourcePosition? { node.position }

    /// Entries in file order, as key and value.
    public var order: [(key: String, value: YAMLNode)] { entries.map { ($0.key, $0.value) } }

    /// The value of a key, if present (the first, should a key repeat).
    public subscript(key: String) -> YAMLNode? {
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// The position of a key's value, else of the mapping.
    public func position(of key: String) -> SourcePosition? { self[key]?.position ?? position }
}

/// What a number must satisfy.
///
/// Every numeric field of the file formats has a stated range (docs/model.md lists them):
/// a value outside it is an error at the field's line, so no later computation (a service
/// rate, a case count, a pixel size) can overflow or trap on it.
public enum NumberConstraint: Sendable {
    /// Any finite number.
    case any
    /// Greater than zero.
    case positive
    /// Zero or more.
    case nonNegative
    /// Between 0 and 1 inclusive.
    case probability
    /// From `low` to `high` inclusive; `meaning` says in a few words what the field counts,
    /// for the message ("minutes, up to a year").
    case between(Double, Double, meaning: String)

    /// Minutes of work on one case: from 0.001 minute (under a tenth of a second) to a year.
    public static let workMinutes = NumberConstraint.between(0.001, 525_600, meaning: "minutes, up to a year")
    /// Minutes a handoff takes in transit: none up to a year.
    public static let transitMinutes = NumberConstraint.between(0, 525_600, meaning: "minutes, up to a year")
    /// Arrivals per hour: one in about 114 years up to a million an hour.
    public static let ratePerHour = NumberConstraint.between(0.000_001, 1_000_000, meaning: "cases per hour")
    /// People in a unit.
    public static let headcount = NumberConstraint.between(1, 1_000_000, meaning: "people")
    /// Cases a unit works on at once.
    public static let handlers = NumberConstraint.between(1, 100_000, meaning: "cases worked on at once")
    /// Coefficient of variation of a handling time.
    public static let coefficientOfVariation = NumberConstraint.between(0.001, 100, meaning: "standard deviation ÷ mean")
    /// Cases handed along one relation per day.
    public static let volumePerDay = NumberConstraint.between(0, 10_000_000, meaning: "cases per day")
    /// Customers a campaign addresses.
    public static let audience = NumberConstraint.between(1, 10_000_000_000, meaning: "customers")

    /// The accepted interval, for documentation and for clamping generated values.
    public var interval: ClosedRange<Double>? {
        switch self {
        case .any, .positive, .nonNegative: nil
        case .probability: 0...1
        case .between(let low, let high, _): low...high
        }
    }

    /// What is wrong with `value`, or `nil` when it is accepted.
    public func problem(with value: Double) -> String? {
        guard value.isFinite else { return "expected a finite number" }
        switch self {
        case .any: return nil
        case .positive: return value > 0 ? nil : "expected a number greater than 0"
        case .nonNegative: return value >= 0 ? nil : "expected a number of 0 or more"
        case .probability: return (0...1).contains(value) ? nil : "expected a probability between 0 and 1"
        case .between(let low, let high, let meaning):
            return (low...high).contains(value) ? nil
                : "expected a number from \(Self.plain(low)) to \(Self.plain(high)) (\(meaning))"
        }
    }

    /// A bound written without exponent or trailing zeros (0.000001, 10000000000).
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.9f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

import Foundation

/// "Did you mean" suggestions by edit distance: the one routine every file format and
/// command uses.
public enum Suggestion {
    /// The candidate closest to `word` if it is close enough to be a likely typo
    /// (edit distance at most a third of the word's length, at least 1; a swap of two
    /// neighbouring letters, `mvoe` for `move`, counts as one edit). Large candidate sets
    /// are not searched (returns `nil` beyond `limit`).
    public static func closest(to word: String, among candidates: some Collection<String>, limit: Int = 5_000) -> String? {
        guard !word.isEmpty, candidates.count <= limit else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        let threshold = max(1, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= threshold else { continue }
            let distance = editDistance(target, other)
            if distance <= threshold, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// `" (did you mean 'x'?)"`, or nothing.
    public static func hint(for word: String, among candidates: some Collection<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost one. O(a·b) time.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
