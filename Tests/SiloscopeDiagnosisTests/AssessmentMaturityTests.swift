import Testing
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// Maturity levels from answers and from models built in code, and the overall level.
@Suite struct AssessmentMaturityTests {
    @Test func levelsComeFromAnswersWhenGiven() throws {
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.none]), answers: [
            "maturity.data_storage": .number(3), "maturity.reporting": .text("Orta"), "maturity.data_integration": .text("expert"),
        ]))
        let storage = try #require(report.dimension("data_storage"))
        #expect(storage.status == .known)
        #expect(storage.level == 3)
        #expect(storage.levelName?.tr == "İleri")
        #expect(storage.evidence.first?.kind == .answer)
        #expect(report.dimension("reporting")?.level == 2)
        #expect(report.dimension("data_integration")?.level == 4)
    }

    @Test func copiesNeverSyncedMakeDataIntegrationBeginner() throws {
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.none, .none, .manual]), crm: [.singleCustomerView]))
        let integration = try #require(report.dimension("data_integration"))
        #expect(integration.status == .inferred)
        #expect(integration.level == 1)
        #expect(integration.nextLevel == 2)
        #expect(integration.evidence.contains { $0.fact == .unsyncedCopyShare && $0.holds == false })
        #expect(integration.nextSteps.contains { $0.en.contains("share of copies synced manually or never: 100% (3/3)") })
    }

    @Test func realtimeCopiesAndASingleCustomerViewRaiseDataIntegration() throws {
        let daily = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.daily, .daily])))
        let realtime = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.realtime, .realtime]), crm: [.singleCustomerView]))
        #expect(daily.dimension("data_integration")?.level == 2)
        #expect(realtime.dimension("data_integration")?.level == 4)
        #expect(realtime.dimension("data_integration")?.nextLevel == nil)
    }

    @Test func withoutCopiesDataIntegrationIsUnknownNotDefaulted() throws {
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [])))
        let integration = try #require(report.dimension("data_integration"))
        #expect(integration.status == .unknown)
        #expect(integration.level == nil)
        #expect(report.unknowns.contains("maturity.data_integration"))
        #expect(integration.evidence.contains { $0.condition == "copy_count >= 1" && $0.holds == false })
    }

    @Test func analyticsCannotBeInferredAsExpert() throws {
        let warehouse = DataSystem(id: "dwh", name: "Veri ambarı", kind: .dataWarehouse, holds: ["address"])
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.realtime]) + [warehouse], crm: [.segmentationAnalytics]))
        let analytics = try #require(report.dimension("analytics_segmentation"))
        #expect(analytics.level == 3)
        #expect(analytics.inferredUpperBound == 4)
        // An Expert answer is then not a disagreement: the model cannot show predictive models.
        let answered = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.realtime]) + [warehouse], crm: [.segmentationAnalytics],
                                    answers: ["maturity.analytics_segmentation": .number(4)]))
        #expect(answered.dimension("analytics_segmentation")?.level == 4)
        #expect(!answered.findings.contains { $0.path == "assessment.maturity.analytics_segmentation" })
    }

    @Test func anAnswerTheModelContradictsIsUsedAndReported() throws {
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.none, .none]),
                                  answers: ["maturity.data_integration": .number(4)]))
        #expect(report.dimension("data_integration")?.level == 4)
        #expect(report.dimension("data_integration")?.inferred == 1)
        let finding = try #require(report.findings.first { $0.path == "assessment.maturity.data_integration" })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("answered 4 (Expert) but the model shows 1 (Beginner)"))
        #expect(finding.message.contains("share of copies synced manually or never: 100% (2/2)"))
    }

    @Test func overallIsTheWeakestDimension() throws {
        let report = fixtureAssess(fixtureModel(answers: [
            "maturity.data_storage": .number(3), "maturity.analytics_segmentation": .number(2),
            "maturity.campaigns_communication": .number(4), "maturity.complaint_management": .number(3),
            "maturity.data_integration": .number(1), "maturity.reporting": .number(3),
        ]))
        let overall = report.maturity.overall
        #expect(overall.rule == .minimum)
        #expect(overall.level == 1)
        #expect(overall.median == 3)
        #expect(overall.weakest == ["data_integration"])
        #expect(overall.assessedDimensions == 6)
    }

    @Test func unknownDimensionsAreNamedInTheOverallReason() {
        let report = fixtureAssess(fixtureModel(answers: ["maturity.data_storage": .number(3)]))
        let overall = report.maturity.overall
        #expect(overall.level == 3)
        #expect(overall.assessedDimensions < 6)
        #expect(overall.reason.en.contains("can only be lower than shown"))
        #expect(overall.reason.tr.contains("bilinmiyor"))
    }

    @Test func theMedianRuleComesFromTheDataFile() {
        var set = bundledQuestions
        set.overallRule = .median
        let report = fixtureAssess(fixtureModel(answers: [
            "maturity.data_storage": .number(1), "maturity.analytics_segmentation": .number(2),
            "maturity.campaigns_communication": .number(3), "maturity.complaint_management": .number(4),
        ]), with: set)
        #expect(report.maturity.overall.median == 2.5)
        #expect(report.maturity.overall.level == 2)
    }
}
