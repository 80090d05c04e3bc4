import Foundation
import SiloscopeModel
import SiloscopeScenarios

/// A bad request: the HTTP status and a message for the person at the browser.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status (400, 403, 404, 409, 413).
    public var status: Int
    /// What went wrong, naming the bad change or field.
    public var message: String

    /// Creates an error.
    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }
}

/// The workshop's current set of changes: each item one change in the scenario-file
/// vocabulary (`{"move_crm": {"to": "gmy_pazarlama"}}`) or a bundled scenario switched on
/// (`{"scenario": "bank-crm-under-marketing"}`), kept as canonical one-line JSON.
///
/// JSON is a subset of YAML's flow style, so the items become a scenario file by writing
/// one item per line under `changes:`; the scenario decoder then checks them exactly as
/// it checks a file, and a saved file is read back by `siloscope compare` unchanged.
public struct ChangeList: Sendable, Equatable {
    /// At most this many items in one list.
    public static let maximumItems = 200

    /// The items, each one-line JSON object with one key.
    public var items: [String]

    /// An empty list: today.
    public init(items: [String] = []) {
        self.items = items
    }

    /// Reads a JSON array of changes.
    ///
    /// - Parameters:
    ///   - json: The array's bytes.
    ///   - bundled: The bundled scenarios' ids, which `{"scenario": ID}` may name.
    /// - Throws: ``ServeError`` 400 naming the bad item when the JSON is malformed, an item
    ///   is not an object with exactly one key, or names an unknown bundled scenario.
    public static func parse(items value: Any, bundled: [String]) throws(ServeError) -> [String] {
        guard let array = value as? [Any] else {
            throw ServeError(400, "expected a JSON array of changes, each an object with one key such as {\"move_crm\": {\"to\": \"…\"}}")
        }
        guard array.count <= maximumItems else {
            throw ServeError(400, "too many changes: \(array.count); at most \(maximumItems)")
        }
        var items: [String] = []
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any], object.count == 1, let (key, body) = object.first else {
                throw ServeError(400, "change \(index + 1): expected an object with exactly one key, the change's keyword (move, move_crm, merge, add_handoff, sync, set_simulation, …)")
            }
            if key == "scenario" {
                guard let id = body as? String else {
                    throw ServeError(400, "change \(index + 1): scenario: expected the id of a bundled scenario, one of \(bundled.joined(separator: ", "))")
                }
                guard bundled.contains(id) else {
                    throw ServeError(400, "change \(index + 1): scenario: unknown bundled scenario '\(id)'; expected one of \(bundled.isEmpty ? "(none given with --scenario)" : bundled.joined(separator: ", "))")
                }
            }
            items.append(try oneLine(object, index: index))
        }
        return items
    }

    /// Canonical one-line JSON (sorted keys, no escaped slashes).
    static func oneLine(_ object: Any, index: Int) throws(ServeError) -> String {
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8)
        else { throw ServeError(400, "change \(index + 1): not representable as JSON") }
        return text
    }

    /// The bundled scenario an item switches on, if it is one.
    static func bundledScenario(of item: String) -> String? {
        guard let data = item.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object.count == 1 else { return nil }
        return object["scenario"] as? String
    }

    /// The changes as scenario-file lines, bundled scenarios expanded into their own
    /// changes, each line with the index of the item it came from.
    func expanded(bundled: [BundledScenario]) -> [(item: Int, line: String)] {
        var lines: [(Int, String)] = []
        for (index, item) in items.enumerated() {
            if let id = Self.bundledScenario(of: item), let scenario = bundled.first(where: { $0.id == id }) {
                lines += scenario.changes.map { (index, $0) }
            } else {
                lines.append((index, item))
            }
        }
        return lines
    }

    /// The list as a scenario file that `siloscope compare` reads.
    ///
    /// - Parameters:
    ///   - name: The scenario's name (any text; written as a JSON string).
    ///   - base: The base model's path relative to the file's folder, or `nil`.
    ///   - bundled: The bundled scenarios that items may name.
    public func scenarioFile(name: String, description: String? = nil, base: String?, bundled: [BundledScenario]) -> String {
        var text = "# Written by siloscope serve: the workshop's changes, one per line (JSON is YAML flow style).\n"
        text += "siloscope_scenario: 1\n"
        text += "name: \(Self.quoted(name))\n"
        if let description { text += "description: \(Self.quoted(description))\n" }
        if let base { text += "base: \(Self.quoted(base))\n" }
        let lines = expanded(bundled: bundled)
        if lines.isEmpty { return text + "changes: []\n" }
        text += "changes:\n"
        for (_, line) in lines { text += "  - \(line)\n" }
        return text
    }

    /// The number of header lines ``scenarioFile(name:description:base:bundled:)`` writes
    /// before the first change when given no description and no base.
    static let headerLines = 4

    /// A JSON string literal, which YAML reads as a double-quoted scalar.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    /// Decodes and applies the list to `base`.
    ///
    /// - Returns: The applied scenario (today when the list is empty).
    /// - Throws: ``ServeError`` 400 naming the change (its position in the list and its
    ///   keyword) and the problem, as the scenario checks report it.
    func apply(to base: LoadedModel, name: String, bundled: [BundledScenario]) throws(ServeError) -> AppliedScenario {
        let lines = expanded(bundled: bundled)
        let text = scenarioFile(name: name, base: nil, bundled: bundled)
        let file = "changes"
        func message(_ error: DiagnosticsError) -> String {
            let described = error.errors.prefix(5).map { diagnostic -> String in
                var path = diagnostic.path
                if path.hasPrefix("changes[") {
                    path = path.firstIndex(of: ".").map { String(path[path.index(after: $0)...]) } ?? ""
                }
                var prefix = ""
                if let line = diagnostic.position?.line, line - Self.headerLines - 1 >= 0, line - Self.headerLines - 1 < lines.count {
                    let item = lines[line - Self.headerLines - 1].item
                    prefix = "change \(item + 1) (\(keyword(items[item]))): "
                }
                return prefix + (path.isEmpty ? "" : "\(path): ") + diagnostic.message
            }
            return described.joined(separator: "\n")
        }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(text: text, file: file)
        } catch {
            throw ServeError(400, message(error))
        }
        do {
            return try scenario.apply(to: base)
        } catch {
            throw ServeError(400, message(error))
        }
    }

    /// An item's keyword.
    func keyword(_ item: String) -> String {
        guard let data = item.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return "?" }
        return object.keys.first ?? "?"
    }
}

