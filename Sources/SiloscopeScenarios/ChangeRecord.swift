import SiloscopeModel

/// What one scenario change did: its keyword, where it is written, a sentence for
/// people and the effects for diagrams.
public struct ChangeRecord: Sendable, Equatable {
    /// The change's index in ``Scenario/changes``.
    public var changeIndex: Int
    /// The change's keyword (`merge`).
    public var keyword: String
    /// Where the change is written in the scenario file.
    public var position: SourcePosition?
    /// One sentence: "merged rapor_bireysel, rapor_kurumsal into raporlama_merkezi (9 staff)".
    public var summary: String
    /// Every effect, in the order it happened; empty when the change found nothing to do.
    public var effects: [ChangeEffect]

    /// Creates a record.
    public init(changeIndex: Int, keyword: String, position: SourcePosition?, summary: String, effects: [ChangeEffect]) {
        self.changeIndex = changeIndex
        self.keyword = keyword
        self.position = position
        self.summary = summary
        self.effects = effects
    }
}
