import Foundation
import SiloscopeModel

/// A what-if overlay: a named list of changes to apply to a base model.
///
/// A scenario file names its base model (a path relative to the scenario file) and lists
/// its changes in order; each change remembers where it was written so that every problem
/// found while applying it points at the scenario file's line, never at the base model.
/// Read one with ``ScenarioLoader/load(path:)`` and apply it with
/// ``Scenario/apply(to:)``. See `docs/scenarios.md` for the file format.
public struct Scenario: Sendable, Equatable {
    /// The file the scenario was read from, as the user named it; used in diagnostics.
    public var file: String
    /// Display name ("CRM Pazarlama GMY'ye bağlı").
    public var name: String
    /// What the scenario tests, in a sentence or two.
    public var description: String?
    /// The base model as written in the file (relative to the scenario file), if given.
    public var base: String?
    /// Where `base:` is written, for the base-mismatch error.
    public var basePosition: SourcePosition?
    /// The changes, in the order they are applied.
    public var changes: [ScenarioChange]
    /// What making the change costs (`investment:`), for the business case; optional.
    public var investment: Investment? = nil

    /// Creates a scenario (for scenarios built in code; files are read by
    /// ``ScenarioLoader``).
    public init(
        file: String, name: String, description: String? = nil, base: String? = nil,
        basePosition: SourcePosition? = nil, changes: [ScenarioChange] = []
    ) {
        self.file = file
        self.name = name
        self.description = description
        self.base = base
        self.basePosition = basePosition
        self.changes = changes
    }

    /// The base model's path resolved against the scenario file's directory, with `.`,
    /// `..` and symbolic links resolved; `nil` when the scenario names no base.
    public var resolvedBasePath: String? {
        guard let base else { return nil }
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        return Self.canonicalPath(URL(fileURLWithPath: base, relativeTo: directory).path)
    }

    /// A path made absolute (against the working directory) with `.`, `..` and symbolic
    /// links resolved, for comparing two spellings of the same file.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
