import SiloscopeModel

/// What a rule makes of a model: a value (or nothing when the model does not show
/// enough), the highest value the model leaves open, and the evidence.
struct RuleOutcome {
    /// The inferred value; `nil` when a requirement does not hold.
    var value: Int?
    /// The highest value consistent with unknown facts and with what the rule can see.
    var upperBound: Int?
    /// Requirements that failed, the clauses of every step reached, then the clauses of
    /// the first step not reached (ladder); every clause (tally).
    var evidence: [AssessmentEvidence]
}

/// Applies inference rules to a model's facts and explains the result in words.
struct RuleEvaluator {
    let facts: ModelFacts
    let questions: AssessmentQuestionSet

    /// Evaluates a rule on a scale (1...4 for maturity levels, 0...4 for items).
    func evaluate(_ rule: InferenceRule, scale: ClosedRange<Int>) -> RuleOutcome {
        let requirements = rule.requires.map { truth(of: $0, step: nil) }
        if let failed = requirements.first(where: { $0.holds != true }) {
            let note = AssessmentEvidence(kind: .note, text: LocalizedText(
                en: "Not inferred: the model does not show enough of this.",
                tr: "Çıkarılamadı: model bunu yeterince göstermiyor."))
            return RuleOutcome(value: nil, upperBound: nil, evidence: [note, failed.evidence])
        }
        switch rule.method {
        case .ladder(let rungs):
            var value = scale.lowerBound
            var reached: [AssessmentEvidence] = []
            for rung in rungs {
                let results = rung.clauses.map { truth(of: $0, step: rung.value) }
                if results.allSatisfy({ $0.holds == true }) {
                    value = rung.value
                    reached += results.map(\.evidence)
                    continue
                }
                let open = !results.contains { $0.holds == false }
                return RuleOutcome(value: value, upperBound: open ? scale.upperBound : value,
                                   evidence: Self.latestPerCondition(reached) + results.map(\.evidence))
            }
            var evidence = Self.latestPerCondition(reached)
            // Every step reached: the rule may not see the top of the scale.
            let top = rungs.last?.value ?? scale.lowerBound
            if top < scale.upperBound {
                evidence.append(AssessmentEvidence(kind: .note, text: LocalizedText(
                    en: "The model cannot show more than this; only an answer can.",
                    tr: "Model bundan fazlasını gösteremez; yalnızca bir yanıt gösterebilir.")))
            }
            return RuleOutcome(value: value, upperBound: scale.upperBound, evidence: evidence)
        case .tally(let clauses):
            let results = clauses.map { truth(of: $0, step: nil) }
            guard results.contains(where: { $0.holds != nil }) else {
                let note = AssessmentEvidence(kind: .note, text: LocalizedText(
                    en: "Not inferred: none of the facts this reads is in the model.",
                    tr: "Çıkarılamadı: bunun okuduğu olguların hiçbiri modelde yok."))
                return RuleOutcome(value: nil, upperBound: nil, evidence: [note] + results.map(\.evidence))
            }
            let held = results.count { $0.holds == true }
            let unknown = results.count { $0.holds == nil }
            let value = min(scale.upperBound, scale.lowerBound + held)
            return RuleOutcome(value: value, upperBound: min(scale.upperBound, value + unknown), evidence: results.map(\.evidence))
        }
    }

    /// The evidence of steps reached, keeping for each fact only its highest step (a
    /// ladder of thresholds on one fact would otherwise repeat it at every step).
    static func latestPerCondition(_ evidence: [AssessmentEvidence]) -> [AssessmentEvidence] {
        let key = { (item: AssessmentEvidence) in item.fact?.rawValue ?? item.condition ?? "" }
        var last: [String: Int] = [:]
        for (index, item) in evidence.enumerated() { last[key(item)] = index }
        return evidence.enumerated().filter { last[key($0.element)] == $0.offset }.map(\.element)
    }

    /// The clauses of a ladder step that do not hold (or cannot be told) in the model.
    func unmet(_ rule: InferenceRule, step: Int) -> [AssessmentEvidence] {
        guard case .ladder(let rungs) = rule.method, let rung = rungs.first(where: { $0.value == step }) else { return [] }
        return rung.clauses.map { truth(of: $0, step: step) }.filter { $0.holds != true }.map(\.evidence)
    }

