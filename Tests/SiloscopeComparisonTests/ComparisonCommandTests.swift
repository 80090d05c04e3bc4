import Foundation
import SiloscopeScenarios
import SiloscopeTestSupport
import Testing

/// Runs the built `siloscope` binary: `compare` and the change views of `render` print,
/// write and exit as documented. Skipped when the binary has not been built next to the
/// tests (`swift build --product siloscope` builds it).
@Suite struct ComparisonCommandTests {
    static let binary = SiloscopeBinary.url

    static let quick = ["--runs", "2", "--cases", "800", "--warmup", "100"]

    /// Runs the binary in the repository root.
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try SiloscopeBinary.run(arguments)
    }

    @Test(.enabled(if: binary != nil))
    func comparesTwoScenarios() throws {
        let result = try run(["compare", "org-models/bank.yaml", "--scenario", "scenarios/bank-crm-under-marketing.yaml",
                              "--scenario", "scenarios/bank-single-customer-record.yaml", "--format", "markdown"] + Self.quick)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("| Metric | Today | CRM Pazarlama GMY'ye bağlı | Tek müşteri kaydı (MOVA) |"))
        #expect(result.out.contains("## Tek müşteri kaydı (MOVA)"))
    }

    @Test(.enabled(if: binary != nil))
    func exitCodes() throws {
        let base = ComparisonFixture.root.appendingPathComponent("org-models/bank.yaml")
        let before = try Data(contentsOf: base)
        let usage = try run(["compare", "org-models/bank.yaml"])
        #expect(usage.status == 64)
        let missing = try run(["compare", "org-models/bank.yaml", "--scenario", "scenarios/nope.yaml"] + Self.quick)
        #expect(missing.status == 2)
        let mismatch = try run(["compare", "org-models/gsm.yaml", "--scenario", "scenarios/bank-crm-under-ceo.yaml"] + Self.quick)
        #expect(mismatch.status == 1)
        #expect(mismatch.err.contains("scenarios/bank-crm-under-ceo.yaml:"))
        #expect(mismatch.err.contains("base:"))
        #expect(try Data(contentsOf: base) == before)
    }

    static let shippedScenarios: [String] = {
        let directory = ComparisonFixture.root.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// Every shipped scenario draws its before, after and diff pictures. The before
    /// picture of bank-customer-centric-kpis once never finished (Graphviz's neato router
    /// looping on a port at a double-outlined node), and parallel edges corrupted the heap.
    @Test(.enabled(if: binary != nil), arguments: shippedScenarios)
    func everyShippedScenarioDraws(_ scenario: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-draw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let loaded = try ScenarioLoader.load(path: ComparisonFixture.root.appendingPathComponent("scenarios/\(scenario)").path)
        let model = try #require(loaded.resolvedBasePath, "\(scenario) names no base model")
        for view in ["before-after", "diff"] {
            let output = directory.appendingPathComponent("\(view).svg")
            let result = try run(["render", model, "--scenario", "scenarios/\(scenario)", "--view", view,
                                  "--friction", "none", "-o", output.path])
            #expect(result.status == 0, "\(scenario) \(view): \(result.err)")
        }
        for name in ["before-after-before.svg", "before-after-after.svg", "diff.svg"] {
            let svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(svg.contains("</svg>"), "\(scenario) \(name)")
            #expect(!svg.contains("<title>%"), "\(scenario) \(name): a node lost its name")
        }
    }

    @Test(.enabled(if: binary != nil))
    func rendersBeforeAfterAndJourney() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pair = try run(["render", "org-models/bank.yaml", "--scenario", "scenarios/bank-merge-reporting-teams.yaml",
                            "--view", "before-after", "-o", directory.appendingPathComponent("merge.svg").path] + Self.quick)
        #expect(pair.status == 0, "\(pair.err)")
        for name in ["merge-before.svg", "merge-after.svg"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), "\(name)")
        }
        let journey = try run(["render", "org-models/bank.yaml", "--view", "journey", "--case-type", "ekstre_yanlis_adres",
                               "-o", directory.appendingPathComponent("journey.svg").path] + Self.quick)
        #expect(journey.status == 0, "\(journey.err)")
        let noScenario = try run(["render", "org-models/bank.yaml", "--view", "diff", "-o", "x.svg"])
        #expect(noScenario.status == 64)
        let badCase = try run(["render", "org-models/bank.yaml", "--view", "journey", "--case-type", "nope",
                               "-o", directory.appendingPathComponent("j.svg").path] + Self.quick)
        #expect(badCase.status == 1)
        #expect(badCase.err.contains("unknown case type 'nope'"))
    }
}
