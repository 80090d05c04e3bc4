import Testing
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// Answers out of range or of the wrong type are errors at their line and are not used;
/// unknown ids are warnings; missing answers are listed, never defaulted.
@Suite struct AssessmentAnswerTests {
    @Test(arguments: [
        ("maturity.data_storage: 7", "expected a maturity level 1–4"),
        ("maturity.data_storage: 0", "expected a maturity level 1–4"),
        ("maturity.data_storage: 2.5", "expected a maturity level 1–4"),
        ("maturity.data_storage: yes", "expected a maturity level 1–4"),
        ("readiness.hr.education: 5", "expected a score from 0 to 4"),
        ("readiness.hr.education: -1", "expected a score from 0 to 4"),
        ("readiness.hr.education: high", "found 'high'"),
        ("external.sector_stage: matur", "did you mean 'mature'?"),
        ("goal: growth", "expected one of acquisition, retention, deepening"),
    ])
    func outOfRangeAnswersAreErrorsAtTheirLine(answer: String, message: String) throws {
        let report = try fixtureAssess(yaml: fixtureYAML(assessment: ["culture.technology: 2", answer]))
        let id = String(answer.prefix { $0 != ":" })
        let finding = try #require(report.findings.first { $0.path == "assessment.\(id)" })
        #expect(finding.severity == .error)
        #expect(finding.message.contains(message), "\(finding.message)")
        // The answer is the second line under `assessment:` (line 15 of the file).
        #expect(finding.position?.line == 17)
        #expect(finding.description.hasPrefix("bank.yaml:17:"))
        #expect(!report.unanswered.isEmpty)
        #expect(report.unanswered.contains(id))
    }

    @Test func anUnusableAnswerFallsBackToTheModel() throws {
        let report = try fixtureAssess(yaml: fixtureYAML(assessment: ["maturity.data_integration: 9"]))
        let integration = try #require(report.dimension("data_integration"))
        #expect(integration.status == .inferred)
        #expect(integration.level == 1)
        #expect(report.findings.first?.severity == .error)
    }

    @Test func unknownIDsAreWarningsWithASuggestion() throws {
        let report = try fixtureAssess(yaml: fixtureYAML(assessment: ["maturity.data_storag: 2"]))
        let finding = try #require(report.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.path == "assessment.maturity.data_storag")
        #expect(finding.message.contains("did you mean 'maturity.data_storage'?"))
        #expect(finding.position?.line == 16)
    }

    @Test func nestedAndFlatAnswersAreTheSameQuestion() throws {
        let report = try fixtureAssess(yaml: fixtureYAML(assessment: ["maturity:", "  data_storage: 2", "readiness.hr.mindset: 1"]))
        #expect(report.dimension("data_storage")?.level == 2)
        #expect(report.dimension("data_storage")?.evidence.first?.line == 17)
        #expect(report.item(answerID: "readiness.hr.mindset")?.score == 1)
        #expect(report.findings.isEmpty)
    }

    @Test func missingAnswersAreListedAndNeverDefaulted() throws {
        let report = fixtureAssess(fixtureModel())
        #expect(report.item(answerID: "readiness.hr.education")?.status == .unknown)
        #expect(report.item(answerID: "readiness.hr.education")?.score == nil)
        #expect(report.unknowns.contains("readiness.hr.education"))
        #expect(report.unknowns.contains("sensemaking.social_trends"))
        #expect(report.unknowns.contains("external.world_conjuncture"))
        #expect(report.unanswered.contains("goal"))
        #expect(!report.unknowns.contains("goal"))
        let hr = try #require(report.readiness.groups.first { $0.id == "hr" })
        #expect(hr.status == .unknown)
        #expect(hr.score == nil)
    }

    @Test func answeringEverythingLeavesNothingUnknown() {
        var answers: [String: AnswerValue] = [:]
        for id in bundledQuestions.answerIDs {
            answers[id] = id.hasPrefix("maturity.") ? .number(2) : .number(2)
        }
        answers["goal"] = .text("derinleştirme")
        answers["external.sector_stage"] = .text("Mature")
        let report = fixtureAssess(fixtureModel(answers: answers))
        #expect(report.unknowns.isEmpty)
        #expect(report.unanswered.isEmpty)
        #expect(report.findings.filter { $0.severity == .error }.isEmpty)
        #expect(report.lifecycleFocus.stages.map(\.id) == ["deepening"])
        #expect(report.item(answerID: "external.sector_stage")?.note == "mature")
        #expect(report.determinants.allSatisfy { $0.status == .known })
    }

    @Test(arguments: [
        (AnswerValue.bool(true), 4.0), (.bool(false), 0), (.text("evet"), 4), (.text("3"), 3), (.number(2.5), 2.5),
    ])
    func yesNoAndNumbersInTextAreScores(value: AnswerValue, score: Double) {
        let report = fixtureAssess(fixtureModel(answers: ["culture.strategic_partners": value]))
        #expect(report.item(answerID: "culture.strategic_partners")?.score == score)
    }

    @Test func externalParametersTakeANote() {
        let report = fixtureAssess(fixtureModel(answers: ["external.economic": .text("yüksek enflasyon")]))
        let economic = report.item(answerID: "external.economic")
        #expect(economic?.status == .known)
        #expect(economic?.note == "yüksek enflasyon")
        #expect(economic?.score == nil)
    }

    @Test func lifecycleFocusFollowsTheOrganizationWithoutAGoal() {
        let established = fixtureAssess(fixtureModel(lifecycle: .established)).lifecycleFocus
        #expect(established.basis == .organizationLifecycle)
        #expect(established.stages.map(\.id) == ["retention", "deepening"])
        #expect(established.reason.tr.contains("koruma ve derinleştirme"))
        let new = fixtureAssess(fixtureModel(lifecycle: .new)).lifecycleFocus
        #expect(new.stages.map(\.id) == ["acquisition_selection"])
    }

    @Test func aGoalAgainstTheLifecycleIsAFinding() throws {
        let report = try fixtureAssess(yaml: fixtureYAML(assessment: ["goal: acquisition"]))
        #expect(report.lifecycleFocus.basis == .answer)
        #expect(report.lifecycleFocus.stages.map(\.id) == ["acquisition_selection"])
        let finding = try #require(report.findings.first { $0.path == "assessment.goal" })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("established"))
        let fitting = try fixtureAssess(yaml: fixtureYAML(assessment: ["goal: edinme"], lifecycle: "new"))
        #expect(fitting.findings.isEmpty)
        #expect(fitting.lifecycleFocus.stages.map(\.id) == ["acquisition_selection"])
    }
}
