/// A line and column in a source file, both counted from 1.
public struct SourcePosition: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// Line number, from 1.
    public var line: Int
    /// Column number (in Unicode scalars), from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Orders positions by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Equatable {
    /// The input cannot be used as it is.
    case error
    /// Legal but suspicious; the input is used.
    case warning
}

/// One finding about an input file, pointing at the file, line, column and field.
///
/// Its `description` reads like a compiler message:
/// `bank.yaml:12:13: error: units[3].parent: unknown unit 'markting'; expected a unit id (did you mean 'marketing'?)`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// The file the finding is in, as the user named it.
    public var file: String
    /// Where in the file, when known.
    public var position: SourcePosition?
    /// The field path (`units[3].parent`); empty for the whole file.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, file: String, position: SourcePosition?, path: String, message: String) {
        self.severity = severity
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    /// `file:line:column: severity: path: message`.
    public var description: String {
        var text = file
        if let position { text += ":\(position.line):\(position.column)" }
        text += ": \(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// Thrown when an input has errors; carries every finding (errors and warnings), sorted
/// by position.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// Whether the input could not be read at all or was read and found wrong.
    public enum Kind: Sendable, Equatable {
        /// The input was read and has errors.
        case invalidInput
        /// The input could not be read (missing, unreadable, too large).
        case unreadable
    }

    /// Every finding, errors and warnings.
    public var diagnostics: [Diagnostic]
    /// Invalid or unreadable.
    public var kind: Kind

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic], kind: Kind = .invalidInput) {
        self.diagnostics = diagnostics
        self.kind = kind
    }

    /// Only the errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// One finding per line, then a count.
    public var description: String {
        let lines = diagnostics.map(\.description)
        let count = errors.count
        return (lines + ["\(count) error\(count == 1 ? "" : "s")"]).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then position (findings without one last), stable otherwise.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.file != b.file { return a.file < b.file }
            switch (a.position, b.position) {
            case let (pa?, pb?) where pa != pb: return pa < pb
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
