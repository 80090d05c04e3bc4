import Foundation
import SiloscopeModel
import SiloscopeScenarios
import Testing

@testable import SiloscopeComparison

@Suite("Bad scenarios stop a comparison at the scenario file's line")
struct ComparisonErrorTests {
    /// Writes a scenario on the bank model (base given as an absolute path) and returns it.
    static func write(_ changes: String, name: String) throws -> (path: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = """
            siloscope_scenario: 1
            name: \(name)
            base: \(ComparisonFixture.path("org-models/bank.yaml"))
            changes:
            \(changes)
            """
        let path = directory.appendingPathComponent("\(name).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, directory)
    }

    /// Runs a comparison expected to fail on a scenario and returns its diagnostics.
    static func failure(_ scenario: Scenario, base: LoadedModel) throws -> [Diagnostic] {
        do {
            _ = try Comparison.run(base: base, scenarios: [scenario], options: ComparisonFixture.options)
        } catch {
            guard case .scenario(let file, let diagnostics) = error else {
                Issue.record("expected a scenario error, got \(error)")
                return []
            }
            #expect(file == scenario.file)
            return diagnostics.errors
        }
        Issue.record("the comparison ran")
        return []
    }

    @Test("a move under the unit's own descendant, at the change's line")
    func moveUnderDescendant() throws {
        let bankFile = ComparisonFixture.path("org-models/bank.yaml")
        let original = try Data(contentsOf: URL(fileURLWithPath: bankFile))
        let (path, directory) = try Self.write("  - move: {unit: gmy_bt, to: crm_ekibi}", name: "cycle")
        defer { try? FileManager.default.removeItem(at: directory) }
        let diagnostics = try Self.failure(ScenarioLoader.load(path: path), base: ComparisonFixture.bank())
        let error = try #require(diagnostics.first)
        #expect(error.file == path)
        #expect(error.position?.line == 5)
        #expect(error.description.contains("\(path):5:"))
        #expect(error.message.contains("reporting cycle"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: bankFile)) == original, "the base model file is never modified")
    }

    @Test("a merge of a unit that does not exist, at its list item")
    func mergeUnknownUnit() throws {
        let (path, directory) = try Self.write(
            "  - merge:\n      units: [kart_raporlma, cm_raporlama]\n      into: merkez", name: "unknown")
        defer { try? FileManager.default.removeItem(at: directory) }
        let diagnostics = try Self.failure(ScenarioLoader.load(path: path), base: ComparisonFixture.bank())
        let error = try #require(diagnostics.first)
        #expect(error.position?.line == 6)
        #expect(error.message.contains("kart_raporlma") && error.message.contains("kart_raporlama"))
    }

    @Test("a scenario written for a different base model, at its base: line")
    func differentBase() throws {
        let gsm = try ModelLoader.load(path: ComparisonFixture.path("org-models/gsm.yaml"))
        let scenario = try ComparisonFixture.scenario("bank-crm-under-ceo")
        let diagnostics = try Self.failure(scenario, base: gsm)
        let error = try #require(diagnostics.first)
        #expect(error.path == "base")
        #expect(error.position?.line != nil)
        #expect(error.description.hasPrefix(scenario.file + ":"))
        #expect(error.message.contains("bank.yaml") && error.message.contains("gsm.yaml"))
    }
}
