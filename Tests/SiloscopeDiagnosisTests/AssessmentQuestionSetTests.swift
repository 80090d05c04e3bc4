import Testing
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// The bundled data file is valid and complete, and a broken one is refused with lines.
@Suite struct AssessmentQuestionSetTests {
    /// The answer ids given to the authors of the example models: the contract.
    static let agreedIDs = [
        "expectations.mass_campaigns", "expectations.lifecycle_segmentation", "expectations.cost_reduction",
        "structure.silo_level", "structure.internal_customer_culture",
        "culture.strategic_partners", "culture.technology", "culture.information_management",
        "infrastructure.data_warehouse", "infrastructure.touchpoint_screens", "infrastructure.business_processes",
        "infrastructure.employee_targets",
        "sensemaking.customer_insight", "sensemaking.personal_change", "sensemaking.social_trends",
        "maturity.data_storage", "maturity.analytics_segmentation", "maturity.campaigns_communication",
        "maturity.complaint_management", "maturity.data_integration", "maturity.reporting",
        "readiness.business_processes.inputs_outputs", "readiness.business_processes.service_delivery",
        "readiness.business_processes.customer_centric_fit",
        "readiness.hr.education", "readiness.hr.task_distribution", "readiness.hr.responsibility",
        "readiness.hr.hr_policy", "readiness.hr.structure", "readiness.hr.mindset",
        "readiness.hr.technology_adoption", "readiness.hr.vision_mission", "readiness.hr.crm_awareness",
        "readiness.it.service_automation", "readiness.it.customer_data", "readiness.it.automation_infrastructure",
        "goal",
        "external.demographic", "external.economic", "external.socio_cultural", "external.political_legal",
        "external.dealers", "external.customer_habits", "external.distance", "external.world_conjuncture",
        "external.sector_stage",
    ]

    @Test func readsExactlyTheAgreedAnswerIDs() {
        #expect(bundledQuestions.answerIDs.sorted() == Self.agreedIDs.sorted())
        #expect(Set(bundledQuestions.answerIDs).count == bundledQuestions.answerIDs.count)
    }

