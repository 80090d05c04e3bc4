import SiloscopeModel

/// The result of applying a scenario to its base model: the new model, what each change
/// did, and what differs, for diagrams and comparisons.
public struct AppliedScenario: Sendable {
    /// The scenario that was applied.
    public var scenario: Scenario
    /// The base model, unchanged.
    public var base: OrgModel
    /// The model with every change applied; it passes ``OrgModel/validate(sources:)``
    /// without errors.
    public var model: OrgModel
    /// One record per change, in order.
    public var records: [ChangeRecord]
    /// What differs between ``base`` and ``model``, merges and splits included.
    public var diff: ModelDiff
    /// Warnings the changes introduced (each at the line of the change that caused it).
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(scenario: Scenario, base: OrgModel, model: OrgModel, records: [ChangeRecord], warnings: [Diagnostic]) {
        self.scenario = scenario
        self.base = base
        self.model = model
        self.records = records
        self.diff = ModelDiff(before: base, after: model, records: records)
        self.warnings = warnings
    }

    /// One line per change: `line 12: merge: merged 'a', 'b' into 'c' (9 staff) under 'cfo'`.
    public var summaryLines: [String] {
        records.map { record in
            let line = record.position.map { "line \($0.line): " } ?? ""
            return "\(line)\(record.keyword): \(record.summary)"
        }
    }
}
