import Foundation
import Testing
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// Table, Markdown and JSON output in English and Turkish; JSON field names are stable.
@Suite struct AssessmentRenderingTests {
    let report: AssessmentReport = {
        let report = fixtureAssess(fixtureModel(systems: fixtureSystems(copies: [.none, .realtime]), crm: [.segmentationAnalytics], answers: [
            "maturity.data_storage": .number(2), "structure.silo_level": .number(3), "goal": .text("retention"),
            "external.economic": .text("yüksek enflasyon | kur"), "maturity.reporting": .number(9),
        ]))
        return report
    }()

    @Test func turkishOutputUsesTurkishLabels() throws {
        let table = try report.rendered(as: .table, language: .tr)
        for label in ["CRM OLGUNLUK SEVİYESİ", "Veri depolama", "Orta", "biliniyor", "modelden", "CRM KARNESİ",
                      "İnsan kaynakları", "Müşteri koruma", "Silolaşma düzeyi", "DIŞSAL PARAMETRELER"] {
            #expect(table.contains(label), "missing '\(label)'")
        }
        #expect(!table.contains("Data storage"))
        let markdown = try report.rendered(as: .markdown, language: .tr)
        #expect(markdown.contains("## CRM olgunluk seviyesi (makale 004)"))
        #expect(markdown.contains("Şikayet yönetimi"))
    }

    @Test func englishTableFitsInOneHundredColumns() throws {
        let table = try report.rendered(as: .table, language: .en)
        #expect(table.contains("CRM MATURITY (article 004)"))
        #expect(table.contains("Data integration"))
        #expect(table.contains("PLACEMENT DETERMINANTS (article 000)"))
        for line in table.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        let narrow = try report.rendered(as: .table, language: .tr, width: 60)
        for line in narrow.split(separator: "\n") { #expect(line.count <= 60, "\(line)") }
    }

    @Test func markdownEscapesTableCells() throws {
        let markdown = try report.rendered(as: .markdown, language: .en)
        #expect(markdown.contains("'yüksek enflasyon \\| kur'"))
        #expect(markdown.contains("| Dimension | Level | Status | Model shows |"))
        let brief = try report.rendered(as: .markdown, language: .en, evidence: false)
        #expect(brief.count < markdown.count)
        #expect(!brief.contains("### Data storage"))
    }

    @Test func jsonDecodesBackToTheSameReport() throws {
        let data = try report.jsonData()
        let decoded = try AssessmentReport.decode(json: data)
        #expect(decoded == report)
        #expect(decoded.findings.first?.severity == .error)
    }

    @Test func jsonFieldNamesAreStable() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        #expect(Set(object.keys) == [
            "schema_version", "organization", "file", "question_set", "maturity", "readiness", "lifecycle_focus",
            "determinants", "external", "unknowns", "unanswered", "facts", "findings",
        ])
        #expect(object["schema_version"] as? Int == 1)
        let maturity = try #require(object["maturity"] as? [String: Any])
        #expect(Set(maturity.keys) == ["levels", "overall", "dimensions"])
        let overall = try #require(maturity["overall"] as? [String: Any])
        #expect(Set(overall.keys).isSuperset(of: ["level", "level_name", "rule", "minimum", "median", "weakest",
                                                  "assessed_dimensions", "total_dimensions", "reason"]))
        let dimensions = try #require(maturity["dimensions"] as? [[String: Any]])
        let storage = try #require(dimensions.first)
        #expect(Set(storage.keys).isSuperset(of: ["id", "answer_id", "title", "source", "status", "level", "level_name",
                                                  "level_description", "answered", "evidence", "next_level", "next_steps"]))
        #expect((storage["title"] as? [String: String])?["tr"] == "Veri depolama")
        let evidence = try #require((storage["evidence"] as? [[String: Any]])?.first)
        #expect(Set(evidence.keys).isSuperset(of: ["kind", "text", "answer_id", "answer"]))
        let determinants = try #require(object["determinants"] as? [[String: Any]])
        let structure = try #require(determinants.first { $0["id"] as? String == "structure" })
        #expect(Set(structure.keys) == ["id", "title", "source", "status", "score", "scored_items", "items"])
        let silo = try #require((structure["items"] as? [[String: Any]])?.first)
        #expect(Set(silo.keys).isSuperset(of: ["id", "answer_id", "title", "source", "status", "score", "higher_is_better", "evidence"]))
        #expect(silo["higher_is_better"] as? Bool == false)
        let focus = try #require(object["lifecycle_focus"] as? [String: Any])
        #expect(Set(focus.keys).isSuperset(of: ["stages", "basis", "answer_id", "organization_lifecycle", "reason", "evidence"]))
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys).isSuperset(of: ["severity", "file", "path", "message"]))
        let facts = try #require(object["facts"] as? [String: Any])
        #expect(facts["unsynced_copy_share"] != nil)
    }
}
