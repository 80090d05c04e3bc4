import SiloscopeEconomics
import SiloscopeModel
import SiloscopeSimulation

/// The answer of `siloscope recommend`: every candidate placement of the CRM team,
/// ranked, with intervals, the probability each is best, why, how robust the ranking is
/// and what is not known. JSON keys are snake_case and stable (docs/recommendation.md).
public struct Recommendation: Sendable, Codable {
    /// The organization's name.
    public var organization: String
    /// The CRM team's unit.
    public var crmUnit: String
    /// Where it reports today.
    public var today: String
    /// Whether a placement can be recommended, and how firmly.
    public var status: RecommendationStatus
    /// The answer in one sentence.
    public var headline: LocalizedText
    /// The weights of the score.
    public var weights: RecommendationWeights
    /// Replications per candidate and measured cases per replication.
    public var runs: Int
    public var casesPerRun: Int
    public var seed: UInt64
    /// Candidates, best first.
    public var candidates: [CandidateResult]
    /// Why, in plain words: the mechanisms and edges that move.
    public var explanation: [LocalizedText]
    /// How often the winner stays the winner when uncertain parameters vary.
    public var robustness: Robustness
    /// Determinants the fit needs and the company has not answered, with their effect.
    public var unknowns: [UnknownDeterminant]
    /// What would make the answer firmer.
    public var needed: [LocalizedText]
    /// Wall-clock seconds.
    public var wallSeconds: Double
    /// The currency of each candidate's `annual_saving`, when the model is priced.
    public var currency: String? = nil
    /// Where the money comes from, or how to add it.
    public var moneyNote: String? = nil

    /// Placements from the largest expected annual saving against today to the smallest
    /// (empty when the model is not priced).
    public var byAnnualSaving: [CandidateResult] {
        candidates.filter { $0.annualSaving != nil }.sorted { ($0.annualSaving!.mean, -$0.rank) > ($1.annualSaving!.mean, -$1.rank) }
    }
}

/// How firm the answer is.
public enum RecommendationStatus: String, Sendable, Codable {
    /// One placement is ahead, robustly, whatever the unknowns.
    case recommended
    /// The top two cannot be told apart: the data do not separate them.
    case tooCloseToCall = "too_close_to_call"
    /// A placement is ahead, but unanswered determinants or uncertain parameters could change it.
    case provisional
    /// Too little is known about the company to recommend.
    case cannotRecommendYet = "cannot_recommend_yet"
}

/// The weights of the score; visible in every output and settable on the command line.
public struct RecommendationWeights: Sendable, Codable, Equatable {
    /// Weight of the simulated outcome (0–1).
    public var simulation: Double = 0.6
    /// Weight of the fit with the assessment (0–1).
    public var fit: Double = 0.4
    /// Weight of a customer minute in the simulated outcome.
    public var customerMinute: Double = 1
    /// Weight of a staff minute in the simulated outcome.
    public var staffMinute: Double = 1
    /// The improvement over today that earns the full simulation score (0.10 = 10 %).
    public var improvementScale: Double = 0.10

    /// The defaults.
    public init() {}
}

/// One candidate's figures.
public struct CandidateResult: Sendable, Codable {
    public var candidate: PlacementCandidate
    /// 1 for the best.
    public var rank: Int
    public var resolutionMinutes: Interval
    public var staffMinutes: Interval
    public var frictionIndex: Interval
    public var bounces: Interval
    public var tellings: Interval
    public var escalations: Interval
    /// Paired difference against today (candidate − today), per case.
    public var deltaResolutionMinutes: Interval
    public var deltaStaffMinutes: Interval
    /// Relative improvement of the weighted outcome over today (0.05 = 5 % better).
    public var improvement: Interval
    /// −1…1 from the simulated improvement.
    public var simulationScore: Double
    /// −1…1 from the fit rules.
    public var fitScore: Double
    /// weights.simulation × simulationScore + weights.fit × fitScore.
    public var score: Double
    /// Share of replications in which this placement had the best outcome.
    public var probabilityBestSimulated: Double
    /// Share of replications in which it had the best score.
    public var probabilityBest: Double
    public var fitReasons: [FitReason]
    /// Warnings from its simulation (busy units).
    public var warnings: [String]
    /// Yearly saving against today in the model's currency (P10/P50/P90/mean), when priced.
    public var annualSaving: Spread? = nil
    /// Probability that this placement saves the most money of all (today's saves 0).
    public var probabilityBestSaving: Double? = nil
}

/// The robustness check.
public struct Robustness: Sendable, Codable {
    /// Parameter sets drawn.
    public var samples: Int
    /// Share of them in which the overall winner stayed first.
    public var winnerStays: Double
    /// How often each candidate won.
    public var wins: [String: Int]
    /// The parameters varied, with their ranges.
    public var parameters: [String: [Double]]
    /// When the model was calibrated on a ticket log: from what (`nil` otherwise).
    public var calibration: String?
    /// Parameters drawn from their fitted intervals rather than the default ranges.
    public var fitted: [String] = []
}

/// An unanswered determinant and what it could do to the ranking.
public struct UnknownDeterminant: Sendable, Codable {
    /// The answer id (`structure.silo_level`).
    public var answerID: String
    /// The winner if the answer were 0.
    public var winnerIfLow: String
    /// The winner if the answer were 4.
    public var winnerIfHigh: String
    /// True when either changes the winner.
    public var couldChangeWinner: Bool
}