/// A scenario file given with `--scenario`, which the page can switch on and off.
public struct BundledScenario: Sendable, Equatable {
    /// The file name without `.yaml`: how a change list names it.
    public var id: String
    /// Its display name.
    public var name: String
    /// What it tests.
    public var description: String?
    /// The file.
    public var file: String
    /// Its changes, each as one-line JSON.
    public var changes: [String]

    /// Reads a scenario file: decoded by the scenario loader (every error at its line),
    /// and its `changes` kept as one-line JSON items.
    ///
    /// - Throws: ``DiagnosticsError`` when the file cannot be read or decoded.
    public static func load(path: String) throws(DiagnosticsError) -> BundledScenario {
        let scenario = try ScenarioLoader.load(path: path)
        let text = try TextFile.read(path: path, maximumSize: ScenarioLoader.maximumFileSize)
        let document = try YAMLDocument.parse(text: text, file: path)
        var changes: [String] = []
        if let root = document.root, let list = root["changes"]?.items {
            for (index, node) in list.enumerated() {
                guard let line = try? ChangeList.oneLine(node.jsonValue, index: index) else {
                    throw DiagnosticsError([Diagnostic(severity: .error, file: path, position: nil, path: "changes[\(index)]",
                                                       message: "cannot be shown as JSON")])
                }
                changes.append(line)
            }
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return BundledScenario(id: id, name: scenario.name, description: scenario.description, file: path, changes: changes)
    }
}

extension YAMLNode {
    /// The node as a JSON-compatible value: mappings, lists, numbers, booleans and text
    /// (plain scalars read as YAML reads them; quoted ones stay text).
    var jsonValue: Any {
        if let entries {
            var object: [String: Any] = [:]
            for entry in entries { object[entry.key] = entry.value.jsonValue }
            return object
        }
        if let items { return items.map(\.jsonValue) }
        guard let text = scalarText else { return NSNull() }
        guard isPlainScalar else { return text }
        if isNull { return NSNull() }
        if let integer = Int(text) { return integer }
        if let number = Double(text), number.isFinite { return number }
        switch text.lowercased() {
        case "true", "yes", "evet": return true
        case "false", "no", "hayır": return false
        default: return text
        }
    }

    /// A mapping's value for `key`.
    subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }
}
