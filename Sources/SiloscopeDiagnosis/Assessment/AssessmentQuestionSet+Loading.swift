import Foundation
import SiloscopeModel

extension AssessmentQuestionSet {
    /// The question set bundled with Siloscope (`Resources/assessment.yaml`).
    ///
    /// - Throws: ``DiagnosticsError`` if the resource is missing or invalid (a build
    ///   problem; the test suite checks the bundled file).
    public static func bundled() throws(DiagnosticsError) -> AssessmentQuestionSet {
        guard let url = Bundle.module.url(forResource: "assessment", withExtension: "yaml") else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: "assessment.yaml", position: nil, path: "",
                                               message: "the bundled question set is missing from the resource bundle")],
                                   kind: .unreadable)
        }
        var set = try load(path: url.path)
        set.origin = "bundled"
        return set
    }

    /// Reads and checks a question set file.
    ///
    /// - Parameter path: the file; also the name used in diagnostics.
    /// - Throws: ``DiagnosticsError`` with every problem, each at its line and field.
    public static func load(path: String) throws(DiagnosticsError) -> AssessmentQuestionSet {
        let text = try TextFile.read(path: path, maximumSize: 16 << 20)
        return try parse(text: text, file: path)
    }

    /// Parses and checks question set text.
    ///
    /// Besides the shape of every field, it checks that every rule names a known fact
    /// and parses, that every fact has a label, that every dimension has four level
    /// descriptions and four steps in both languages, that ids and answer ids are unique,
    /// and that every source article is listed.
    ///
    /// - Throws: ``DiagnosticsError`` with every problem (warnings are dropped when there
    ///   is no error).
    public static func parse(text: String, file: String) throws(DiagnosticsError) -> AssessmentQuestionSet {
        let document = try YAMLDocument.parse(text: text, file: file)
        var parser = QuestionSetParser(reader: YAMLReader(file: file))
        let set = parser.parse(document)
        let findings = parser.reader.diagnostics.sortedByPosition()
        guard let set, !findings.hasErrors else {
            throw DiagnosticsError(findings.isEmpty ? [Diagnostic(severity: .error, file: file, position: nil, path: "",
                                                                  message: "the question set is empty")] : findings)
        }
        return set
    }
}

/// Reads a question set document, recording every problem in `reader`.
struct QuestionSetParser {
    var reader: YAMLReader
    private var answerIDs: [String: SourcePosition?] = [:]
    private var sourceIDs: Set<String> = []

    init(reader: YAMLReader) {
        self.reader = reader
    }

    static let topKeys = ["version", "sources", "levels", "scores", "rules", "facts", "maturity", "readiness",
                          "determinants", "lifecycle", "external"]

