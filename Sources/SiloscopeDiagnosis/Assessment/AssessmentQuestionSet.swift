import SiloscopeModel

/// The assessment's questions, scales and inference rules, read from a data file.
///
/// The bundled file is `Resources/assessment.yaml` (``bundled()``); a consultant may
/// pass an adapted copy (``load(path:)``). docs/assessment.md documents every key. Each
/// item names the answer id that answers it and the source article it comes from, and
/// may carry an ``InferenceRule`` that reads it from the model when it is not answered.
public struct AssessmentQuestionSet: Sendable {
    /// The file format version (`version:`); only 1 exists.
    public var version: Int
    /// Where the set was read from: `bundled` or a path.
    public var origin: String
    /// Titles of the source articles by number (`000`–`004`).
    public var sources: [String: LocalizedText]
    /// The four maturity levels, Beginner (1) to Expert (4).
    public var levels: [MaturityLevel]
    /// Words for the 0–4 scores, by score.
    public var scores: [Int: LocalizedText]
    /// How the overall maturity is made from the dimensions.
    public var overallRule: OverallMaturityRule
    /// How many levels an answer must be outside the model's range to be reported.
    public var disagreementLevels: Int
    /// How many points (0–4 items) an answer must be outside the model's range to be reported.
    public var disagreementPoints: Double
    /// The words that show each fact as evidence.
    public var factLabels: [AssessmentFact: LocalizedText]
    /// The maturity dimensions of article 004.
    public var dimensions: [MaturityDimension]
    /// The readiness scorecard groups of article 002.
    public var readiness: [QuestionGroup]
    /// The placement determinant groups of article 000.
    public var determinants: [QuestionGroup]
    /// The lifecycle question of article 002.
    public var lifecycle: LifecycleQuestion
    /// The external parameters of article 002.
    public var external: QuestionGroup

    /// Every answer id the set reads, in file order.
    public var answerIDs: [String] {
        dimensions.map(\.answer) + (readiness + determinants).flatMap(\.items).map(\.answer)
            + [lifecycle.answer] + external.items.map(\.answer)
    }

    /// The title of a level (1–4).
    public func levelName(_ level: Int) -> LocalizedText? {
        levels.first { $0.level == level }?.title
    }

    /// The label of a fact (its name when the set gives none).
    public func label(_ fact: AssessmentFact) -> LocalizedText {
        factLabels[fact] ?? LocalizedText(fact.rawValue)
    }
}

/// A maturity level of article 004.
public struct MaturityLevel: Sendable, Codable, Equatable {
    /// 1–4.
    public var level: Int
    /// `beginner`, `intermediate`, `advanced`, `expert`.
    public var id: String
    /// Beginner, Intermediate, Advanced, Expert; Başlangıç, Orta, İleri, Uzmanlık.
    public var title: LocalizedText

    /// Creates a level.
    public init(level: Int, id: String, title: LocalizedText) {
        self.level = level
        self.id = id
        self.title = title
    }
}

/// A maturity dimension of article 004.
public struct MaturityDimension: Sendable, Equatable {
    /// The dimension's id (`data_integration`).
    public var id: String
    /// The answer id that answers it (`maturity.data_integration`).
    public var answer: String
    /// The source article.
    public var source: String
    /// The dimension's title.
    public var title: LocalizedText
    /// The question put to the company.
    public var question: LocalizedText?
    /// What each level looks like, for levels 1–4 (index 0 is level 1).
    public var levelDescriptions: [LocalizedText]
    /// What it takes to leave each level, for levels 1–4 (at 4: how to stay there).
    public var steps: [LocalizedText]
    /// How the level is read from the model, if it can be.
    public var inference: InferenceRule?
}

/// A group of 0–4 items.
public struct QuestionGroup: Sendable, Equatable {
    /// The group's id.
    public var id: String
    /// The source article (items inherit it).
    public var source: String
    /// The group's title.
    public var title: LocalizedText
    /// The items.
    public var items: [QuestionItem]
}

/// A 0–4 item: a scorecard item, a determinant or an external parameter.
public struct QuestionItem: Sendable, Equatable {
    /// The item's id within its group.
    public var id: String
    /// The answer id that answers it.
    public var answer: String
    /// The source article.
    public var source: String
    /// The item's title.
    public var title: LocalizedText
    /// The question put to the company.
    public var question: LocalizedText?
    /// False when 4 is the bad end (the silo level).
    public var higherIsBetter: Bool
    /// Whether a text note is accepted as an answer (external parameters).
    public var textAllowed: Bool
    /// Words accepted instead of a number (`external.sector_stage`: emerging, growing,
    /// mature, declining); empty when none.
    public var choices: [String]
    /// How the score is read from the model, if it can be.
    public var inference: InferenceRule?
}

/// The lifecycle question of article 002: acquisition and selection, retention or deepening.
public struct LifecycleQuestion: Sendable, Equatable {
    /// A stage and the answers that mean it.
    public struct StageDefinition: Sendable, Equatable {
        /// `acquisition_selection`, `retention`, `deepening`.
        public var id: String
        /// Answers meaning this stage (compared case-insensitively, Turkish letters folded).
        public var accepts: [String]
        /// The stage's title.
        public var title: LocalizedText
    }

    /// The stages a lifecycle implies when there is no answer, and why.
    public struct Default: Sendable, Equatable {
        /// Stage ids.
        public var stages: [String]
        /// Why.
        public var reason: LocalizedText
    }

    /// The answer id (`goal`).
    public var answer: String
    /// The source article.
    public var source: String
    /// The stages.
    public var stages: [StageDefinition]
    /// The focus implied by `organization.lifecycle` when `goal` is not answered.
    public var byOrganization: [Lifecycle: Default]

    /// The stage an answer means, if any.
    public func stage(matching answer: String) -> StageDefinition? {
        let key = Self.fold(answer)
        return stages.first { $0.id == key || $0.accepts.contains { Self.fold($0) == key } }
    }

    /// Lower-cases, folds Turkish letters to ASCII and turns spaces and dashes into `_`.
    static func fold(_ text: String) -> String {
        let map: [Character: Character] = ["ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g",
                                           "ü": "u", "Ü": "u", "ö": "o", "Ö": "o", "ç": "c", "Ç": "c",
                                           " ": "_", "-": "_"]
        return String(text.trimmingWhitespace().map { map[$0] ?? $0 }).lowercased()
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
