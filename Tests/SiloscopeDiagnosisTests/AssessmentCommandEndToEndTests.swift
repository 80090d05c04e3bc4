import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeDiagnosis

/// The shipped example models assess cleanly, and the built `siloscope assess` prints,
/// writes and exits as documented. The binary tests are skipped when `siloscope` has not
/// been built next to the tests (`swift build --product siloscope` or `make test`).
@Suite struct AssessmentCommandEndToEndTests {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let binary = SiloscopeBinary.url

    static let examples = ["bank", "gsm", "ecommerce", "salon"]

    @Test(arguments: examples)
    func shippedModelsAssessWithoutErrors(name: String) throws {
        let path = Self.root.appendingPathComponent("org-models/\(name).yaml").path
        let report = Assessment.assess(try ModelLoader.load(path: path), questionSet: bundledQuestions)
        #expect(!report.findings.hasErrors, "\(report.findings)")
        #expect(report.maturity.overall.level != nil)
        #expect(report.maturity.dimensions.allSatisfy { $0.level != nil })
        // The example models answer almost everything; what is left is listed.
        #expect(report.unknowns.count < 10)
        let table = try report.rendered(as: .table, language: .tr)
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func theBankIsAsMatureAsItsWeakestDimension() throws {
        let path = Self.root.appendingPathComponent("org-models/bank.yaml").path
        let report = Assessment.assess(try ModelLoader.load(path: path), questionSet: bundledQuestions)
        #expect(report.maturity.overall.level == 1)
        #expect(report.dimension("data_integration")?.inferred == 1)
        #expect(report.item(answerID: "structure.silo_level")?.inferred == 4)
        #expect(report.lifecycleFocus.stages.map(\.id) == ["retention"])
    }

    /// Runs the binary in the repository root.
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try SiloscopeBinary.run(arguments)
    }

    @Test(.enabled(if: binary != nil))
    func printsTheBankInEveryFormatAndLanguage() throws {
        let table = try run(["assess", "org-models/bank.yaml"])
        #expect(table.status == 0, "\(table.err)")
        #expect(table.out.contains("CRM MATURITY (article 004)"))
        #expect(table.out.contains("answer maturity.data_integration = 1 (line "))
        #expect(table.out.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let turkish = try run(["assess", "org-models/bank.yaml", "--lang", "tr", "--format", "markdown", "--brief"])
        #expect(turkish.status == 0)
        #expect(turkish.out.contains("## CRM olgunluk seviyesi (makale 004)"))
        #expect(turkish.out.contains("Başlangıç"))
        let json = try run(["assess", "org-models/bank.yaml", "--format", "json"])
        #expect(json.status == 0)
        let report = try AssessmentReport.decode(json: Data(json.out.utf8))
        #expect(report.file == "org-models/bank.yaml")
        #expect(report.maturity.dimensions.count == 6)
    }

    @Test(.enabled(if: binary != nil))
    func badAnswersExitOneWithTheirLineAndStillReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-assess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("bad.yaml")
        try fixtureYAML(assessment: ["maturity.reporting: 7", "goal: retention"]).write(to: model, atomically: true, encoding: .utf8)
        let bad = try run(["assess", model.path])
        #expect(bad.status == 1)
        #expect(bad.err.contains("bad.yaml:16:"))
        #expect(bad.err.contains("assessment.maturity.reporting: expected a maturity level 1–4"))
        #expect(bad.out.contains("FINDINGS"))
        let output = directory.appendingPathComponent("out.md").path
        let written = try run(["assess", "org-models/bank.yaml", "--format", "markdown", "-o", output])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# CRM assessment: Anadolu"))
    }

    @Test(.enabled(if: binary != nil))
    func ioAndUsageErrorsExitWithTheDocumentedCodes() throws {
        #expect(try run(["assess", "org-models/no-such-model.yaml"]).status == 2)
        #expect(try run(["assess", "org-models/bank.yaml", "--questions", "no-such-set.yaml"]).status == 2)
        #expect(try run(["assess", "org-models/bank.yaml", "--format", "xml"]).status == 64)
        #expect(try run(["assess", "org-models/bank.yaml", "--width", "30"]).status == 64)
        let overwrite = try run(["assess", "org-models/bank.yaml", "-o", "org-models/bank.yaml"])
        #expect(overwrite.status == 2)
    }
}
