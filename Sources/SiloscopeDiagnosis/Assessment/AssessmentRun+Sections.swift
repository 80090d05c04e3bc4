import SiloscopeModel

extension AssessmentRun {
    /// One maturity dimension: the answer if valid, else the inference, else unknown.
    mutating func dimension(_ dimension: MaturityDimension) -> DimensionResult {
        let answered = book.level(dimension.answer)
        let outcome = dimension.inference.map { evaluator.evaluate($0, scale: 1...4) }
        var evidence: [AssessmentEvidence] = []
        if let answered { evidence.append(book.evidence(dimension.answer, "\(answered)")) }
        evidence += outcome?.evidence ?? []
        if let answered, let inferred = outcome?.value, let upper = outcome?.upperBound,
           Self.disagrees(Double(answered), inferred, upper, margin: Double(questions.disagreementLevels)) {
            let questions = self.questions
            let name = { (level: Int) in questions.levelName(level)?.en ?? "\(level)" }
            let shown = upper > inferred ? "\(name(inferred)) to \(name(upper))" : name(inferred)
            let why = Self.reasons(outcome?.evidence ?? [], inferred: inferred, answerAbove: answered > upper)
            book.warn(dimension.answer, "answered \(answered) (\(name(answered))) but the model shows \(Self.range(inferred, upper)) (\(shown))\(why); the answer is used, check it against the model")
        }
        let level = answered ?? outcome?.value
        let status: KnowledgeStatus = answered != nil ? .known : (outcome?.value != nil ? .inferred : .unknown)
        var steps: [LocalizedText] = []
        var next: Int?
        if let level {
            steps.append(dimension.steps[safe: level - 1] ?? LocalizedText(""))
            if level < 4 {
                next = level + 1
                let nextName = questions.levelName(level + 1) ?? LocalizedText("\(level + 1)")
                let unmet = dimension.inference.map { evaluator.unmet($0, step: level + 1) } ?? []
                steps += unmet.map { LocalizedText(en: "model check for \(nextName.en): ", tr: "\(nextName.tr) için model koşulu: ") + $0.text }
            }
        } else {
            steps.append(LocalizedText(
                en: "Unknown: answer \(dimension.answer) (1–4), or describe in the model what the rule reads.",
                tr: "Bilinmiyor: \(dimension.answer) sorusunu (1–4) yanıtlayın ya da kuralın okuduğu bilgiyi modele ekleyin."))
        }
        return DimensionResult(
            id: dimension.id, answerID: dimension.answer, title: dimension.title, source: dimension.source,
            status: status, level: level, levelName: level.flatMap(questions.levelName),
            levelDescription: level.flatMap { dimension.levelDescriptions[safe: $0 - 1] },
            answered: answered, inferred: outcome?.value, inferredUpperBound: outcome?.upperBound,
            evidence: evidence, nextLevel: next, nextLevelName: next.flatMap(questions.levelName), nextSteps: steps)
    }

    /// The overall level: the minimum (or median) of the dimensions with a level.
    func overall(_ dimensions: [DimensionResult]) -> OverallMaturity {
        let levels = dimensions.compactMap(\.level).sorted()
        let unknown = dimensions.filter { $0.level == nil }
        let minimum = levels.first
        let median: Double? = levels.isEmpty ? nil
            : levels.count % 2 == 1 ? Double(levels[levels.count / 2])
            : Double(levels[levels.count / 2 - 1] + levels[levels.count / 2]) / 2
        let level: Int? = switch questions.overallRule {
        case .minimum: minimum
        case .median: median.map { Int(saturating: $0) }
        }
        let weakest = dimensions.filter { $0.level != nil && $0.level == minimum }
        var reason: LocalizedText
        if level != nil {
            switch questions.overallRule {
            case .minimum:
                let names = LocalizedText.joined(weakest.map(\.title), separator: ", ")
                reason = LocalizedText(
                    en: "the level of the weakest dimension (\(names.en)). CRM is as mature as its weakest dimension, because the customer meets every one of them at once.",
                    tr: "en zayıf boyutun seviyesi (\(names.tr)). Müşteri tüm boyutlarla aynı anda karşılaştığı için CRM en zayıf boyutu kadar olgundur.")
            case .median:
                reason = LocalizedText(
                    en: "the median of \(levels.count) dimension levels, rounded down.",
                    tr: "\(levels.count) boyut seviyesinin medyanı, aşağı yuvarlanmış.")
            }
            if !unknown.isEmpty {
                let names = LocalizedText.joined(unknown.map(\.title), separator: ", ")
                let effect = questions.overallRule == .minimum
                    ? LocalizedText(en: "the overall level can only be lower than shown, not higher.",
                                    tr: "genel seviye gösterilenden yüksek olamaz, yalnızca düşük olabilir.")
                    : LocalizedText(en: "they may move the overall level.", tr: "genel seviyeyi değiştirebilirler.")
                reason = reason + LocalizedText(
                    en: " \(unknown.count) of \(dimensions.count) dimensions are unknown (\(names.en)): \(effect.en)",
                    tr: " \(dimensions.count) boyuttan \(unknown.count) tanesi bilinmiyor (\(names.tr)): \(effect.tr)")
            }
        } else {
            reason = LocalizedText(
                en: "No dimension could be assessed: answer the maturity.* questions, or describe systems, campaigns, complaints and reporting in the model.",
                tr: "Hiçbir boyut değerlendirilemedi: maturity.* sorularını yanıtlayın ya da modelde sistemleri, kampanyaları, şikayetleri ve raporlamayı tanımlayın.")
        }
        return OverallMaturity(
            level: level, levelName: level.flatMap(questions.levelName), rule: questions.overallRule, minimum: minimum,
            median: median, weakest: weakest.map(\.id), assessedDimensions: levels.count,
            totalDimensions: dimensions.count, reason: reason)
    }

