import Foundation
// libyaml (the system library, `CLibYAML`; Debian libyaml-dev). We read parser events
// directly and build a flat node arena: faster than composing a node tree for large
// models (Yams' composer, for one), and iterative, so nesting depth cannot exhaust the
// stack.
internal import CLibYAML

/// A parsed YAML (or JSON) document, with the position of every node.
///
/// JSON is read through the same parser (JSON is YAML's flow style), so JSON files get
/// line numbers too.
public struct YAMLDocument: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    /// The root node; `nil` for an empty document.
    public let root: YAMLNode?

    /// The deepest nesting accepted; a model nests a handful of levels.
    public static let maximumDepth = 256

    /// Parses text (the first document of a stream).
    ///
    /// - Throws: ``DiagnosticsError`` with the syntax error's position, a duplicate key,
    ///   an unknown alias, or nesting deeper than ``maximumDepth``.
    /// - Complexity: O(n) in the text, iterative.
    public static func parse(text: String, file: String) throws(DiagnosticsError) -> YAMLDocument {
        var builder = ArenaBuilder()
        do {
            let root = try builder.build(text)
            return YAMLDocument(file: file, root: root.map { YAMLNode(arena: builder.finish(), index: $0) })
        } catch {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: error.position, path: "", message: error.message)])
        }
    }
}

/// A node of a YAML document: a scalar, a mapping or a sequence, with its position.
public struct YAMLNode: Sendable {
    /// The three shapes a node can have.
    public enum Kind: UInt8, Sendable, Equatable {
        case scalar
        case mapping
        case sequence
    }

    let arena: YAMLArena
    let index: Int32

    /// Where the node starts.
    public var position: SourcePosition? {
        SourcePosition(line: Int(arena.lines[Int(index)]), column: Int(arena.columns[Int(index)]))
    }

    /// The node's shape.
    public var kind: Kind { arena.kinds[Int(index)] }

    /// The text of a scalar; `nil` for mappings and sequences.
    public var scalarText: String? { kind == .scalar ? arena.texts[Int(arena.payload[Int(index)])] : nil }

    /// True for a plain (unquoted) scalar, where `12` is a number and `yes` a boolean.
    public var isPlainScalar: Bool { kind == .scalar && arena.plain[Int(index)] }

    /// True for `~`, `null` or an empty plain scalar.
    public var isNull: Bool {
        guard isPlainScalar, let text = scalarText, text.utf8.count <= 4 else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A mapping's entries in file order; `nil` for other shapes. Keys that are not
    /// scalars are given as a placeholder text.
    public var entries: [YAMLEntry]? {
        guard kind == .mapping else { return nil }
        let range = arena.childRange(Int(index))
        var result: [YAMLEntry] = []
        result.reserveCapacity(range.count / 2)
        for i in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
            let key = YAMLNode(arena: arena, index: arena.children[i])
            result.append(YAMLEntry(key: key.scalarText ?? "<\(key.shapeDescription)>", keyNode: key,
                                    value: YAMLNode(arena: arena, index: arena.children[i + 1])))
        }
        return result
    }

    /// A sequence's items; `nil` for other shapes.
    public var items: [YAMLNode]? {
        guard kind == .sequence else { return nil }
        return arena.childRange(Int(index)).map { YAMLNode(arena: arena, index: arena.children[$0]) }
    }

    /// A word for the shape, for messages: "a mapping", "a list", "'text'".
    public var shapeDescription: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull ? "nothing" : "'\(scalarText ?? "")'"
        }
    }
}

/// One key and value of a mapping.
public struct YAMLEntry: Sendable {
    /// The key's text.
    public let key: String
    let keyNode: YAMLNode
    /// The value.
    public let value: YAMLNode

    /// Where the key is.
    public var keyPosition: SourcePosition? { keyNode.position }
}

/// The nodes of one document in flat arrays (structure of arrays). Immutable once built.
final class YAMLArena: Sendable {
    let kinds: [YAMLNode.Kind]
    let lines: [Int32]
    let columns: [Int32]
    let plain: [Bool]
    /// Scalars: index into `texts`; collections: index into `childStart`.
    let payload: [Int32]
    let texts: [String]
    let childStart: [Int32]
    let children: [Int32]

    init(kinds: [YAMLNode.Kind], lines: [Int32], columns: [Int32], plain: [Bool], payload: [Int32],
         texts: [String], childStart: [Int32], children: [Int32]) {
        self.kinds = kinds
        self.lines = lines
        self.columns = columns
        self.plain = plain
        self.payload = payload
        self.texts = texts
        self.childStart = childStart
        self.children = children
    }

    func childRange(_ node: Int) -> Range<Int> {
        let slot = Int(payload[node])
        return Int(childStart[slot])..<Int(childStart[slot + 1])
    }
}

