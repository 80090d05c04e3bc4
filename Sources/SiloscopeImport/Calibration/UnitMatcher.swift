import SiloscopeModel

/// Matches the unit names of a log to a model's units: by id, by display name, by the
/// id the name would get, then by folded name; unmatched names become new units under
/// the root.
public struct UnitMatcher: Sendable {
    private var byID: [String: String] = [:]
    private var byName: [String: String] = [:]
    private var byKey: [String: String] = [:]

    /// Indexes the units of a model.
    public init(units: [Unit]) {
        for unit in units {
            byID[unit.id] = byID[unit.id] ?? unit.id
            byName[unit.name] = byName[unit.name] ?? unit.id
            byKey[Transliteration.wordKey(unit.name)] = byKey[Transliteration.wordKey(unit.name)] ?? unit.id
            byKey[Transliteration.wordKey(unit.id)] = byKey[Transliteration.wordKey(unit.id)] ?? unit.id
        }
    }

    /// The model unit id for a log name, if any.
    public func match(_ name: String) -> String? {
        byID[name] ?? byName[name] ?? byID[Transliteration.identifier(name)] ?? byKey[Transliteration.wordKey(name)]
    }
}
