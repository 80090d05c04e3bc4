import SiloscopeModel

/// The company's focus in the customer lifecycle (article 002, phase 3, the "snapshot").
public struct LifecycleFocus: Sendable, Codable, Equatable {
    /// Where the focus comes from.
    public enum Basis: String, Sendable, Codable {
        /// The `goal` answer.
        case answer
        /// `organization.lifecycle`: new companies acquire, established ones retain and deepen.
        case organizationLifecycle = "organization_lifecycle"
    }

    /// One stage of the lifecycle.
    public struct Stage: Sendable, Codable, Equatable {
        /// `acquisition_selection`, `retention` or `deepening`.
        public var id: String
        /// The stage's title.
        public var title: LocalizedText

        /// Creates a stage.
        public init(id: String, title: LocalizedText) {
            self.id = id
            self.title = title
        }
    }

    /// The stages in focus: one when answered, one or two from the lifecycle.
    public var stages: [Stage]
    /// Answer or organization lifecycle.
    public var basis: Basis
    /// The answer id read (`goal`).
    public var answerID: String
    /// The answer as written, when answered.
    public var answer: String?
    /// `new` or `established`, from the model.
    public var organizationLifecycle: String
    /// Why this is the focus.
    public var reason: LocalizedText
    /// The answer and the organization's lifecycle.
    public var evidence: [AssessmentEvidence]

    /// Creates a lifecycle focus.
    public init(
        stages: [Stage], basis: Basis, answerID: String, answer: String?, organizationLifecycle: String,
        reason: LocalizedText, evidence: [AssessmentEvidence]
    ) {
        self.stages = stages
        self.basis = basis
        self.answerID = answerID
        self.answer = answer
        self.organizationLifecycle = organizationLifecycle
        self.reason = reason
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case stages, basis
        case answerID = "answer_id"
        case answer
        case organizationLifecycle = "organization_lifecycle"
        case reason, evidence
    }
}