    @Test func everyDimensionHasFourLevelsAndStepsInBothLanguages() {
        #expect(bundledQuestions.dimensions.map(\.id) == [
            "data_storage", "analytics_segmentation", "campaigns_communication", "complaint_management",
            "data_integration", "reporting",
        ])
        for dimension in bundledQuestions.dimensions {
            #expect(dimension.levelDescriptions.count == 4, "\(dimension.id)")
            #expect(dimension.steps.count == 4, "\(dimension.id)")
            for text in dimension.levelDescriptions + dimension.steps + [dimension.title] {
                #expect(!text.en.isEmpty && !text.tr.isEmpty, "\(dimension.id)")
                #expect(text.en != text.tr, "\(dimension.id): '\(text.en)' is not translated")
            }
            #expect(dimension.source == "004")
        }
        #expect(bundledQuestions.levels.map(\.title.tr) == ["Başlangıç", "Orta", "İleri", "Uzmanlık"])
        #expect(bundledQuestions.levels.map(\.title.en) == ["Beginner", "Intermediate", "Advanced", "Expert"])
    }

    @Test func everyRuleNamesAFactWithALabelInBothLanguages() {
        let rules = bundledQuestions.dimensions.compactMap(\.inference)
            + (bundledQuestions.readiness + bundledQuestions.determinants).flatMap(\.items).compactMap(\.inference)
        #expect(rules.count >= 15)
        for condition in rules.flatMap(\.conditions) {
            let label = bundledQuestions.label(condition.fact)
            #expect(label.en != condition.fact.rawValue && !label.tr.isEmpty, "\(condition)")
        }
        for fact in AssessmentFact.allCases {
            #expect(bundledQuestions.factLabels[fact] != nil, "fact \(fact.rawValue) has no label")
        }
    }

    @Test func everyItemCitesASourceArticleThatIsListed() {
        let groups = bundledQuestions.readiness + bundledQuestions.determinants + [bundledQuestions.external]
        for item in groups.flatMap(\.items) {
            #expect(bundledQuestions.sources[item.source] != nil, "\(item.answer): source \(item.source)")
            #expect(!item.title.tr.isEmpty && !item.title.en.isEmpty)
        }
        #expect(Set(bundledQuestions.determinants.flatMap(\.items).map(\.source)) == ["000"])
        #expect(Set(bundledQuestions.readiness.flatMap(\.items).map(\.source)) == ["002"])
        #expect(bundledQuestions.determinants.map(\.id) == ["expectations", "structure", "culture", "infrastructure", "sensemaking"])
        #expect(bundledQuestions.readiness.map(\.id) == ["business_processes", "hr", "it"])
    }

    @Test func silosAreTheBadEndOfTheirScale() {
        let items = bundledQuestions.determinants.flatMap(\.items)
        let worse = items.filter { !$0.higherIsBetter }.map(\.answer)
        #expect(worse.sorted() == ["structure.internal_customer_culture", "structure.silo_level"])
    }

    /// The bundled file's text, read from the source tree.
    static func bundledText() throws -> String {
        try String(contentsOfFile: #filePath.replacingOccurrences(
            of: "Tests/SiloscopeDiagnosisTests/AssessmentQuestionSetTests.swift",
            with: "Sources/SiloscopeDiagnosis/Resources/assessment.yaml"), encoding: .utf8)
    }

    @Test func aConsultantChangesAThresholdInTheDataNotTheCode() throws {
        let model = fixtureModel(systems: fixtureSystems(copies: [.daily, .manual, .none]))
        #expect(fixtureAssess(model).dimension("data_integration")?.level == 1)
        let lenient = try Self.bundledText().replacingOccurrences(of: "2: [\"unsynced_copy_share <= 0.5\"]",
                                                                  with: "2: [\"unsynced_copy_share <= 0.7\"]")
        let set = try AssessmentQuestionSet.parse(text: lenient, file: "lenient.yaml")
        #expect(set.origin == "lenient.yaml")
        let report = fixtureAssess(model, with: set)
        #expect(report.dimension("data_integration")?.level == 2)
        #expect(report.questionSet == "lenient.yaml")
    }

    @Test func aBrokenSetIsRefusedWithEveryProblemAtItsLine() throws {
        let text = try Self.bundledText()
        let broken = text
            .replacingOccurrences(of: "\"copy_count >= 1\"]", with: "\"copy_cuont >= 1\"]")
            .replacingOccurrences(of: "      4: {en: \"Databases are kept in cloud and live environments.\"", with: "      5: {en: \"x\"")
        var caught: DiagnosticsError?
        do { _ = try AssessmentQuestionSet.parse(text: broken, file: "mine.yaml") } catch { caught = error }
        let errors = try #require(caught).errors
        let unknownFact = try #require(errors.first { $0.message.contains("unknown fact 'copy_cuont'") })
        #expect(unknownFact.message.contains("did you mean 'copy_count'"))
        #expect(unknownFact.position != nil)
        #expect(unknownFact.path.hasPrefix("maturity["))
        #expect(errors.contains { $0.message.contains("unknown field '5'") })
        #expect(errors.contains { $0.message.contains("missing level 4") })
    }

    @Test(arguments: [
        ("copy_count >= 1", "copy_count >= 1"),
        ("crm_single_customer_view", "crm_single_customer_view"),
        ("not has_data_warehouse", "not has_data_warehouse"),
        ("realtime_copy_share>=0.5", nil),
        ("realtime_copy_share => 0.5", nil),
        ("copy_count >= many", nil),
        ("not copy_count >= 1", nil),
        ("", nil),
    ] as [(String, String?)])
    func conditionsParse(text: String, normalized: String?) {
        switch FactCondition.parse(text) {
        case .success(let condition): #expect(condition.description == normalized)
        case .failure: #expect(normalized == nil)
        }
    }
}