    mutating func parse(_ document: YAMLDocument) -> AssessmentQuestionSet? {
        guard let root = reader.mapping(document.root, at: FieldPath(), allowed: Self.topKeys) else { return nil }
        let version = reader.integer(root, "version", required: true) ?? 1
        if version != 1 {
            reader.error("unsupported question set version \(version); expected 1", at: root.position(of: "version"), path: "version")
        }
        var sources: [String: LocalizedText] = [:]
        if let mapping = reader.mapping(root["sources"], at: "sources", allowed: nil) {
            for entry in mapping.entries {
                sources[entry.key] = text(entry.value, at: FieldPath("sources").appending(entry.key))
            }
        } else {
            reader.error("missing required section 'sources'", at: root.position, path: "sources")
        }
        sourceIDs = Set(sources.keys)

        let levels = parseLevels(root)
        var scores: [Int: LocalizedText] = [:]
        for (index, node) in reader.sequence(root["scores"], at: "scores").enumerated() {
            let path = FieldPath("scores").appending(index)
            guard let mapping = reader.mapping(node, at: path, allowed: ["score", "en", "tr"]),
                  let score = reader.integer(mapping, "score", required: true) else { continue }
            scores[score] = LocalizedText(en: reader.string(mapping, "en", required: true) ?? "",
                                          tr: reader.string(mapping, "tr", required: true) ?? "")
        }
        let rules = reader.mapping(root["rules"], at: "rules",
                                   allowed: ["overall_maturity", "disagreement_levels", "disagreement_points"])
        let facts = parseFacts(root)
        let dimensions = reader.sequence(root["maturity"], at: "maturity").enumerated().compactMap { index, node in
            parseDimension(node, at: FieldPath("maturity").appending(index))
        }
        if dimensions.isEmpty { reader.error("expected at least one maturity dimension", at: root.position, path: "maturity") }
        let readiness = parseGroups(root["readiness"], at: "readiness", scale: 0...4)
        let determinants = parseGroups(root["determinants"], at: "determinants", scale: 0...4)
        let external = parseGroup(root["external"], at: "external", scale: 0...4)
        let lifecycle = parseLifecycle(root["lifecycle"])
        guard let external, let lifecycle else { return nil }
        return AssessmentQuestionSet(
            version: version, origin: reader.file, sources: sources, levels: levels, scores: scores,
            overallRule: rules.flatMap { reader.choice($0, "overall_maturity", as: OverallMaturityRule.self) } ?? .minimum,
            disagreementLevels: rules.flatMap { reader.integer($0, "disagreement_levels", .positive) } ?? 1,
            disagreementPoints: rules.flatMap { reader.number($0, "disagreement_points", .positive) } ?? 2,
            factLabels: facts, dimensions: dimensions, readiness: readiness, determinants: determinants,
            lifecycle: lifecycle, external: external)
    }

    // MARK: Pieces

    /// Reads `{en: ..., tr: ...}`, both required and not empty.
    mutating func text(_ node: YAMLNode?, at path: FieldPath) -> LocalizedText {
        guard let node, !node.isNull else {
            reader.error("missing text; expected {en: ..., tr: ...}", at: nil, path: path)
            return LocalizedText("")
        }
        guard let mapping = reader.mapping(node, at: path, allowed: ["en", "tr"]) else { return LocalizedText("") }
        let en = reader.string(mapping, "en", required: true) ?? ""
        let tr = reader.string(mapping, "tr", required: true) ?? ""
        for (key, value) in [("en", en), ("tr", tr)] where mapping[key] != nil && value.trimmingWhitespace().isEmpty {
            reader.error("empty text; expected words", at: mapping.position(of: key), path: path.appending(key))
        }
        return LocalizedText(en: en, tr: tr)
    }

    mutating func parseLevels(_ root: YAMLMapping) -> [MaturityLevel] {
        var levels: [MaturityLevel] = []
        for (index, node) in reader.sequence(root["levels"], at: "levels").enumerated() {
            let path = FieldPath("levels").appending(index)
            guard let mapping = reader.mapping(node, at: path, allowed: ["level", "id", "en", "tr"]) else { continue }
            levels.append(MaturityLevel(
                level: reader.integer(mapping, "level", required: true) ?? 0,
                id: reader.string(mapping, "id", required: true) ?? "",
                title: LocalizedText(en: reader.string(mapping, "en", required: true) ?? "",
                                     tr: reader.string(mapping, "tr", required: true) ?? "")))
        }
        if levels.map(\.level) != [1, 2, 3, 4] {
            reader.error("expected the four maturity levels 1, 2, 3, 4 in order, found \(levels.map(\.level))",
                         at: root.position(of: "levels"), path: "levels")
        }
        return levels
    }

    mutating func parseFacts(_ root: YAMLMapping) -> [AssessmentFact: LocalizedText] {
        var labels: [AssessmentFact: LocalizedText] = [:]
        guard let mapping = reader.mapping(root["facts"], at: "facts", allowed: nil) else {
            reader.error("missing required section 'facts'", at: root.position, path: "facts")
            return labels
        }
        for entry in mapping.entries {
            let path = FieldPath("facts").appending(entry.key)
            guard let fact = AssessmentFact(rawValue: entry.key) else {
                let hint = SuggestionHint.for(entry.key, among: AssessmentFact.allCases.map(\.rawValue))
                reader.error("unknown fact '\(entry.key)'\(hint); the code computes only the facts listed in docs/assessment.md",
                             at: entry.keyPosition, path: path)
                continue
            }
            labels[fact] = text(entry.value, at: path)
        }
        for fact in AssessmentFact.allCases where labels[fact] == nil {
            reader.error("fact '\(fact.rawValue)' has no label; expected {en: ..., tr: ...}", at: mapping.position,
                         path: FieldPath("facts").appending(fact.rawValue))
        }
        return labels
    }

