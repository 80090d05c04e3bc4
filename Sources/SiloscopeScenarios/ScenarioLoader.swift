import Foundation
import SiloscopeModel

/// Reads scenario files and reports every problem at once, with the scenario file's line,
/// column and field path.
///
/// Loading checks the file's shape and types (keywords, field names, numbers, enumerated
/// values). Whether the ids it names exist is checked when the scenario is applied to its
/// base model (``Scenario/apply(to:)``), still pointing at the scenario file.
public enum ScenarioLoader {
    /// Scenario files larger than this are refused rather than parsed.
    public static let maximumFileSize = 16 << 20

    /// Top-level keys of a scenario file.
    static let topLevelKeys = ["siloscope_scenario", "name", "description", "base", "changes", "investment"]

    /// Reads and decodes a scenario file.
    ///
    /// - Parameter path: the file to read; also the name used in diagnostics and the
    ///   directory the scenario's `base:` is relative to.
    /// - Returns: the scenario.
    /// - Throws: ``DiagnosticsError`` listing every error (kind `.unreadable` when the file
    ///   cannot be read at all).
    public static func load(path: String) throws(DiagnosticsError) -> Scenario {
        let text = try TextFile.read(path: path, maximumSize: maximumFileSize)
        return try load(text: text, file: path)
    }

    /// Decodes scenario text.
    ///
    /// - Parameters:
    ///   - text: YAML (or JSON) text.
    ///   - file: the name used in diagnostics and the base for resolving `base:`.
    /// - Throws: ``DiagnosticsError`` listing every error, sorted by position.
    public static func load(text: String, file: String) throws(DiagnosticsError) -> Scenario {
        let document = try YAMLDocument.parse(text: text, file: file)
        var decoder = ScenarioDecoder(file: file)
        let scenario = decoder.decode(document)
        let findings = decoder.reader.diagnostics.sortedByPosition()
        if findings.hasErrors { throw DiagnosticsError(findings) }
        guard let scenario else { throw DiagnosticsError(findings) }
        return scenario
    }

    /// Loads the base model a scenario names.
    ///
    /// - Throws: ``DiagnosticsError`` at the scenario's `base:` line when it names no
    ///   base, or the model's own diagnostics when the model cannot be loaded.
    public static func loadBase(of scenario: Scenario) throws(DiagnosticsError) -> LoadedModel {
        guard let base = scenario.base, let resolved = scenario.resolvedBasePath else {
            throw DiagnosticsError([Diagnostic(
                severity: .error, file: scenario.file, position: nil, path: "base",
                message: "the scenario names no base model; add 'base: <path to the model, relative to this file>'")])
        }
        // Name the model as the user would: relative to the working directory when the
        // scenario's path is relative.
        let directory = (scenario.file as NSString).deletingLastPathComponent
        let spelled = base.hasPrefix("/") || directory.isEmpty ? base : "\(directory)/\(base)"
        let collapsed = collapsingDotDot(spelled)
        let path = Scenario.canonicalPath(collapsed) == resolved ? collapsed : resolved
        return try ModelLoader.load(path: path)
    }

    /// `a/b/../c` → `a/c`, without touching the file system; a leading `..` is kept.
    static func collapsingDotDot(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".", !parts.isEmpty { continue }
            if part == "..", let last = parts.last, last != "..", last != ".", !last.isEmpty {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
