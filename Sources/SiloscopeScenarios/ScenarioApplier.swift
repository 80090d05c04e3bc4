import SiloscopeModel

/// Applies a scenario's changes in order, keeping each change only when it has no error,
/// and remembering which ids earlier changes removed so later messages can say so.
struct ScenarioApplier {
    /// The model so far.
    private(set) var model: OrgModel
    /// Errors of every change so far.
    private(set) var errors: [Diagnostic] = []
    /// Records of the changes kept so far.
    private(set) var records: [ChangeRecord] = []
    private var gone: [String: String] = [:]
    private let file: String

    init(model: OrgModel, file: String) {
        self.model = model
        self.file = file
    }

    /// Applies one change; on error the model stays as it was.
    mutating func apply(_ change: ScenarioChange, index: Int) {
        var edit = ModelEdit(model: model, change: change, file: file, gone: gone)
        edit.perform()
        if edit.failed {
            errors += edit.errors
            return
        }
        model = edit.model
        gone.merge(edit.removed) { _, new in new }
        records.append(ChangeRecord(changeIndex: index, keyword: change.action.keyword, position: change.position,
                                    summary: edit.summary, effects: edit.effects))
    }
}