    mutating func source(_ mapping: YAMLMapping, inherited: String?) -> String {
        guard let source = reader.string(mapping, "source", required: inherited == nil) ?? inherited else { return "" }
        if !sourceIDs.isEmpty, !sourceIDs.contains(source) {
            reader.error("unknown source article '\(source)'; expected one of \(sourceIDs.sorted().joined(separator: ", "))",
                         at: mapping.position(of: "source"), path: mapping.path.appending("source"))
        }
        return source
    }

    /// Records an answer id, reporting duplicates.
    mutating func claim(answer: String, _ mapping: YAMLMapping) {
        let position = mapping.position(of: "answer")
        if let first = answerIDs[answer] {
            let at = first.map { " (first at line \($0.line))" } ?? ""
            reader.error("answer id '\(answer)' is read by two items\(at); expected each answer id once",
                         at: position, path: mapping.path.appending("answer"))
        } else {
            answerIDs[answer] = position
        }
    }

    mutating func parseDimension(_ node: YAMLNode, at path: FieldPath) -> MaturityDimension? {
        let keys = ["id", "answer", "source", "title", "question", "levels", "steps", "infer"]
        guard let mapping = reader.mapping(node, at: path, allowed: keys) else { return nil }
        let answer = reader.string(mapping, "answer", required: true) ?? ""
        claim(answer: answer, mapping)
        return MaturityDimension(
            id: reader.string(mapping, "id", required: true) ?? "",
            answer: answer,
            source: source(mapping, inherited: nil),
            title: text(mapping["title"], at: path.appending("title")),
            question: mapping["question"].map { text($0, at: path.appending("question")) },
            levelDescriptions: fourTexts(mapping, "levels"),
            steps: fourTexts(mapping, "steps"),
            inference: mapping["infer"].flatMap { parseInference($0, at: path.appending("infer"), scale: 1...4) })
    }

    /// Reads `{1: text, 2: text, 3: text, 4: text}`.
    mutating func fourTexts(_ mapping: YAMLMapping, _ key: String) -> [LocalizedText] {
        let path = mapping.path.appending(key)
        guard let table = reader.mapping(mapping[key], at: path, allowed: ["1", "2", "3", "4"]) else {
            reader.error("missing '\(key)'; expected a text for each level 1, 2, 3 and 4", at: mapping.position, path: path)
            return []
        }
        var texts: [LocalizedText] = []
        for level in 1...4 {
            guard let node = table["\(level)"] else {
                reader.error("missing level \(level); expected a text for each level 1, 2, 3 and 4", at: table.position, path: path)
                continue
            }
            texts.append(text(node, at: path.appending("\(level)")))
        }
        return texts
    }

    mutating func parseGroups(_ node: YAMLNode?, at path: FieldPath, scale: ClosedRange<Int>) -> [QuestionGroup] {
        let groups = reader.sequence(node, at: path).enumerated().compactMap { index, item in
            parseGroup(item, at: path.appending(index), scale: scale)
        }
        if groups.isEmpty { reader.error("expected at least one group", at: node?.position, path: path) }
        return groups
    }

    mutating func parseGroup(_ node: YAMLNode?, at path: FieldPath, scale: ClosedRange<Int>) -> QuestionGroup? {
        guard let mapping = reader.mapping(node, at: path, allowed: ["id", "source", "title", "items"]) else {
            if node == nil { reader.error("missing required section", at: nil, path: path) }
            return nil
        }
        let source = source(mapping, inherited: nil)
        let items = reader.sequence(mapping["items"], at: path.appending("items")).enumerated().compactMap { index, item in
            parseItem(item, at: path.appending("items").appending(index), source: source, scale: scale)
        }
        if items.isEmpty { reader.error("expected at least one item", at: mapping.position, path: path.appending("items")) }
        return QuestionGroup(id: reader.string(mapping, "id", required: true) ?? "", source: source,
                             title: text(mapping["title"], at: path.appending("title")), items: items)
    }

