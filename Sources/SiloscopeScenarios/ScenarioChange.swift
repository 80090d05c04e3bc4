import SiloscopeModel

/// One entry of a scenario's `changes:` list: what to do and where it was written.
public struct ScenarioChange: Sendable, Equatable {
    /// What the change does.
    public var action: ChangeAction
    /// Where the change's keyword (`move:`, `merge:`, ...) is written.
    public var position: SourcePosition?
    /// The change's field path in the scenario file (`changes[3].merge`).
    public var path: FieldPath
    /// Positions of the change's fields by their path relative to the change (`unit`,
    /// `units[2]`, `into.parent`), so errors can point at the offending field.
    public var fieldPositions: [String: SourcePosition]

    /// Creates a change.
    public init(
        action: ChangeAction, position: SourcePosition? = nil, path: FieldPath = FieldPath(),
        fieldPositions: [String: SourcePosition] = [:]
    ) {
        self.action = action
        self.position = position
        self.path = path
        self.fieldPositions = fieldPositions
    }

    /// The position of a field of this change (`units[2]`), else of the nearest enclosing
    /// field written in the file (`units` when it was written as one text), else of the
    /// change itself.
    public func position(of field: String?) -> SourcePosition? {
        guard var field else { return position }
        while !field.isEmpty {
            if let found = fieldPositions[field] { return found }
            guard let cut = field.lastIndex(where: { $0 == "[" || $0 == "." }) else { break }
            field = String(field[..<cut])
        }
        return position
    }

    /// The full field path of one of this change's fields (`changes[3].merge.units[2]`).
    public func path(of field: String?) -> String {
        guard let field, !field.isEmpty else { return path.description }
        let base = path.description
        return field.hasPrefix("[") ? base + field : "\(base).\(field)"
    }
}
