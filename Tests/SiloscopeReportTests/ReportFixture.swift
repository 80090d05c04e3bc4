import Foundation
import SiloscopeModel
import SiloscopeReport
import SiloscopeScenarios

/// The small salon model of the repository with hostile names (markup, quotes, `&`,
/// Turkish letters) written into a temporary directory, with a scenario beside it, and
/// the report built once for every test that only reads it.
enum ReportFixture {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A unit name no page may show unescaped.
    static let hostileUnit = "<script>alert(\"ş\")</script> & 'Ayşe'"
    /// An organization name with markup and an entity.
    static let hostileOrganization = "Makas <b>Kuaför</b> & Co \"İğdır\""
    /// A scenario name with markup.
    static let hostileScenario = "<img src=x onerror=alert(1)> Resepsiyon güçlenir"

    /// Small runs: the tests check the page, not the statistics.
    static var options: ReportOptions {
        var options = ReportOptions()
        options.runs = 3
        options.cases = 1_500
        options.warmupCases = 200
        options.robustnessSamples = 0
        options.date = Date(timeIntervalSince1970: 1_790_000_000)
        return options
    }

    /// The directory holding `salon.yaml` and `scenario.yaml`.
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("siloscope-report-fixture-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// Writes the fixture files and returns the model's path and the scenario's path.
    static func write() throws -> (model: String, scenario: String) {
        let source = try String(contentsOf: root.appendingPathComponent("org-models/salon.yaml"), encoding: .utf8)
        let hostile = source
            .replacingOccurrences(of: "name: Salon sahibi (Ayşe Hanım)", with: "name: \(yamlQuoted(hostileUnit))")
            .replacingOccurrences(of: "name: Makas Kuaför\n", with: "name: \(yamlQuoted(hostileOrganization))\n")
        let model = directory.appendingPathComponent("salon.yaml")
        try hostile.write(to: model, atomically: true, encoding: .utf8)
        let scenario = directory.appendingPathComponent("scenario.yaml")
        try """
            siloscope_scenario: 1
            name: \(yamlQuoted(hostileScenario))
            description: "The receptionist gets a second person & the 'card box' <moves>."
            base: salon.yaml
            changes:
              - set_unit: {unit: resepsiyon, staff: 2}
              - move_crm: {to: salon_sahibi}

            """.write(to: scenario, atomically: true, encoding: .utf8)
        return (model.path, scenario.path)
    }

    /// The report of the fixture with its scenario, built once.
    static let report: Result<WorkshopReport, any Error> = Result {
        let paths = try write()
        let loaded = try ModelLoader.load(path: paths.model)
        let scenario = try ScenarioLoader.load(path: paths.scenario)
        return try WorkshopReport.build(loaded, scenarios: [scenario], options: options)
    }

    /// The page in both languages, rendered once.
    static let pages: Result<(en: String, tr: String), any Error> = Result {
        let built = try report.get()
        return (try built.html(language: .en), try built.html(language: .tr))
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
