import Foundation
internal import Yams

/// A parsed YAML (or JSON) document, with the position of every node.
///
/// JSON is read through the same parser (JSON is YAML's flow style), so JSON files get
/// line numbers too.
public struct YAMLDocument {
    /// The file name used in diagnostics.
    public let file: String
    /// The root node; `nil` for an empty document.
    public let root: YAMLNode?

    /// The deepest nesting accepted. Deeper documents are refused before parsing so that
    /// a hostile file cannot exhaust the stack.
    public static let maximumDepth = 256

    /// Parses text.
    ///
    /// - Throws: ``DiagnosticsError`` with the syntax error's position, or a refusal for
    ///   nesting deeper than ``maximumDepth``.
    public static func parse(text: String, file: String) throws(DiagnosticsError) -> YAMLDocument {
        if let (depth, line) = deepestNesting(in: text, limit: maximumDepth) {
            throw DiagnosticsError([Diagnostic(
                severity: .error, file: file, position: SourcePosition(line: line, column: 1), path: "",
                message: "nesting deeper than \(maximumDepth) levels (\(depth)); expected a model file, which nests a few levels"
            )])
        }
        let outcome: Result<Node?, Error> = runWithLargeStack {
            Result { try Yams.compose(yaml: text) }
        }
        switch outcome {
        case .success(let node):
            return YAMLDocument(file: file, root: node.map(YAMLNode.init))
        case .failure(let error):
            throw DiagnosticsError([diagnostic(for: error, file: file)])
        }
    }

    /// Translates a Yams error into a diagnostic with its position.
    private static func diagnostic(for error: Error, file: String) -> Diagnostic {
        func make(_ mark: Mark?, _ message: String) -> Diagnostic {
            Diagnostic(
                severity: .error, file: file,
                position: mark.map { SourcePosition(line: $0.line, column: $0.column) },
                path: "", message: message)
        }
        guard let yamlError = error as? YamlError else {
            return make(nil, "could not read the file as YAML: \(error)")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            return make(mark, "YAML syntax error: \(problem)\(where_)")
        case let .reader(problem, offset, _, _):
            return make(nil, "cannot read the text: \(problem)\(offset.map { " at byte \($0)" } ?? ""); expected UTF-8 or UTF-16 text")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return make(context.mark, "duplicate key \(keys) in one mapping; expected each key once")
        default:
            return make(nil, "could not read the file as YAML: \(yamlError)")
        }
    }

    /// Finds the first place where flow brackets or block indentation nest deeper than
    /// `limit`, ignoring brackets inside quotes and comments. Linear in the text.
    static func deepestNesting(in text: String, limit: Int) -> (depth: Int, line: Int)? {
        var flow = 0
        var line = 1
        var indents: [Int] = []
        var atLineStart = true
        var column = 0
        var dashes = 0
        var quote: UInt8 = 0
        var inComment = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1; atLineStart = true; column = 0; dashes = 0; inComment = false
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") { column += 1; continue }
                if byte == UInt8(ascii: "-") { column += 1; dashes += 1; continue }
                atLineStart = false
                if byte != UInt8(ascii: "#") && quote == 0 {
                    while let last = indents.last, last >= column { indents.removeLast() }
                    indents.append(column)
                    let depth = indents.count + dashes + flow
                    if depth > limit { return (depth, line) }
                }
            }
            if inComment { continue }
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1
                if indents.count + flow > limit { return (indents.count + flow, line) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
            default: break
            }
        }
        return nil
    }
}

/// Runs `body` on a thread with a 512 MiB stack and waits for it: the YAML composer
/// recurses once per nesting level.
func runWithLargeStack<T>(_ body: @escaping () -> T) -> T {
    let box = LargeStackBox(body)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = box.body()
        done.signal()
    }
    thread.stackSize = 512 << 20
    thread.start()
    done.wait()
    guard let value = box.value else { return body() }
    return value
}

/// Carries a closure and its result across the large-stack thread; the semaphore orders
/// the accesses.
private final class LargeStackBox<T>: @unchecked Sendable {
    var value: T?
    let body: () -> T
    init(_ body: @escaping () -> T) { self.body = body }
}

/// A node of a YAML document: a scalar, a mapping or a sequence, with its position.
public struct YAMLNode {
    /// The three shapes a node can have.
    public enum Kind: Sendable, Equatable {
        case scalar
        case mapping
        case sequence
    }

    let node: Node

    init(_ node: Node) { self.node = node }

    /// Where the node starts.
    public var position: SourcePosition? {
        node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    /// The node's shape.
    public var kind: Kind {
        switch node {
        case .scalar: .scalar
        case .mapping: .mapping
        case .sequence: .sequence
        case .alias: .scalar
        }
    }

    /// The text of a scalar; `nil` for mappings and sequences.
    public var scalarText: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    /// True for a plain (unquoted) scalar, where `12` is a number and `yes` a boolean.
    public var isPlainScalar: Bool {
        if case .scalar(let scalar) = node { return scalar.style == .plain || scalar.style == .any }
        return false
    }

    /// True for `~`, `null` or an empty plain scalar.
    public var isNull: Bool {
        guard isPlainScalar, let text = scalarText else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A mapping's entries in file order; `nil` for other shapes. Keys that are not
    /// scalars are given as their YAML text.
    public var entries: [(key: String, keyPosition: SourcePosition?, value: YAMLNode)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { pair in
            (pair.key.string ?? "\(pair.key)",
             pair.key.mark.map { SourcePosition(line: $0.line, column: $0.column) },
             YAMLNode(pair.value))
        }
    }

    /// A sequence's items; `nil` for other shapes.
    public var items: [YAMLNode]? {
        guard case .sequence(let sequence) = node else { return nil }
        return sequence.map(YAMLNode.init)
    }

    /// A word for the shape, for messages: "a mapping", "a list", "text".
    public var shapeDescription: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull ? "nothing" : "'\(scalarText ?? "")'"
        }
    }
}
