/// What a column of an import means: one case per meaning, with the header spellings
/// (English and Turkish) that are recognised without a mapping.
public protocol ColumnRole: Hashable, CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// Header spellings as ``Transliteration/compactKey(_:)`` folds them
    /// ("Yönetici Sicil No" → "yoneticisicilno").
    var synonyms: [String] { get }
    /// Whether an import cannot go on without this column.
    var isRequired: Bool { get }
    /// Folded headers that look like this role's but mean something else (a manager's
    /// *name* next to the manager's id): never guessed as any role.
    static var ignoredHeaders: Set<String> { get }
}
