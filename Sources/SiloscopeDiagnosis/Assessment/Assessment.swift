import SiloscopeModel

/// The assessment: CRM maturity per dimension and overall (article 004), the readiness
/// scorecard and lifecycle focus (article 002), and the placement determinants
/// (article 000), from a model's answers and from what the model itself shows.
///
/// Every item is *known* when answered (the answer is used and cited), *inferred* when
/// the question set's rule can read it from the model (the facts are cited), or
/// *unknown*; nothing is silently defaulted. When an answer and the model disagree, the
/// answer is used and the disagreement is a warning in ``AssessmentReport/findings``.
/// Answers out of range are errors there, at their line, and are not used.
public enum Assessment {
    /// Assesses a loaded model.
    ///
    /// - Parameters:
    ///   - loaded: the model with its source map (for answer lines).
    ///   - questionSet: the questions and rules, usually ``AssessmentQuestionSet/bundled()``.
    /// - Returns: the report; check `findings` for errors before trusting it.
    /// - Complexity: O(model size + handoffs × case types), see ``ModelFacts``.
    public static func assess(_ loaded: LoadedModel, questionSet: AssessmentQuestionSet) -> AssessmentReport {
        assess(loaded.model, sources: loaded.sources, questionSet: questionSet)
    }

    /// Assesses a model, citing answer lines from `sources` (an empty map for a model
    /// built in code).
    public static func assess(_ model: OrgModel, sources: ModelSourceMap, questionSet: AssessmentQuestionSet) -> AssessmentReport {
        var run = AssessmentRun(model: model, sources: sources, questions: questionSet)
        return run.report()
    }
}

/// One assessment in progress: the answers being read and the findings so far.
struct AssessmentRun {
    let model: OrgModel
    let sources: ModelSourceMap
    let questions: AssessmentQuestionSet
    let facts: ModelFacts
    let evaluator: RuleEvaluator
    var book: AnswerBook

    init(model: OrgModel, sources: ModelSourceMap, questions: AssessmentQuestionSet) {
        self.model = model
        self.sources = sources
        self.questions = questions
        self.facts = ModelFacts(model)
        self.evaluator = RuleEvaluator(facts: facts, questions: questions)
        self.book = AnswerBook(model, sources: sources, questions: questions)
    }

    mutating func report() -> AssessmentReport {
        let dimensions = questions.dimensions.map { dimension($0) }
        let readiness = questions.readiness.map { group($0) }
        let determinants = questions.determinants.map { group($0) }
        let external = group(questions.external)
        let focus = lifecycleFocus()
        let items = (readiness + determinants + [external]).flatMap(\.items)
        let statuses = dimensions.map { ($0.answerID, $0.status) } + items.map { ($0.answerID, $0.status) }
        return AssessmentReport(
            organization: .init(name: model.organization.name, sector: model.organization.sector,
                                lifecycle: model.organization.lifecycle.rawValue),
            file: sources.file,
            questionSet: questions.origin,
            maturity: MaturityResult(levels: questions.levels, overall: overall(dimensions), dimensions: dimensions),
            readiness: ReadinessResult(groups: readiness),
            lifecycleFocus: focus,
            determinants: determinants,
            external: external,
            unknowns: statuses.filter { $0.1 == .unknown }.map(\.0),
            unanswered: statuses.filter { $0.1 != .known }.map(\.0) + (focus.basis == .answer ? [] : [focus.answerID]),
            facts: Dictionary(uniqueKeysWithValues: facts.values.map { ($0.key.rawValue, $0.value) }),
            findings: book.findings.sortedByPosition())
    }

    /// Whether an answer lies outside what the model shows by at least `margin`.
    static func disagrees(_ answer: Double, _ inferred: Int, _ upper: Int, margin: Double) -> Bool {
        answer <= Double(inferred) - margin || answer >= Double(upper) + margin
    }

    /// " (a; b)": the facts behind a disagreement, in English (diagnostics are English):
    /// what does not hold when the answer is above the model, what holds when below.
    static func reasons(_ evidence: [AssessmentEvidence], inferred: Int, answerAbove: Bool) -> String {
        let facts = evidence.filter { item in
            item.kind == .fact && item.holds == !answerAbove && (answerAbove || (item.step ?? 0) <= inferred)
        }.map(\.text.en)
        return facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"
    }

    /// "the model shows 2" or "the model shows 2 to 4".
    static func range(_ inferred: Int, _ upper: Int) -> String {
        upper > inferred ? "\(inferred) to \(upper)" : "\(inferred)"
    }
}
