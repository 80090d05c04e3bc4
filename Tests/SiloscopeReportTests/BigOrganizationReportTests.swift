import Foundation
import SiloscopeModel
import SiloscopeScenarios
import Testing

@testable import SiloscopeReport

/// The report of an organization of 3,000 units draws its diagrams collapsed, as
/// `siloscope render` does, and says so under each one; every unit the scenario changes
/// is drawn.
@Suite struct BigOrganizationReportTests {
    /// 3,000 units under 12 divisions, a handoff every tenth unit, one complaint type, and
    /// a scenario that moves a deep unit (u2900, under u501) to division u5.
    static func files() throws -> (model: String, scenario: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-big-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var text = "siloscope: 1\norganization: {name: \"Büyük Şirket\"}\nunits:\n  - {id: u0, name: \"Genel Müdür\", kind: executive, staff: 1}\n"
        for i in 1..<3_000 {
            let parent = i <= 12 ? 0 : 1 + (i * 7) % min(i - 1, 600)
            text += "  - {id: u\(i), name: \"Birim \(i)\", parent: u\(parent), staff: \(3 + i % 20), handling_minutes: 8}\n"
        }
        text += "handoffs:\n"
        for i in stride(from: 20, to: 3_000, by: 10) { text += "  - {from: u\(i), to: u\(i - 7), channel: ticket}\n" }
        text += """
            touchpoints:
              - {id: phone, name: Çağrı hattı, channel: phone, unit: u13}
            case_types:
              - {id: complaint, name: Şikâyet, kind: complaint, owner: u2900, handling_minutes: 10, arrivals: [{touchpoint: phone, per_hour: 5}]}

            """
        let model = directory.appendingPathComponent("big.yaml")
        try text.write(to: model, atomically: true, encoding: .utf8)
        let scenario = directory.appendingPathComponent("move.yaml")
        try """
            siloscope_scenario: 1
            name: "Derin birim taşınır"
            base: big.yaml
            changes:
              - move: {unit: u2900, to: u5}

            """.write(to: scenario, atomically: true, encoding: .utf8)
        return (model.path, scenario.path, directory)
    }

    @Test func diagramsAreCollapsedAndTheReportSaysSo() throws {
        let (model, scenario, directory) = try Self.files()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = ReportFixture.options
        options.runs = 2
        options.cases = 500
        let report = try WorkshopReport.build(try ModelLoader.load(path: model), scenarios: [try ScenarioLoader.load(path: scenario)],
                                              options: options)
        let page = try report.html(language: .en)
        #expect(page.contains("of 3,000 units drawn, collapsed automatically to stay legible; a box marked"))
        #expect(page.contains("units drawn, collapsed automatically to stay legible; every changed unit is drawn"))
        #expect(page.contains("--view before-after --scenario SCENARIO"))
        // Each inline diagram holds at most the limit plus what must stay (the moved unit,
        // its managers, the ends of friction), never the 3,000 units.
        let figures = page.components(separatedBy: "<figure").dropFirst()
        #expect(figures.count >= 4)
        for figure in figures {
            #expect(figure.components(separatedBy: "class=\"node\"").count - 1 < 250)
        }
        #expect(page.contains("moved from under Birim 501"))
        let turkish = try report.html(language: .tr)
        #expect(turkish.contains("3.000 birimin") && turkish.contains("değişen her birim çizildi"))
    }
}
