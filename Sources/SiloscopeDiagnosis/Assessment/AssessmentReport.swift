import SiloscopeModel

/// Everything the assessment found about one organization: maturity per dimension and
/// overall, the readiness scorecard, the lifecycle focus, the placement determinants,
/// the external parameters, what is unknown, and the findings about the answers.
///
/// The report is data: renderers turn it into a table, Markdown or JSON
/// (``AssessmentReport/rendered(as:language:)``) and the HTML report reuses it. Every
/// text in it is given in English and Turkish. Its JSON field names are snake_case and
/// stable (docs/assessment.md lists them); ``schemaVersion`` changes if they ever must.
public struct AssessmentReport: Sendable, Codable, Equatable {
    /// The version of the JSON layout.
    public static let currentSchemaVersion = 1

    /// Who was assessed.
    public struct Organization: Sendable, Codable, Equatable {
        /// The organization's name.
        public var name: String
        /// Its sector.
        public var sector: String
        /// `new` or `established`.
        public var lifecycle: String

        /// Creates organization information.
        public init(name: String, sector: String, lifecycle: String) {
            self.name = name
            self.sector = sector
            self.lifecycle = lifecycle
        }
    }

    /// The version of the JSON layout (``currentSchemaVersion``).
    public var schemaVersion: Int
    /// Who was assessed.
    public var organization: Organization
    /// The model file.
    public var file: String
    /// The question set used: `bundled` or the path of the consultant's file.
    public var questionSet: String
    /// Maturity per dimension and overall (article 004).
    public var maturity: MaturityResult
    /// The readiness scorecard (article 002).
    public var readiness: ReadinessResult
    /// The lifecycle focus (article 002).
    public var lifecycleFocus: LifecycleFocus
    /// The five groups of placement determinants (article 000).
    public var determinants: [AssessmentGroupResult]
    /// The external parameters (article 002, phase 1).
    public var external: AssessmentGroupResult
    /// Answer ids that matter and are neither answered nor visible in the model.
    public var unknowns: [String]
    /// Answer ids not answered (including those the model lets the assessment infer).
    public var unanswered: [String]
    /// Every model fact the rules can read, by name; unknown facts are absent.
    public var facts: [String: FactValue]
    /// Problems with the answers (out of range, unknown ids: errors or warnings, with the
    /// line) and disagreements between answers and the model (warnings).
    public var findings: [Diagnostic]

    /// Creates a report.
    public init(
        organization: Organization, file: String, questionSet: String, maturity: MaturityResult,
        readiness: ReadinessResult, lifecycleFocus: LifecycleFocus, determinants: [AssessmentGroupResult],
        external: AssessmentGroupResult, unknowns: [String], unanswered: [String], facts: [String: FactValue],
        findings: [Diagnostic]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.organization = organization
        self.file = file
        self.questionSet = questionSet
        self.maturity = maturity
        self.readiness = readiness
        self.lifecycleFocus = lifecycleFocus
        self.determinants = determinants
        self.external = external
        self.unknowns = unknowns
        self.unanswered = unanswered
        self.facts = facts
        self.findings = findings
    }

    /// A maturity dimension by id.
    public func dimension(_ id: String) -> DimensionResult? {
        maturity.dimensions.first { $0.id == id }
    }

    /// A readiness, determinant or external item by its answer id (`structure.silo_level`).
    public func item(answerID: String) -> AssessmentItemResult? {
        (readiness.groups + determinants + [external]).lazy.flatMap(\.items).first { $0.answerID == answerID }
    }

    /// A determinant group by id (`expectations`, `structure`, `culture`,
    /// `infrastructure`, `sensemaking`).
    public func determinantGroup(_ id: String) -> AssessmentGroupResult? {
        determinants.first { $0.id == id }
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case organization, file
        case questionSet = "question_set"
        case maturity, readiness
        case lifecycleFocus = "lifecycle_focus"
        case determinants, external, unknowns, unanswered, facts, findings
    }

    /// A finding as JSON: the diagnostic's fields, with line and column flattened.
    struct Finding: Codable {
        var severity: String
        var file: String
        var line: Int?
        var column: Int?
        var path: String
        var message: String
    }

    /// Decodes a report from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        organization = try container.decode(Organization.self, forKey: .organization)
        file = try container.decode(String.self, forKey: .file)
        questionSet = try container.decode(String.self, forKey: .questionSet)
        maturity = try container.decode(MaturityResult.self, forKey: .maturity)
        readiness = try container.decode(ReadinessResult.self, forKey: .readiness)
        lifecycleFocus = try container.decode(LifecycleFocus.self, forKey: .lifecycleFocus)
        determinants = try container.decode([AssessmentGroupResult].self, forKey: .determinants)
        external = try container.decode(AssessmentGroupResult.self, forKey: .external)
        unknowns = try container.decode([String].self, forKey: .unknowns)
        unanswered = try container.decode([String].self, forKey: .unanswered)
        facts = try container.decode([String: FactValue].self, forKey: .facts)
        findings = try container.decode([Finding].self, forKey: .findings).map { finding in
            Diagnostic(
                severity: Severity(rawValue: finding.severity) ?? .warning, file: finding.file,
                position: finding.line.map { SourcePosition(line: $0, column: finding.column ?? 1) },
                path: finding.path, message: finding.message)
        }
    }

    /// Encodes the report in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(organization, forKey: .organization)
        try container.encode(file, forKey: .file)
        try container.encode(questionSet, forKey: .questionSet)
        try container.encode(maturity, forKey: .maturity)
        try container.encode(readiness, forKey: .readiness)
        try container.encode(lifecycleFocus, forKey: .lifecycleFocus)
        try container.encode(determinants, forKey: .determinants)
        try container.encode(external, forKey: .external)
        try container.encode(unknowns, forKey: .unknowns)
        try container.encode(unanswered, forKey: .unanswered)
        try container.encode(facts, forKey: .facts)
        try container.encode(findings.map { diagnostic in
            Finding(severity: diagnostic.severity.rawValue, file: diagnostic.file, line: diagnostic.position?.line,
                    column: diagnostic.position?.column, path: diagnostic.path, message: diagnostic.message)
        }, forKey: .findings)
    }
}
