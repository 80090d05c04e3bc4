import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// Applying a whole scenario: the base check, validation of the result, the base left
/// untouched.
@Suite struct ScenarioApplyTests {
    @Test func aDifferentBaseModelIsAnErrorAtTheBaseLine() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let otherPath = fixture.directory.appendingPathComponent("models/other.yaml").path
        try ScenarioFixture.baseModel.write(toFile: otherPath, atomically: true, encoding: .utf8)
        let scenario = try ScenarioLoader.load(path: fixture.writeScenario("- move_crm: {to: ceo}"))
        let other = try ModelLoader.load(path: otherPath)
        do {
            _ = try scenario.apply(to: other)
            Issue.record("expected a base mismatch")
        } catch {
            let diagnostic = try #require(error.errors.first)
            #expect(diagnostic.position?.line == 3)
            #expect(diagnostic.path == "base")
            #expect(diagnostic.file == scenario.file)
            #expect(diagnostic.message.contains("this scenario is written for '../models/base.yaml'"))
            #expect(diagnostic.message.contains("other.yaml"))
        }
    }

    @Test func theSameBaseSpelledDifferentlyIsAccepted() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let scenario = try ScenarioLoader.load(path: fixture.writeScenario("- move_crm: {to: ceo}"))
        let spelled = fixture.directory.appendingPathComponent("scenarios/../models/./base.yaml").path
        let applied = try scenario.apply(to: ModelLoader.load(path: spelled))
        #expect(applied.model.unit("crm")?.parent == "ceo")
    }

    @Test func theBaseModelAndItsFileAreNeverModified() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.basePath))
        let base = try fixture.base()
        let scenario = try ScenarioLoader.load(path: fixture.writeScenario("""
            - merge: {units: [rep_ops, rep_fin], into: rep_hub}
            - move_crm: {to: marketing}
            - retire: {system: fin_excel}
            - split: {unit: call_center, into: [{id: a, staff: 50}, {id: b, staff: 50}]}
            """))
        let applied = try scenario.apply(to: base)
        #expect(applied.base == base.model)
        #expect(applied.model != base.model)
        #expect(try ModelLoader.load(path: fixture.basePath).model == base.model)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.basePath)) == before)
    }

    @Test func everyErrorIsReportedAndLaterChangesStillChecked() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let errors = try fixture.errors("""
            - move: {unit: it, to: crm}
            - retire: {system: core}
            - merge: {units: [rep_ops, nobody], into: x}
            """)
        #expect(errors.map { $0.position?.line } == [5, 6, 7])
    }

    @Test func theResultPassesModelValidation() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("""
            - merge: {units: [rep_ops, rep_fin], into: {id: rep_hub, parent: finance}}
            - split: {unit: call_center, into: [{id: cc_a, staff: 60}, {id: cc_b, staff: 40}]}
            - source_of_truth: {system: crm_db}
            - single_customer_record: {system: crm_db, campaigns: true, reporting: true}
            - retire: {system: screen}
            """)
        let findings = applied.model.validate(sources: ModelSourceMap(file: "result"))
        #expect(!findings.hasErrors, "\(findings)")
        #expect(applied.summaryLines.count == 5)
        #expect(applied.summaryLines[0].hasPrefix("line 5: merge: merged 'rep_ops', 'rep_fin' into 'rep_hub'"))
    }

    @Test func warningsIntroducedByAChangeAreReportedAtItsLine() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let applied = try fixture.apply("- set_unit: {unit: cards, case_handlers: 50}")
        #expect(applied.warnings.count == 1)
        #expect(applied.warnings.first?.severity == .warning)
        #expect(applied.warnings.first?.position?.line == 5)
        #expect(applied.warnings.first?.message.contains("50 case handlers but only 20 staff") == true)
    }

    @Test func aModelBuiltInCodeSkipsTheBaseCheck() throws {
        let model = OrgModel(organization: OrganizationInfo(name: "x"), units: [
            SiloscopeModel.Unit(id: "ceo", name: "CEO", kind: .executive),
            SiloscopeModel.Unit(id: "a", name: "A", parent: "ceo"),
            SiloscopeModel.Unit(id: "b", name: "B", parent: "ceo"),
        ])
        let scenario = Scenario(file: "s.yaml", name: "s", base: "elsewhere.yaml",
                                changes: [ScenarioChange(action: .move(unit: "b", to: "a"))])
        let applied = try scenario.apply(to: model)
        #expect(applied.model.unit("b")?.parent == "a")
        #expect(throws: DiagnosticsError.self) { try scenario.checkBase(modelFile: "/tmp/other.yaml") }
    }
}

/// Scenarios built in code get the same checks as files.
@Suite struct ScenarioBuiltInCodeTests {
    private let model = OrgModel(organization: OrganizationInfo(name: "x"), units: [
        SiloscopeModel.Unit(id: "ceo", name: "CEO", kind: .executive),
        SiloscopeModel.Unit(id: "a", name: "A", parent: "ceo"),
    ])

    @Test(arguments: [
        ChangeAction.move(unit: "", to: "a"),
        .merge(units: ["a"], into: MergedUnit(id: "b")),
        .split(unit: "a", into: [SplitPart(id: "b", staff: 1)]),
        .addUnit(SiloscopeModel.Unit(id: "", name: "", parent: "ceo")),
    ])
    func incompleteChangesAreErrorsNotNoOps(action: ChangeAction) {
        let scenario = Scenario(file: "s.yaml", name: "s", changes: [ScenarioChange(action: action)])
        #expect(throws: DiagnosticsError.self) { try scenario.apply(to: model) }
    }
}