    /// Whether a clause holds (`nil`: cannot be told), with its evidence.
    func truth(of clause: RuleClause, step: Int?) -> (holds: Bool?, evidence: AssessmentEvidence) {
        switch clause {
        case .condition(let condition):
            let value = facts[condition.fact]?.value
            let holds = condition.holds(for: value)
            return (holds, AssessmentEvidence(
                kind: .fact, text: describe(condition), fact: condition.fact, value: value,
                condition: condition.description, holds: holds, step: step))
        case .any(let conditions):
            let results = conditions.map { $0.holds(for: facts[$0.fact]?.value) }
            let holds: Bool? = results.contains(true) ? true : (results.contains(nil) ? nil : false)
            let parts = LocalizedText.joined(conditions.map(describe), separator: " | ")
            let text = LocalizedText(en: "one of: ", tr: "biri yeterli: ") + parts
            return (holds, AssessmentEvidence(kind: .fact, text: text, condition: clause.description, holds: holds, step: step))
        }
    }

    /// "copies synced in real time: 20% (1/5); needs ≥ 50%".
    func describe(_ condition: FactCondition) -> LocalizedText {
        let label = questions.label(condition.fact)
        let value = facts[condition.fact].map { FactFormat.value($0, condition.fact.kind) }
            ?? LocalizedText(en: "unknown (nothing to measure)", tr: "bilinmiyor (ölçülecek bir şey yok)")
        // A yes/no fact reads by itself; the check mark says whether it is wanted.
        if condition.fact.kind == .flag, facts[condition.fact] != nil {
            return LocalizedText(en: "\(label.en): \(value.en)", tr: "\(label.tr): \(value.tr)")
        }
        let need = FactFormat.requirement(condition)
        return LocalizedText(en: "\(label.en): \(value.en); needs \(need.en)",
                             tr: "\(label.tr): \(value.tr); gereken \(need.tr)")
    }
}

/// How fact values and thresholds read in each language.
enum FactFormat {
    static func value(_ fact: FactValue, _ kind: AssessmentFact.Kind) -> LocalizedText {
        switch kind {
        case .flag:
            return fact.value != 0 ? LocalizedText(en: "yes", tr: "evet") : LocalizedText(en: "no", tr: "hayır")
        case .count:
            return LocalizedText(FactCondition.format(fact.value))
        case .share:
            let counts = fact.count.flatMap { count in fact.total.map { " (\(count)/\($0))" } } ?? ""
            return percent(fact.value) + LocalizedText(counts)
        case .mean:
            return decimal(fact.value)
        }
    }

    static func requirement(_ condition: FactCondition) -> LocalizedText {
        let kind = condition.fact.kind
        if kind == .flag, condition.threshold == 0, [.equal, .notEqual].contains(condition.comparison) {
            return condition.comparison == .notEqual ? LocalizedText(en: "yes", tr: "evet") : LocalizedText(en: "no", tr: "hayır")
        }
        if condition.comparison == .notEqual, condition.threshold == 0 {
            return LocalizedText("> 0")
        }
        let symbol = switch condition.comparison {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .greater: ">"
        case .less: "<"
        case .equal: "="
        case .notEqual: "≠"
        }
        let number: LocalizedText = switch kind {
        case .share: percent(condition.threshold)
        case .mean: decimal(condition.threshold)
        case .count, .flag: LocalizedText(FactCondition.format(condition.threshold))
        }
        return LocalizedText("\(symbol) ") + number
    }

    /// "40%" / "%40".
    static func percent(_ share: Double) -> LocalizedText {
        let number = Int(saturating: (share * 100).rounded())
        return LocalizedText(en: "\(number)%", tr: "%\(number)")
    }

    /// "0.62" / "0,62".
    static func decimal(_ value: Double) -> LocalizedText {
        let hundredths = Int(saturating: (value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return LocalizedText(en: "\(sign)\(whole).\(digits)", tr: "\(sign)\(whole),\(digits)")
    }
}
