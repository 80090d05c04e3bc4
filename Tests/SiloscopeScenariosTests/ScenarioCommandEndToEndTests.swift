import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing

/// Runs the built `siloscope` binary: `siloscope scenario apply` prints, writes, refuses
/// and exits as documented. Skipped when the binary has not been built next to the tests
/// (`swift build --product siloscope` or `make test` builds it).
@Suite struct ScenarioCommandEndToEndTests {
    static let binary = SiloscopeBinary.url

    /// Runs the binary in the repository root.
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try SiloscopeBinary.run(arguments)
    }

    @Test(.enabled(if: binary != nil))
    func appliesPrintsAndWritesAValidModel() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.yaml").path
        let result = try run(["scenario", "apply", "org-models/bank.yaml",
                              "--scenario", "scenarios/bank-merge-reporting-teams.yaml", "-o", output])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("merge: merged 'bireysel_raporlama'"))
        #expect(result.out.contains("wrote \(output)"))
        let written = try ModelLoader.load(path: output)
        #expect(written.model.units.first { $0.id == "merkezi_raporlama" }?.staff == 36)
    }

    @Test(.enabled(if: binary != nil))
    func errorsExitWithTheDocumentedCodes() throws {
        let base = ShippedScenarioTests.root.appendingPathComponent("org-models/bank.yaml")
        let before = try Data(contentsOf: base)
        let mismatch = try run(["scenario", "apply", "org-models/gsm.yaml", "--scenario", "scenarios/bank-crm-under-ceo.yaml"])
        #expect(mismatch.status == 1)
        #expect(mismatch.err.contains("scenarios/bank-crm-under-ceo.yaml:"))
        #expect(mismatch.err.contains("this scenario is written for"))
        let overwrite = try run(["scenario", "apply", "org-models/bank.yaml", "--scenario", "scenarios/bank-crm-under-ceo.yaml",
                                 "-o", "org-models/bank.yaml"])
        #expect(overwrite.status == 2)
        #expect(overwrite.err.contains("refusing to overwrite"))
        let missing = try run(["scenario", "apply", "org-models/bank.yaml", "--scenario", "scenarios/no-such-file.yaml"])
        #expect(missing.status == 2)
        let usage = try run(["scenario", "apply", "org-models/bank.yaml"])
        #expect(usage.status == 64)
        #expect(try Data(contentsOf: base) == before, "the base model file is never modified")
    }
}