    mutating func parseItem(_ node: YAMLNode, at path: FieldPath, source inherited: String, scale: ClosedRange<Int>) -> QuestionItem? {
        let keys = ["id", "answer", "source", "title", "question", "higher_is_better", "text_allowed", "choices", "infer"]
        guard let mapping = reader.mapping(node, at: path, allowed: keys) else { return nil }
        let answer = reader.string(mapping, "answer", required: true) ?? ""
        claim(answer: answer, mapping)
        return QuestionItem(
            id: reader.string(mapping, "id", required: true) ?? "",
            answer: answer,
            source: source(mapping, inherited: inherited),
            title: text(mapping["title"], at: path.appending("title")),
            question: mapping["question"].map { text($0, at: path.appending("question")) },
            higherIsBetter: reader.bool(mapping, "higher_is_better") ?? true,
            textAllowed: reader.bool(mapping, "text_allowed") ?? false,
            choices: reader.strings(mapping, "choices"),
            inference: mapping["infer"].flatMap { parseInference($0, at: path.appending("infer"), scale: scale) })
    }

    mutating func parseLifecycle(_ node: YAMLNode?) -> LifecycleQuestion? {
        let path: FieldPath = "lifecycle"
        guard let mapping = reader.mapping(node, at: path, allowed: ["answer", "source", "stages", "by_organization"]) else {
            reader.error("missing required section 'lifecycle'", at: nil, path: path)
            return nil
        }
        let answer = reader.string(mapping, "answer", required: true) ?? ""
        claim(answer: answer, mapping)
        var stages: [LifecycleQuestion.StageDefinition] = []
        for (index, item) in reader.sequence(mapping["stages"], at: path.appending("stages")).enumerated() {
            let itemPath = path.appending("stages").appending(index)
            guard let stage = reader.mapping(item, at: itemPath, allowed: ["id", "accepts", "title"]) else { continue }
            stages.append(LifecycleQuestion.StageDefinition(
                id: reader.string(stage, "id", required: true) ?? "", accepts: reader.strings(stage, "accepts"),
                title: text(stage["title"], at: itemPath.appending("title"))))
        }
        var defaults: [Lifecycle: LifecycleQuestion.Default] = [:]
        let byPath = path.appending("by_organization")
        if let table = reader.mapping(mapping["by_organization"], at: byPath, allowed: Lifecycle.allCases.map(\.rawValue)) {
            for lifecycle in Lifecycle.allCases {
                let entryPath = byPath.appending(lifecycle.rawValue)
                guard let entry = reader.mapping(table[lifecycle.rawValue], at: entryPath, allowed: ["stages", "reason"]) else {
                    reader.error("missing '\(lifecycle.rawValue)'; expected the stages a\(lifecycle == .established ? "n" : "") \(lifecycle.rawValue) company focuses on",
                                 at: table.position, path: entryPath)
                    continue
                }
                let ids = reader.strings(entry, "stages")
                for id in ids where !stages.contains(where: { $0.id == id }) {
                    reader.error("unknown stage '\(id)'; expected one of \(stages.map(\.id).joined(separator: ", "))",
                                 at: entry.position(of: "stages"), path: entryPath.appending("stages"))
                }
                defaults[lifecycle] = LifecycleQuestion.Default(stages: ids, reason: text(entry["reason"], at: entryPath.appending("reason")))
            }
        } else {
            reader.error("missing 'by_organization'; expected the focus of new and established companies", at: mapping.position, path: byPath)
        }
        return LifecycleQuestion(answer: answer, source: source(mapping, inherited: nil), stages: stages, byOrganization: defaults)
    }
}