    /// A group of 0–4 items.
    mutating func group(_ group: QuestionGroup) -> AssessmentGroupResult {
        AssessmentGroupResult(id: group.id, title: group.title, source: group.source, items: group.items.map { item($0) })
    }

    /// One 0–4 item: the answer if valid, else the inference, else unknown.
    mutating func item(_ item: QuestionItem) -> AssessmentItemResult {
        let answer = book.score(item.answer, textAllowed: item.textAllowed, choices: item.choices)
        let outcome = item.inference.map { evaluator.evaluate($0, scale: 0...4) }
        var answered: Double?
        var note: String?
        var evidence: [AssessmentEvidence] = []
        switch answer {
        case .score(let score):
            answered = score
            evidence.append(book.evidence(item.answer, FactCondition.format(score)))
        case .note(let text):
            note = text
            evidence.append(book.evidence(item.answer, "'\(text)'"))
        case nil:
            break
        }
        evidence += outcome?.evidence ?? []
        if let answered, let inferred = outcome?.value, let upper = outcome?.upperBound,
           Self.disagrees(answered, inferred, upper, margin: questions.disagreementPoints) {
            let why = Self.reasons(outcome?.evidence ?? [], inferred: inferred, answerAbove: answered > Double(upper))
            book.warn(item.answer, "answered \(FactCondition.format(answered)) but the model shows \(Self.range(inferred, upper)) on the 0–4 scale\(why); the answer is used, check it against the model")
        }
        let status: KnowledgeStatus = answer != nil ? .known : (outcome?.value != nil ? .inferred : .unknown)
        if item.inference == nil, answer == nil {
            evidence.append(AssessmentEvidence(kind: .note, text: LocalizedText(
                en: "Only an answer can tell this; the model does not show it.",
                tr: "Bunu yalnızca bir yanıt söyleyebilir; model göstermez.")))
        }
        return AssessmentItemResult(
            id: item.id, answerID: item.answer, title: item.title, question: item.question, source: item.source,
            status: status, score: answered ?? (note == nil ? outcome?.value.map(Double.init) : nil),
            answered: answered, note: note, inferred: outcome?.value, inferredUpperBound: outcome?.upperBound,
            higherIsBetter: item.higherIsBetter, evidence: evidence)
    }

    /// The lifecycle focus: the `goal` answer, else what `organization.lifecycle` implies.
    mutating func lifecycleFocus() -> LifecycleFocus {
        let question = questions.lifecycle
        let lifecycle = model.organization.lifecycle
        let implied = question.byOrganization[lifecycle]
        let stageOf = { [question] (id: String) in
            LifecycleFocus.Stage(id: id, title: question.stages.first { $0.id == id }?.title ?? LocalizedText(id))
        }
        let organization = AssessmentEvidence(kind: .organization, text: LocalizedText(
            en: "organization.lifecycle = \(lifecycle.rawValue)", tr: "organization.lifecycle = \(lifecycle.rawValue)"))
        if let stage = book.stage(question.answer, question) {
            let raw = book.raw(question.answer).map(\.value.description) ?? stage.id
            if let implied, !implied.stages.contains(stage.id) {
                let expected = implied.stages.joined(separator: " and ")
                book.warn(question.answer, "the goal is \(stage.id) but organization.lifecycle is '\(lifecycle.rawValue)', whose priority is \(expected) (article 002); the answer is used")
            }
            return LifecycleFocus(
                stages: [stageOf(stage.id)], basis: .answer, answerID: question.answer, answer: raw,
                organizationLifecycle: lifecycle.rawValue,
                reason: LocalizedText(en: "The company names its goal: \(stage.title.en).",
                                      tr: "Şirket hedefini belirtmiş: \(stage.title.tr).")
                    + (implied.map { LocalizedText(" ") + $0.reason } ?? LocalizedText("")),
                evidence: [book.evidence(question.answer, raw), organization])
        }
        return LifecycleFocus(
            stages: (implied?.stages ?? []).map(stageOf), basis: .organizationLifecycle, answerID: question.answer,
            answer: nil, organizationLifecycle: lifecycle.rawValue,
            reason: LocalizedText(en: "No goal answered; from organization.lifecycle (\(lifecycle.rawValue)). ",
                                  tr: "Hedef yanıtlanmamış; organization.lifecycle (\(lifecycle.rawValue)) bilgisinden. ")
                + (implied?.reason ?? LocalizedText("")),
            evidence: [organization])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
