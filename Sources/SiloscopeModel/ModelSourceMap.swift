/// Where each entity of a loaded model came from, so that checks made after loading
/// (validation, simulation set-up, scenarios) can point at the file, line and field.
public struct ModelSourceMap {
    /// A top-level list of entities in the model file.
    public enum Collection: String, Sendable, CaseIterable {
        case units
        case handoffs
        case systems
        case touchpoints
        case caseTypes = "case_types"
        case campaigns
        case reporting
    }

    /// The file the model was read from.
    public let file: String
    var entities: [Collection: [(index: Int, mapping: YAMLMapping)]] = [:]
    var sections: [String: YAMLMapping] = [:]
    var routingRows: [String: YAMLNode] = [:]
    var assessmentAnswers: [String: YAMLNode] = [:]

    /// An empty map (for models built in code): every position is unknown.
    public init(file: String) {
        self.file = file
    }

    /// The field path of an entity's field, using its index in the file.
    public func path(_ collection: Collection, _ index: Int, _ field: String? = nil) -> FieldPath {
        let fileIndex = entities[collection].flatMap { index < $0.count ? $0[index].index : nil } ?? index
        let base = FieldPath([.key(collection.rawValue), .index(fileIndex)])
        return field.map { base.appending($0) } ?? base
    }

    /// The position of an entity's field (or of the entity when the field is absent).
    public func position(_ collection: Collection, _ index: Int, _ field: String? = nil) -> SourcePosition? {
        guard let list = entities[collection], index < list.count else { return nil }
        let mapping = list[index].mapping
        return field.map { mapping.position(of: $0) } ?? mapping.position
    }

    /// The position of a top-level section (`crm`, `simulation`, `assessment`) or one of
    /// its fields.
    public func position(section: String, _ field: String? = nil) -> SourcePosition? {
        guard let mapping = sections[section] else { return nil }
        return field.map { mapping.position(of: $0) } ?? mapping.position
    }

    /// The position of the explicit-routing row of a unit.
    public func position(routingFrom unit: String) -> SourcePosition? { routingRows[unit]?.position }

    /// The position of an assessment answer.
    public func position(assessmentAnswer id: String) -> SourcePosition? { assessmentAnswers[id]?.position }

    /// A diagnostic at an entity's field.
    public func diagnostic(
        _ severity: Severity, _ collection: Collection, _ index: Int, _ field: String?, _ message: String
    ) -> Diagnostic {
        Diagnostic(severity: severity, file: file, position: position(collection, index, field),
                   path: path(collection, index, field).description, message: message)
    }

    /// A diagnostic at a section's field.
    public func diagnostic(_ severity: Severity, section: String, _ field: String?, _ message: String) -> Diagnostic {
        let path = field.map { "\(section).\($0)" } ?? section
        return Diagnostic(severity: severity, file: file, position: position(section: section, field), path: path, message: message)
    }
}
