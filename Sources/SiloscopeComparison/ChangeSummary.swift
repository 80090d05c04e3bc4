import SiloscopeModel
import SiloscopeScenarios

/// What a scenario changed, for a comparison's readers: one line per change, and the
/// differences by id (the scenario's ``ModelDiff``, merges and splits included).
///
/// Its JSON is one object: `changes` (the lines) beside the diff's own keys
/// (docs/compare.md).
public struct ChangeSummary: Codable, Sendable, Equatable {
    /// One change of the scenario file.
    public struct Line: Codable, Sendable, Equatable {
        /// Where the change is written in the scenario file.
        public var line: Int?
        /// The change's keyword (`merge`).
        public var keyword: String
        /// What it did, in a sentence.
        public var summary: String
    }

    /// Each change, in file order.
    public var changes: [Line]
    /// What differs between today and the scenario.
    public var diff: ModelDiff

    /// Summarises an applied scenario.
    ///
    /// - Parameter applied: The scenario applied to its base.
    public init(_ applied: AppliedScenario) {
        changes = applied.records.map { Line(line: $0.position?.line, keyword: $0.keyword, summary: $0.summary) }
        diff = applied.diff
    }

    /// The empty summary of today's organization.
    init() {
        changes = []
        diff = ModelDiff()
    }

    /// True when the scenario changed nothing.
    public var isEmpty: Bool { diff.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case changes
    }

    /// Writes the lines and the diff's keys into one object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes, forKey: .changes)
        try diff.encode(to: encoder)
    }

    /// Reads an object written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        changes = try container.decode([Line].self, forKey: .changes)
        diff = try ModelDiff(from: decoder)
    }
}
