import SiloscopeModel

/// The result for one 0–4 item: a readiness scorecard item, a placement determinant or
/// an external parameter.
public struct AssessmentItemResult: Sendable, Codable, Equatable {
    /// The item's id within its group (`silo_level`).
    public var id: String
    /// The answer id that answers it (`structure.silo_level`).
    public var answerID: String
    /// The item's title.
    public var title: LocalizedText
    /// The question put to the company, when the question set gives one.
    public var question: LocalizedText?
    /// The source article (`000`–`004`).
    public var source: String
    /// Known (answered), inferred (from the model) or unknown.
    public var status: KnowledgeStatus
    /// The score used, 0–4: the answer when there is one, else the inference.
    public var score: Double?
    /// The answer's score, when answered with a number or yes/no.
    public var answered: Double?
    /// The answer as text, when answered with a note (external parameters).
    public var note: String?
    /// What the model shows, when a rule reads it.
    public var inferred: Int?
    /// The highest score the model leaves open (above `inferred` when facts are unknown
    /// or the rule cannot see higher).
    public var inferredUpperBound: Int?
    /// False when 4 is the bad end of the scale (the silo level).
    public var higherIsBetter: Bool
    /// The answer and the model facts behind the score.
    public var evidence: [AssessmentEvidence]

    /// Creates an item result.
    public init(
        id: String, answerID: String, title: LocalizedText, question: LocalizedText?, source: String,
        status: KnowledgeStatus, score: Double?, answered: Double?, note: String?, inferred: Int?,
        inferredUpperBound: Int?, higherIsBetter: Bool, evidence: [AssessmentEvidence]
    ) {
        self.id = id
        self.answerID = answerID
        self.title = title
        self.question = question
        self.source = source
        self.status = status
        self.score = score
        self.answered = answered
        self.note = note
        self.inferred = inferred
        self.inferredUpperBound = inferredUpperBound
        self.higherIsBetter = higherIsBetter
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id
        case answerID = "answer_id"
        case title, question, source, status, score, answered, note, inferred
        case inferredUpperBound = "inferred_upper_bound"
        case higherIsBetter = "higher_is_better"
        case evidence
    }
}

/// How much is known about a group of items.
public enum GroupStatus: String, Sendable, Codable, CaseIterable {
    /// Every item answered.
    case known
    /// Every item answered or inferred, at least one inferred.
    case inferred
    /// Some items unknown.
    case partial
    /// Every item unknown.
    case unknown

    /// The status in words, in both languages.
    public var label: LocalizedText {
        switch self {
        case .known: KnowledgeStatus.known.label
        case .inferred: KnowledgeStatus.inferred.label
        case .partial: LocalizedText(en: "partly unknown", tr: "kısmen bilinmiyor")
        case .unknown: KnowledgeStatus.unknown.label
        }
    }

    /// The status of a group with items of these statuses.
    public init(_ statuses: [KnowledgeStatus]) {
        if statuses.allSatisfy({ $0 == .unknown }) {
            self = .unknown
        } else if statuses.contains(.unknown) {
            self = .partial
        } else if statuses.contains(.inferred) {
            self = .inferred
        } else {
            self = .known
        }
    }
}

/// A group of items: a scorecard group (business processes, HR, IT), a group of
/// placement determinants, or the external parameters.
public struct AssessmentGroupResult: Sendable, Codable, Equatable {
    /// The group's id (`business_processes`, `structure`).
    public var id: String
    /// The group's title.
    public var title: LocalizedText
    /// The source article.
    public var source: String
    /// Known, inferred, partial or unknown.
    public var status: GroupStatus
    /// The mean score of the items with a score (0–4); absent when none has one. Items
    /// whose higher end is bad count as 4 − score.
    public var score: Double?
    /// How many items have a score.
    public var scoredItems: Int
    /// The items.
    public var items: [AssessmentItemResult]

    /// Creates a group result; status and score follow from the items.
    public init(id: String, title: LocalizedText, source: String, items: [AssessmentItemResult]) {
        self.id = id
        self.title = title
        self.source = source
        self.items = items
        self.status = GroupStatus(items.map(\.status))
        let scores = items.compactMap { item in item.score.map { item.higherIsBetter ? $0 : 4 - $0 } }
        self.scoredItems = scores.count
        self.score = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source, status, score
        case scoredItems = "scored_items"
        case items
    }
}
