import SiloscopeModel

/// How much is known about an item.
public enum KnowledgeStatus: String, Sendable, Codable, CaseIterable {
    /// The company answered it; the answer is used.
    case known
    /// Not answered; read from what the model shows.
    case inferred
    /// Neither answered nor visible in the model.
    case unknown

    /// The status in words, in both languages.
    public var label: LocalizedText {
        switch self {
        case .known: LocalizedText(en: "known", tr: "biliniyor")
        case .inferred: LocalizedText(en: "inferred", tr: "modelden")
        case .unknown: LocalizedText(en: "unknown", tr: "bilinmiyor")
        }
    }
}

/// One piece of evidence behind a result: an answer, a model fact checked against a
/// rule's condition, the organization's stated lifecycle, or a note.
public struct AssessmentEvidence: Sendable, Codable, Equatable {
    /// Where the evidence comes from.
    public enum Kind: String, Sendable, Codable {
        /// An answer in the model's `assessment:` map.
        case answer
        /// A model fact compared with a rule's condition.
        case fact
        /// `organization.lifecycle`.
        case organization
        /// An explanation with no single source.
        case note
    }

    /// Where the evidence comes from.
    public var kind: Kind
    /// The text, in both languages, without a check mark (renderers add one from `holds`).
    public var text: LocalizedText
    /// For an answer: its id.
    public var answerID: String?
    /// For an answer: the value as written.
    public var answer: String?
    /// For an answer: its line in the model file, when known.
    public var line: Int?
    /// For a fact: the fact compared (absent for an `any(...)` clause).
    public var fact: AssessmentFact?
    /// For a fact: its value in the model; absent when unknown.
    public var value: Double?
    /// For a fact: the rule clause as written (`realtime_copy_share >= 0.5`).
    public var condition: String?
    /// For a fact: whether the clause holds; absent when it cannot be told.
    public var holds: Bool?
    /// For a ladder: the level or score whose clause this is.
    public var step: Int?

    /// Creates evidence.
    public init(
        kind: Kind, text: LocalizedText, answerID: String? = nil, answer: String? = nil, line: Int? = nil,
        fact: AssessmentFact? = nil, value: Double? = nil, condition: String? = nil, holds: Bool? = nil,
        step: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.answerID = answerID
        self.answer = answer
        self.line = line
        self.fact = fact
        self.value = value
        self.condition = condition
        self.holds = holds
        self.step = step
    }

    enum CodingKeys: String, CodingKey {
        case kind, text
        case answerID = "answer_id"
        case answer, line, fact, value, condition, holds, step
    }
}
