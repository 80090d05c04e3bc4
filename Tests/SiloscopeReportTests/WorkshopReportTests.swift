import Foundation
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeScenarios
import Testing

@testable import SiloscopeReport

/// The whole page, built from the salon model with hostile names and one scenario, in
/// English and Turkish.
@Suite struct WorkshopReportTests {
    static let languages: [Language] = [.en, .tr]

    func page(_ language: Language) throws -> String {
        let pages = try ReportFixture.pages.get()
        return language == .en ? pages.en : pages.tr
    }

    @Test(arguments: languages)
    func isOneSelfContainedPage(_ language: Language) throws {
        let html = try page(language)
        let inspector = HTMLInspector(html: html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(inspector.resourceReferences.isEmpty, "\(inspector.resourceReferences)")
        #expect(!html.contains("http://") && !html.contains("https://"), "no URL at all in this fixture's page")
        #expect(inspector.balanceProblems.isEmpty, "\(inspector.balanceProblems.prefix(5))")
    }

    @Test(arguments: languages)
    func svgsAreBalancedAndInline(_ language: Language) throws {
        let html = try page(language)
        let opened = html.components(separatedBy: "<svg ").count - 1
        let closed = html.components(separatedBy: "</svg>").count - 1
        #expect(opened == closed)
        // Org chart, heatmap, 3 before/after pictures, and the charts drawn by the report.
        #expect(opened >= 10, "\(opened) SVGs")
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"), "Graphviz's prolog is stripped")
        let ids = HTMLInspector(html: html).tags.flatMap { $0.attributes }.filter { $0.name == "id" }.map(\.value)
        #expect(Set(ids).count == ids.count, "element ids are unique across the inlined diagrams")
    }

    @Test(arguments: languages)
    func hostileNamesAreEscaped(_ language: Language) throws {
        let html = try page(language)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Kuaför</b>"))
        #expect(!html.contains("<img src=x"), "the scenario's name stays text")
        #expect(html.contains("&lt;script&gt;alert(&quot;ş&quot;)&lt;/script&gt; &amp; &#39;Ayşe&#39;"), "in tables and titles")
        #expect(html.contains("Makas &lt;b&gt;Kuaför&lt;/b&gt; &amp; Co &quot;İğdır&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; Resepsiyon güçlenir"))
    }

    @Test func turkishPageIsTurkish() throws {
        let html = try page(.tr)
        for label in ["Yönetici özeti", "Organizasyon", "Değerlendirme", "Sürtünme teşhisi", "Sözlük",
                      "Yöntem ve varsayımlar", "Senaryolar ve bugünkü durum", "Silo Sürtünme Endeksi",
                      "Ortak rastgele sayılar", "İlk temasta çözüm", "çalışan emeği"] {
            #expect(html.contains(label), "missing Turkish label '\(label)'")
        }
        for english in ["Executive summary", "Glossary", "Friction diagnosis", "Resolution time per case", " staff</text>",
                        "What changed", "reports to (manager above)", "moved from under", "min per case", "hands work to"] {
            #expect(!html.contains(english), "English left in the Turkish page: '\(english)'")
        }
        #expect(html.contains("kişi"), "unit labels in the diagrams are Turkish")
        #expect(html.contains("Ne değişti"), "the diff picture's legend is Turkish")
        #expect(html.contains("%"), "percentages in Turkish style")
        #expect(!html.contains(".0%"), "no English-style percentages")
    }

    @Test func englishPageHasEverySection() throws {
        let html = try page(.en)
        for id in ["cover", "summary", "organization", "assessment", "friction", "campaigns", "recommendation",
                   "scenarios", "glossary", "method", "parameters", "scenario-1"] {
            #expect(html.contains("id=\"\(id)\""), "missing section \(id)")
        }
        for heading in ["Resolution-time distribution", "Friction per handoff edge", "Probability each placement is best",
                        "CRM maturity", "Readiness scorecard", "Before", "After", "What changed", "Twin world"] {
            #expect(html.contains(heading), "missing '\(heading)'")
        }
    }

    @Test func printsOnA4Landscape() throws {
        let html = try page(.en)
        #expect(html.contains("@page { size: A4 landscape; margin: 12mm; }"))
        #expect(html.contains("section.major { break-before: page; }"))
    }

    @Test func sameInputsGiveTheSamePage() throws {
        let report = try ReportFixture.report.get()
        #expect(try report.html(language: .tr) == (try page(.tr)))
    }

    @Test func scenarioIsComparedWithToday() throws {
        let report = try ReportFixture.report.get()
        let outcome = try #require(report.scenarios.first)
        #expect(outcome.name == ReportFixture.hostileScenario)
        #expect(outcome.compared.metrics.contains { $0.metric == .resolutionMinutes && $0.delta != nil })
        #expect(outcome.simulation.runs == ReportFixture.options.runs)
        #expect(report.recommendation != nil || report.recommendationProblem != nil)
    }

    @Test func badOptionsAreRefused() throws {
        let loaded = try ModelLoader.load(path: try ReportFixture.write().model)
        var options = ReportFixture.options
        options.runs = 1
        #expect(throws: ReportError.self) { try WorkshopReport.build(loaded, options: options) }
    }

    @Test func scenarioForAnotherModelIsAnErrorAtItsFile() throws {
        let paths = try ReportFixture.write()
        let other = try ModelLoader.load(path: ReportFixture.root.appendingPathComponent("org-models/salon.yaml").path)
        let scenario = try ScenarioLoader.load(path: paths.scenario)
        do {
            _ = try WorkshopReport.build(other, scenarios: [scenario], options: ReportFixture.options)
            Issue.record("a scenario written for another base model was accepted")
        } catch {
            #expect(error.description.contains("scenario.yaml"))
        }
    }
}
