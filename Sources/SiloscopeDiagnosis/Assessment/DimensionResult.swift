import SiloscopeModel

/// The maturity of one dimension of article 004 (data storage, analytics and
/// segmentation, campaigns and communication, complaint management, data integration,
/// reporting) on the four levels Beginner (1) to Expert (4).
public struct DimensionResult: Sendable, Codable, Equatable {
    /// The dimension's id (`data_integration`).
    public var id: String
    /// The answer id that answers it (`maturity.data_integration`).
    public var answerID: String
    /// The dimension's title.
    public var title: LocalizedText
    /// The source article (`004`).
    public var source: String
    /// Known (answered), inferred (from the model) or unknown.
    public var status: KnowledgeStatus
    /// The level used, 1–4: the answer when there is one, else the inference.
    public var level: Int?
    /// The level's name (Beginner … Expert).
    public var levelName: LocalizedText?
    /// What the level looks like in this dimension (article 004).
    public var levelDescription: LocalizedText?
    /// The answered level, when answered.
    public var answered: Int?
    /// The level the model shows, when the rule can read it.
    public var inferred: Int?
    /// The highest level the model leaves open (above `inferred` when facts are unknown
    /// or the rule cannot see higher).
    public var inferredUpperBound: Int?
    /// The answer and the model facts behind the level.
    public var evidence: [AssessmentEvidence]
    /// The next level, when below Expert.
    public var nextLevel: Int?
    /// The next level's name.
    public var nextLevelName: LocalizedText?
    /// What it takes to get there: the question set's advice, then each condition the
    /// model does not yet meet. At Expert, how to stay there.
    public var nextSteps: [LocalizedText]

    /// Creates a dimension result.
    public init(
        id: String, answerID: String, title: LocalizedText, source: String, status: KnowledgeStatus,
        level: Int?, levelName: LocalizedText?, levelDescription: LocalizedText?, answered: Int?,
        inferred: Int?, inferredUpperBound: Int?, evidence: [AssessmentEvidence], nextLevel: Int?,
        nextLevelName: LocalizedText?, nextSteps: [LocalizedText]
    ) {
        self.id = id
        self.answerID = answerID
        self.title = title
        self.source = source
        self.status = status
        self.level = level
        self.levelName = levelName
        self.levelDescription = levelDescription
        self.answered = answered
        self.inferred = inferred
        self.inferredUpperBound = inferredUpperBound
        self.evidence = evidence
        self.nextLevel = nextLevel
        self.nextLevelName = nextLevelName
        self.nextSteps = nextSteps
    }

    enum CodingKeys: String, CodingKey {
        case id
        case answerID = "answer_id"
        case title, source, status, level
        case levelName = "level_name"
        case levelDescription = "level_description"
        case answered, inferred
        case inferredUpperBound = "inferred_upper_bound"
        case evidence
        case nextLevel = "next_level"
        case nextLevelName = "next_level_name"
        case nextSteps = "next_steps"
    }
}

/// How the overall maturity level is made from the dimensions.
public enum OverallMaturityRule: String, Sendable, Codable, CaseIterable {
    /// The weakest dimension's level (the default).
    case minimum
    /// The median of the dimensions' levels, rounded down.
    case median
}

/// The overall maturity level and how it was made.
public struct OverallMaturity: Sendable, Codable, Equatable {
    /// The overall level, 1–4; absent when no dimension has a level.
    public var level: Int?
    /// Its name.
    public var levelName: LocalizedText?
    /// The rule used (from the question set).
    public var rule: OverallMaturityRule
    /// The lowest dimension level.
    public var minimum: Int?
    /// The median of the dimension levels (may be a half).
    public var median: Double?
    /// The dimensions with the lowest level.
    public var weakest: [String]
    /// How many dimensions have a level.
    public var assessedDimensions: Int
    /// How many dimensions there are.
    public var totalDimensions: Int
    /// Why the overall level is what it is, and what unknown dimensions could change.
    public var reason: LocalizedText

    /// Creates an overall result.
    public init(
        level: Int?, levelName: LocalizedText?, rule: OverallMaturityRule, minimum: Int?, median: Double?,
        weakest: [String], assessedDimensions: Int, totalDimensions: Int, reason: LocalizedText
    ) {
        self.level = level
        self.levelName = levelName
        self.rule = rule
        self.minimum = minimum
        self.median = median
        self.weakest = weakest
        self.assessedDimensions = assessedDimensions
        self.totalDimensions = totalDimensions
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case level
        case levelName = "level_name"
        case rule, minimum, median, weakest
        case assessedDimensions = "assessed_dimensions"
        case totalDimensions = "total_dimensions"
        case reason
    }
}

/// CRM maturity per dimension and overall (article 004).
public struct MaturityResult: Sendable, Codable, Equatable {
    /// The four levels, Beginner (1) to Expert (4), with their names.
    public var levels: [MaturityLevel]
    /// The overall level.
    public var overall: OverallMaturity
    /// Each dimension, in question-set order.
    public var dimensions: [DimensionResult]

    /// Creates a maturity result.
    public init(levels: [MaturityLevel], overall: OverallMaturity, dimensions: [DimensionResult]) {
        self.levels = levels
        self.overall = overall
        self.dimensions = dimensions
    }

    /// The name of a level (1–4).
    public func levelName(_ level: Int) -> LocalizedText? {
        levels.first { $0.level == level }?.title
    }
}

/// The CRM readiness scorecard (article 002, phase 2): business processes, human
/// resources, information technology.
public struct ReadinessResult: Sendable, Codable, Equatable {
    /// The mean of the group scores (0–4); absent when no group has one.
    public var score: Double?
    /// The three groups, each with its items.
    public var groups: [AssessmentGroupResult]

    /// Creates a readiness result; the score is the mean of the groups' scores.
    public init(groups: [AssessmentGroupResult]) {
        self.groups = groups
        let scores = groups.compactMap(\.score)
        self.score = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }
}
