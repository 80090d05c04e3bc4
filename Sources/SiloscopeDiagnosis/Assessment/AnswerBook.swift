import SiloscopeModel

/// A model's assessment answers, checked against a question set: each read once, each
/// problem recorded as a diagnostic at the answer's line.
struct AnswerBook {
    /// An answer to a 0–4 item.
    enum ScoreAnswer {
        case score(Double)
        case note(String)
    }

    private let answers: [String: AssessmentAnswer]
    private let sources: ModelSourceMap
    private let questions: AssessmentQuestionSet
    private(set) var findings: [Diagnostic] = []

    init(_ model: OrgModel, sources: ModelSourceMap, questions: AssessmentQuestionSet) {
        self.sources = sources
        self.questions = questions
        var answers: [String: AssessmentAnswer] = [:]
        var findings: [Diagnostic] = []
        let known = Set(questions.answerIDs)
        for answer in model.assessment {
            if answers[answer.id] != nil {
                findings.append(Self.diagnostic(.warning, answer.id, sources,
                                                "answered more than once; the last answer (\(answer.value)) is used"))
            }
            answers[answer.id] = answer
            if !known.contains(answer.id) {
                let hint = SuggestionHint.for(answer.id, among: questions.answerIDs)
                findings.append(Self.diagnostic(.warning, answer.id, sources,
                                                "not a question of the assessment\(hint); the answer is ignored (docs/assessment.md lists the ids)"))
            }
        }
        self.answers = answers
        self.findings = findings
    }

    /// The line of an answer, when known.
    func line(_ id: String) -> Int? { sources.position(assessmentAnswer: id)?.line }

    /// Evidence citing an answer.
    func evidence(_ id: String, _ shown: String) -> AssessmentEvidence {
        let line = line(id)
        let at = line.map { (en: " (line \($0))", tr: " (satır \($0))") } ?? (en: "", tr: "")
        return AssessmentEvidence(
            kind: .answer,
            text: LocalizedText(en: "answer \(id) = \(shown)\(at.en)", tr: "yanıt \(id) = \(shown)\(at.tr)"),
            answerID: id, answer: shown, line: line)
    }

    /// The raw answer, if any.
    func raw(_ id: String) -> AssessmentAnswer? { answers[id] }

    /// A maturity level 1–4: a whole number, a level id or a level title.
    mutating func level(_ id: String) -> Int? {
        guard let answer = answers[id] else { return nil }
        let names = questions.levels.map { "\($0.level) \($0.title.en)" }.joined(separator: ", ")
        let expected = "expected a maturity level 1–4 (\(names))"
        switch answer.value {
        case .number(let value):
            if value.rounded() == value, (1...4).contains(value) { return Int(value) }
            error(id, "\(expected), found \(answer.value)")
        case .text(let text):
            let key = LifecycleQuestion.fold(text)
            if let number = Double(key), number.rounded() == number, (1...4).contains(number) { return Int(number) }
            if let level = questions.levels.first(where: {
                [$0.id, $0.title.en, $0.title.tr].contains { LifecycleQuestion.fold($0) == key }
            }) {
                return level.level
            }
            error(id, "\(expected), found '\(text)'")
        case .bool:
            error(id, "\(expected), found \(answer.value)")
        }
        return nil
    }

    /// A 0–4 score (yes/no count as 4/0), one of the item's words, or a text note when
    /// the item allows one.
    mutating func score(_ id: String, textAllowed: Bool, choices: [String] = []) -> ScoreAnswer? {
        guard let answer = answers[id] else { return nil }
        let words = choices.isEmpty ? "" : ", one of \(choices.joined(separator: ", "))"
        let expected = textAllowed ? "expected a score from 0 to 4, yes/no\(words) or a short text"
            : "expected a score from 0 to 4 (0 absent … 4 strong)\(words) or yes/no"
        switch answer.value {
        case .number(let value):
            if (0...4).contains(value) { return .score(value) }
            error(id, "\(expected), found \(answer.value)")
        case .bool(let flag):
            return .score(flag ? 4 : 0)
        case .text(let text):
            let trimmed = String(text.trimmingWhitespace())
            if let number = Double(trimmed) {
                if (0...4).contains(number) { return .score(number) }
                error(id, "\(expected), found \(trimmed)")
                return nil
            }
            switch LifecycleQuestion.fold(trimmed) {
            case "yes", "evet", "true": return .score(4)
            case "no", "hayir", "false": return .score(0)
            default: break
            }
            if let choice = choices.first(where: { LifecycleQuestion.fold($0) == LifecycleQuestion.fold(trimmed) }) {
                return .note(choice)
            }
            if textAllowed, !trimmed.isEmpty { return .note(trimmed) }
            error(id, "\(expected), found '\(text)'\(SuggestionHint.for(trimmed, among: choices))")
        }
        return nil
    }

    /// A lifecycle stage.
    mutating func stage(_ id: String, _ lifecycle: LifecycleQuestion) -> LifecycleQuestion.StageDefinition? {
        guard let answer = answers[id] else { return nil }
        if case .text(let text) = answer.value, let stage = lifecycle.stage(matching: text) { return stage }
        let words = lifecycle.stages.map { $0.accepts.first ?? $0.id }
        let hint = SuggestionHint.for(answer.value.description, among: lifecycle.stages.flatMap { [$0.id] + $0.accepts })
        error(id, "expected one of \(words.joined(separator: ", ")), found '\(answer.value)'\(hint)")
        return nil
    }

    /// Records a warning at an answer.
    mutating func warn(_ id: String, _ message: String) {
        findings.append(Self.diagnostic(.warning, id, sources, message))
    }

    private mutating func error(_ id: String, _ message: String) {
        findings.append(Self.diagnostic(.error, id, sources, message))
    }

    private static func diagnostic(_ severity: Severity, _ id: String, _ sources: ModelSourceMap, _ message: String) -> Diagnostic {
        Diagnostic(severity: severity, file: sources.file, position: sources.position(assessmentAnswer: id),
                   path: "assessment.\(id)", message: message)
    }
}
