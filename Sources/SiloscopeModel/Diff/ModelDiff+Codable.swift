/// The diff's JSON form (the `changes` object of `compare --format json`, docs/compare.md):
/// every list sorted, maps written as `[{"id", "values"}]` so that their order is stable,
/// handoff edges as `"from → to"`.
extension ModelDiff: Codable {
    /// An id with a list of ids or field names (a merge target, split parts, the fields
    /// that changed).
    struct Entry: Codable {
        var id: String
        var values: [String]
    }

    enum CodingKeys: String, CodingKey {
        case movedUnits = "moved_units", addedUnits = "added_units", removedUnits = "removed_units"
        case mergedInto = "merged_into", splitInto = "split_into", changedUnits = "changed_units"
        case addedHandoffs = "added_handoffs", removedHandoffs = "removed_handoffs", changedHandoffs = "changed_handoffs"
        case addedSystems = "added_systems", removedSystems = "removed_systems", changedSystems = "changed_systems"
        case touchpoints, caseTypes = "case_types", campaigns, reporting, crm, simulation
    }

    /// Writes the diff.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(movedUnits, forKey: .movedUnits)
        try container.encode(addedUnits, forKey: .addedUnits)
        try container.encode(removedUnits, forKey: .removedUnits)
        try container.encode(Self.entries(mergedInto.mapValues { [$0] }), forKey: .mergedInto)
        try container.encode(Self.entries(splitInto), forKey: .splitInto)
        try container.encode(Self.entries(changedUnits), forKey: .changedUnits)
        try container.encode(addedHandoffs.map(\.description), forKey: .addedHandoffs)
        try container.encode(removedHandoffs.map(\.description), forKey: .removedHandoffs)
        try container.encode(changedHandoffs.map(\.description), forKey: .changedHandoffs)
        try container.encode(addedSystems, forKey: .addedSystems)
        try container.encode(removedSystems, forKey: .removedSystems)
        try container.encode(Self.entries(changedSystems), forKey: .changedSystems)
        try container.encode(touchpoints, forKey: .touchpoints)
        try container.encode(caseTypes, forKey: .caseTypes)
        try container.encode(campaigns, forKey: .campaigns)
        try container.encode(reporting, forKey: .reporting)
        try container.encode(crm, forKey: .crm)
        try container.encode(simulation, forKey: .simulation)
    }

    /// Reads a diff written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        movedUnits = try container.decode([Move].self, forKey: .movedUnits)
        addedUnits = try container.decode([String].self, forKey: .addedUnits)
        removedUnits = try container.decode([String].self, forKey: .removedUnits)
        mergedInto = try Self.map(container, .mergedInto).compactMapValues(\.first)
        splitInto = try Self.map(container, .splitInto)
        changedUnits = try Self.map(container, .changedUnits)
        addedHandoffs = try Self.edges(container, .addedHandoffs)
        removedHandoffs = try Self.edges(container, .removedHandoffs)
        changedHandoffs = try Self.edges(container, .changedHandoffs)
        addedSystems = try container.decode([String].self, forKey: .addedSystems)
        removedSystems = try container.decode([String].self, forKey: .removedSystems)
        changedSystems = try Self.map(container, .changedSystems)
        touchpoints = try container.decode(EntityChanges.self, forKey: .touchpoints)
        caseTypes = try container.decode(EntityChanges.self, forKey: .caseTypes)
        campaigns = try container.decode(EntityChanges.self, forKey: .campaigns)
        reporting = try container.decode(EntityChanges.self, forKey: .reporting)
        crm = try container.decode([String].self, forKey: .crm)
        simulation = try container.decode([String].self, forKey: .simulation)
        reindex()
    }

    private static func entries(_ map: [String: [String]]) -> [Entry] {
        map.keys.sorted().map { Entry(id: $0, values: map[$0] ?? []) }
    }

    private static func map(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [String: [String]] {
        let entries = try container.decode([Entry].self, forKey: key)
        return Dictionary(entries.map { ($0.id, $0.values) }) { first, _ in first }
    }

    private static func edges(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [HandoffKey] {
        try container.decode([String].self, forKey: key).map { text in
            guard let edge = HandoffKey(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                       debugDescription: "expected 'from → to', got '\(text)'")
            }
            return edge
        }
    }
}