/// A problem found while parsing.
struct YAMLParseError: Error {
    var position: SourcePosition?
    var message: String
}

/// Builds a ``YAMLArena`` from libyaml's event stream with an explicit stack.
struct ArenaBuilder {
    private var kinds: [YAMLNode.Kind] = []
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    private var plain: [Bool] = []
    private var payload: [Int32] = []
    private var texts: [String] = []
    private var childStart: [Int32] = [0]
    private var children: [Int32] = []
    private var anchors: [String: Int32] = [:]

    /// Open collections: the node, and where its pending children start in `pending`.
    private var open: [(node: Int32, firstPending: Int)] = []
    private var pending: [Int32] = []

    /// Parses the first document; returns the root node's index.
    mutating func build(_ text: String) throws(YAMLParseError) -> Int32? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLParseError(message: "the YAML parser could not start (out of memory)") }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLParseError) -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return try run(&parser)
        }
    }

    private mutating func run(_ parser: inout yaml_parser_t) throws(YAMLParseError) -> Int32? {
        var root: Int32?
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.error(parser) }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                let node = add(.scalar, mark, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE,
                               payload: Int32(texts.count))
                texts.append(text)
                register(anchor: scalar.anchor, node)
                try attach(node, &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let node = add(isMapping ? .mapping : .sequence, mark, plain: false, payload: 0)
                register(anchor: isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, node)
                try attach(node, &root)
                open.append((node, pending.count))
                if open.count > YAMLDocument.maximumDepth {
                    throw YAMLParseError(position: Self.position(mark),
                                         message: "nesting deeper than \(YAMLDocument.maximumDepth) levels; expected a model file, which nests a few levels")
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let (node, first) = open.popLast() else { break }
                if kinds[Int(node)] == .mapping { try checkDuplicateKeys(pending[first...]) }
                payload[Int(node)] = Int32(childStart.count - 1)
                children.append(contentsOf: pending[first...])
                childStart.append(Int32(children.count))
                pending.removeSubrange(first...)
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let target = anchors[name] else {
                    throw YAMLParseError(position: Self.position(mark), message: "unknown alias '*\(name)'; expected an anchor '&\(name)' defined earlier")
                }
                try attach(target, &root)
            case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                return root
            default:
                break
            }
        }
    }

    private mutating func add(_ kind: YAMLNode.Kind, _ mark: yaml_mark_t, plain isPlain: Bool, payload value: Int32) -> Int32 {
        let node = Int32(kinds.count)
        kinds.append(kind)
        lines.append(Int32(clamping: mark.line + 1))
        columns.append(Int32(clamping: mark.column + 1))
        plain.append(isPlain)
        payload.append(value)
        return node
    }

    private mutating func register(anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: Int32) {
        guard let anchor else { return }
        anchors[String(cString: anchor)] = node
    }

    private mutating func attach(_ node: Int32, _ root: inout Int32?) throws(YAMLParseError) {
        if open.isEmpty { root = node } else { pending.append(node) }
    }

    /// Keys are pairs' first halves; scalar keys must be unique. Small mappings (every
    /// model entity) compare pairwise; large ones hash.
    private func checkDuplicateKeys(_ pairs: ArraySlice<Int32>) throws(YAMLParseError) {
        let keys = stride(from: pairs.startIndex, to: pairs.endIndex, by: 2).map { Int(pairs[$0]) }.filter { kinds[$0] == .scalar }
        func fail(_ key: Int) -> YAMLParseError {
            YAMLParseError(position: SourcePosition(line: Int(lines[key]), column: Int(columns[key])),
                           message: "duplicate key '\(texts[Int(payload[key])])' in one mapping; expected each key once")
        }
        if keys.count <= 16 {
            for (i, key) in keys.enumerated() {
                for other in keys[..<i] where texts[Int(payload[other])] == texts[Int(payload[key])] { throw fail(key) }
            }
            return
        }
        var seen = Set<String>(minimumCapacity: keys.count)
        for key in keys where !seen.insert(texts[Int(payload[key])]).inserted { throw fail(key) }
    }

    /// The finished arena.
    func finish() -> YAMLArena {
        YAMLArena(kinds: kinds, lines: lines, columns: columns, plain: plain, payload: payload,
                  texts: texts, childStart: childStart, children: children)
    }

    private static func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: mark.line + 1, column: mark.column + 1)
    }

    private static func error(_ parser: yaml_parser_t) -> YAMLParseError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            return YAMLParseError(message: "cannot read the text: \(problem) at byte \(parser.problem_offset); expected UTF-8 or UTF-16 text")
        case YAML_MEMORY_ERROR:
            return YAMLParseError(message: "out of memory while parsing")
        default:
            return YAMLParseError(position: position(parser.problem_mark), message: "YAML syntax error: \(problem)\(context)")
        }
    }
}
