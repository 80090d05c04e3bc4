/// An answer to an assessment question.
public struct AssessmentAnswer: Sendable, Equatable {
    /// The question's id in the assessment question set (`data.storage`, ...).
    public var id: String
    /// The answer.
    public var value: AnswerValue

    /// Creates an answer.
    public init(id: String, value: AnswerValue) {
        self.id = id
        self.value = value
    }
}

/// An answer's value as written in the file.
public enum AnswerValue: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case bool(Bool)
    case text(String)

    /// The answer as the user wrote it.
    public var description: String {
        switch self {
        case .number(let value): value.rounded() == value ? String(Int(value)) : String(value)
        case .bool(let value): value ? "yes" : "no"
        case .text(let value): value
        }
    }
}
