import Foundation
import SiloscopeModel

/// The forms an assessment report can be shown in.
public enum AssessmentFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for a terminal, wrapped to a width (100 columns by default).
    case table
    /// GitHub-flavoured Markdown.
    case markdown
    /// JSON with the stable snake_case fields of docs/assessment.md (both languages).
    case json
}

extension AssessmentReport {
    /// The report as text.
    ///
    /// - Parameters:
    ///   - format: table, Markdown or JSON.
    ///   - language: the language of table and Markdown (JSON carries both).
    ///   - width: the table's width in characters.
    ///   - evidence: whether table and Markdown list the evidence and steps under each
    ///     item (JSON always has them).
    /// - Throws: `EncodingError` if JSON encoding fails.
    public func rendered(
        as format: AssessmentFormat, language: Language, width: Int = 100, evidence: Bool = true
    ) throws -> String {
        switch format {
        case .table: AssessmentTableRenderer(report: self, language: language, width: width, evidence: evidence).render()
        case .markdown: AssessmentMarkdownRenderer(report: self, language: language, evidence: evidence).render()
        case .json: String(decoding: try jsonData(), as: UTF8.self) + "\n"
        }
    }

    /// The report as JSON: pretty-printed, keys sorted, so that output is stable.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Decodes a report from its JSON form.
    public static func decode(json data: Data) throws -> AssessmentReport {
        try JSONDecoder().decode(AssessmentReport.self, from: data)
    }
}

extension AssessmentReport {
    /// The unknown answer ids grouped by section, with what their absence means.
    func unknownsBySection() -> [(title: LocalizedText, ids: [String], impact: LocalizedText)] {
        let unknown = Set(unknowns)
        let pick = { (ids: [String]) in ids.filter(unknown.contains) }
        let sections: [(LocalizedText, [String], LocalizedText)] = [
            (AssessmentLabels.maturity, pick(maturity.dimensions.map(\.answerID)), LocalizedText(
                en: "The overall level leaves these dimensions out; with the minimum rule it can only fall when they are known.",
                tr: "Genel seviye bu boyutları dışarıda bırakır; en düşük kuralında bilindiklerinde yalnızca düşebilir.")),
            (AssessmentLabels.readiness, pick(readiness.groups.flatMap(\.items).map(\.answerID)), LocalizedText(
                en: "Group scores are means of the scored items only; these may move them either way.",
                tr: "Grup puanları yalnızca puanlanan maddelerin ortalamasıdır; bunlar puanı iki yöne de değiştirebilir.")),
            (AssessmentLabels.determinants, pick(determinants.flatMap(\.items).map(\.answerID)), LocalizedText(
                en: "Where the CRM team should sit depends on these; a placement recommended without them may change once they are known (000).",
                tr: "CRM ekibinin yeri bunlara bağlıdır; bunlar bilinmeden önerilen yer, bilindiğinde değişebilir (000).")),
            (AssessmentLabels.external, pick(external.items.map(\.answerID)), LocalizedText(
                en: "The market context of the plan is incomplete (002, phase 1).",
                tr: "Planın pazar bağlamı eksik (002, birinci aşama).")),
        ]
        return sections.filter { !$0.1.isEmpty }.map { (title: $0.0, ids: $0.1, impact: $0.2) }
    }
}

/// Shared wording for the text renderers.
extension AssessmentLabels {
    /// "Intermediate" or "Intermediate–Expert" or "—": what a rule made of the model.
    static func modelShows(_ inferred: Int?, _ upper: Int?, names: (Int) -> LocalizedText?) -> LocalizedText {
        guard let inferred else { return none }
        let low = names(inferred) ?? LocalizedText("\(inferred)")
        guard let upper, upper > inferred else { return low }
        let high = names(upper) ?? LocalizedText("\(upper)")
        return low + LocalizedText("–") + high
    }

    /// "3", "2.5", "'text'" or "—".
    static func score(_ item: AssessmentItemResult) -> LocalizedText {
        if let score = item.score { return number(score) }
        if let note = item.note { return LocalizedText("'\(note)'") }
        return none
    }

    /// "(article 004)" / "(makale 004)".
    static func source(_ id: String) -> LocalizedText {
        LocalizedText(en: "(article \(id))", tr: "(makale \(id))")
    }
}
