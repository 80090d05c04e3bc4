import SiloscopeModel

/// Applies one scenario change to a working copy of a model, collecting its effects and
/// its errors (at the scenario file's line and field).
///
/// The caller keeps the edited model only when ``failed`` is false, so a change with an
/// error leaves the model as it was and later changes still get checked.
struct ModelEdit {
    /// The model being edited.
    var model: OrgModel
    /// The change being applied.
    let change: ScenarioChange
    /// The scenario file, for diagnostics.
    let file: String
    /// Ids that earlier changes removed, with what became of them, keyed `unit:id` and
    /// `system:id` ("merged into 'reporting_hub' by the change at line 14").
    let gone: [String: String]
    /// Lookups into the model as it was before this change.
    let index: ModelIndex
    /// Errors found.
    private(set) var errors: [Diagnostic] = []
    /// What the change did.
    var effects: [ChangeEffect] = []
    /// One sentence for people.
    var summary = ""
    /// Ids this change removed, with what became of them (same keys as ``gone``).
    var removed: [String: String] = [:]

    init(model: OrgModel, change: ScenarioChange, file: String, gone: [String: String]) {
        self.model = model
        self.change = change
        self.file = file
        self.gone = gone
        self.index = ModelIndex(model)
    }

    /// True when the change had an error and must not be kept.
    var failed: Bool { !errors.isEmpty }

    /// Records an error at one of the change's fields.
    mutating func error(_ message: String, field: String?) {
        errors.append(Diagnostic(severity: .error, file: file, position: change.position(of: field),
                                 path: change.path(of: field), message: message))
    }

    /// Performs the change.
    mutating func perform() {
        switch change.action {
        case let .move(unit, to): move(unit, to: to, unitField: "unit")
        case let .moveCRM(to): moveCRM(to: to)
        case let .merge(units, into): merge(units, into: into)
        case let .split(unit, parts): split(unit, into: parts)
        case let .setUnit(units, edit): setUnits(units, edit)
        case let .addUnit(unit): addUnit(unit)
        case let .addHandoff(handoff): addHandoff(handoff)
        case let .removeHandoff(from, to): removeHandoff(from: from, to: to)
        case let .changeHandoff(from, to, edit): changeHandoff(from: from, to: to, edit)
        case let .sourceOfTruth(system, formerSourceSync): makeSourceOfTruth(system, formerSourceSync: formerSourceSync)
        case let .sync(system, mode): sync(system, mode: mode)
        case let .addSystem(system): addSystem(system)
        case let .retire(system): retire(system)
        case let .screens(touchpoint, reads): screens(touchpoint, reads: reads)
        case let .singleCustomerRecord(system, campaigns, reporting):
            singleCustomerRecord(system, campaigns: campaigns, reporting: reporting)
        case let .addTouchpoint(touchpoint): addTouchpoint(touchpoint)
        case let .addCaseType(caseType): addCaseType(caseType)
        case let .addCampaign(campaign): addCampaign(campaign)
        case let .setCaseType(id, edit): setCaseType(id, edit)
        case let .setCRM(edit): setCRM(edit)
        case let .setSimulation(mode, parameters): setSimulation(mode: mode, parameters: parameters)
        }
    }

    // MARK: Look-ups with "did you mean"

    /// The index of a unit of the model before this change; records an error naming the
    /// field when there is none.
    mutating func unit(_ id: String, field: String) -> Int? {
        guard !id.isEmpty else {
            error("expected the id of a unit, found nothing", field: field)
            return nil
        }
        if let found = index.units[id] { return found }
        error(unknown("unit", id, among: model.units.map(\.id)), field: field)
        return nil
    }

    /// The index of a system; records an error naming the field when there is none.
    mutating func system(_ id: String, field: String) -> Int? {
        guard !id.isEmpty else {
            error("expected the id of a system, found nothing", field: field)
            return nil
        }
        if let found = index.systems[id] { return found }
        error(unknown("system", id, among: model.systems.map(\.id)), field: field)
        return nil
    }

    /// The index of a touchpoint; records an error naming the field when there is none.
    mutating func touchpoint(_ id: String, field: String) -> Int? {
        guard !id.isEmpty else {
            error("expected the id of a touchpoint, found nothing", field: field)
            return nil
        }
        if let found = index.touchpoints[id] { return found }
        error(unknown("touchpoint", id, among: model.touchpoints.map(\.id)), field: field)
        return nil
    }

    /// The index of a case type; records an error naming the field when there is none.
    mutating func caseType(_ id: String, field: String) -> Int? {
        guard !id.isEmpty else {
            error("expected the id of a case type, found nothing", field: field)
            return nil
        }
        if let found = index.caseTypes[id] { return found }
        error(unknown("case type", id, among: model.caseTypes.map(\.id)), field: field)
        return nil
    }

    /// Records an error when `id` is already taken by an entity of the same kind.
    mutating func requireNew(_ id: String, noun: String, exists: Bool, field: String) {
        if id.isEmpty {
            error("expected the new \(noun)'s id, found nothing", field: field)
        } else if exists {
            error("\(noun) '\(id)' already exists; expected a new id", field: field)
        }
    }

    /// "unknown unit 'rapor_bireysl' (did you mean 'rapor_bireysel'?)", or what an earlier
    /// change did with it.
    func unknown(_ noun: String, _ id: String, among candidates: [String]) -> String {
        let key = noun == "system" ? "system:\(id)" : noun == "unit" ? "unit:\(id)" : ""
        if let fate = gone[key] {
            return "\(noun) '\(id)' no longer exists: it was \(fate)"
        }
        let hint = Suggestion.hint(for: id, among: candidates)
        return "unknown \(noun) '\(id)'\(hint); expected the id of a \(noun) of the base model or one added by an earlier change"
    }

    /// Where this change is written, for messages about later changes.
    var lineText: String {
        change.position.map { "the change at line \($0.line)" } ?? "an earlier change"
    }
}
