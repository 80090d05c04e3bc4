import SiloscopeModel

extension Scenario {
    /// Applies the scenario to its base model.
    ///
    /// Checks that the model is the scenario's base (the resolved `base:` path and the
    /// model's file are the same file), applies the changes in order, then validates the
    /// result like a model file. Every problem points at the scenario file: an unknown id
    /// or a move under a descendant at the change's field, a problem validation finds at
    /// the line of the change that caused it. The base model and its file are never
    /// modified.
    ///
    /// - Parameter base: the loaded base model.
    /// - Returns: the new model, a record per change and the differences.
    /// - Throws: ``DiagnosticsError`` listing every error, sorted by position.
    /// - Complexity: O(c·n) for c changes on a model of size n; validation runs once, or
    ///   once per change when it finds something to attribute.
    public func apply(to base: LoadedModel) throws(DiagnosticsError) -> AppliedScenario {
        try checkBase(modelFile: base.sources.file)
        // The loader's warnings are the base's findings (it has no errors): no need to
        // validate the base again.
        return try apply(to: base.model, baseline: Self.tally(base.warnings))
    }

    /// Applies the scenario to a model without checking `base:` (for models built in code
    /// or already checked).
    ///
    /// - Throws: ``DiagnosticsError`` listing every error, sorted by position.
    public func apply(to base: OrgModel) throws(DiagnosticsError) -> AppliedScenario {
        try apply(to: base, baseline: nil)
    }

    /// Applies, validates and attributes; `baseline` is the base's findings when known.
    private func apply(to base: OrgModel, baseline: [String: Int]?) throws(DiagnosticsError) -> AppliedScenario {
        var applier = ScenarioApplier(model: base, file: file)
        for (index, change) in changes.enumerated() { applier.apply(change, index: index) }
        if !applier.errors.isEmpty { throw DiagnosticsError(applier.errors.sortedByPosition()) }

        let noSources = ModelSourceMap(file: file)
        let before = baseline ?? Self.tally(base.validate(sources: noSources))
        let after = base == applier.model ? before : Self.tally(applier.model.validate(sources: noSources))
        var warnings: [Diagnostic] = []
        if Self.introduced(in: after, since: before) {
            let findings = attributeFindings(base: base, baseline: before)
            if findings.hasErrors { throw DiagnosticsError(findings.sortedByPosition()) }
            warnings = findings
        }
        return AppliedScenario(scenario: self, base: base, model: applier.model, records: applier.records, warnings: warnings)
    }

    /// Checks that `modelFile` is the file the scenario's `base:` names.
    ///
    /// - Throws: ``DiagnosticsError`` at the `base:` line when they differ.
    public func checkBase(modelFile: String) throws(DiagnosticsError) {
        guard let base, let expected = resolvedBasePath, !modelFile.isEmpty else { return }
        let given = Self.canonicalPath(modelFile)
        guard given != expected else { return }
        throw DiagnosticsError([Diagnostic(
            severity: .error, file: file, position: basePosition, path: "base",
            message: "this scenario is written for '\(base)' (\(expected)), but the base model given is '\(modelFile)' (\(given)); apply it to its own base model or change 'base:'")])
    }

    /// Replays the changes one at a time, validating after each, and reports every
    /// finding that was not there before at the line of the change that introduced it.
    private func attributeFindings(base: OrgModel, baseline: [String: Int]) -> [Diagnostic] {
        var applier = ScenarioApplier(model: base, file: file)
        var previous = baseline
        var findings: [Diagnostic] = []
        for (index, change) in changes.enumerated() {
            applier.apply(change, index: index)
            let current = applier.model.validate(sources: ModelSourceMap(file: file))
            var seen: [String: Int] = [:]
            for finding in current {
                let key = Self.key(finding)
                seen[key, default: 0] += 1
                guard seen[key, default: 0] > previous[key, default: 0] else { continue }
                let prefix = finding.severity == .error ? "this change leaves the model invalid" : "after this change"
                findings.append(Diagnostic(severity: finding.severity, file: file, position: change.position,
                                           path: change.path.description, message: "\(prefix): \(finding.message)"))
            }
            previous = seen
        }
        return findings
    }

    /// Findings counted by severity and message (paths hold indices that shift).
    private static func tally(_ findings: [Diagnostic]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for finding in findings { counts[key(finding), default: 0] += 1 }
        return counts
    }

    private static func key(_ finding: Diagnostic) -> String { "\(finding.severity.rawValue)|\(finding.message)" }

    private static func introduced(in after: [String: Int], since before: [String: Int]) -> Bool {
        after.contains { key, count in count > before[key, default: 0] }
    }
}
