import Foundation
import Testing
import SiloscopeModel
import SiloscopeImport
import SiloscopeInterchange

@Suite struct DOTImportExportTests {
    @Test func dotNodesBecomeUnitsAndEdgesReportingLines() throws {
        let dot = """
            digraph acme { label="Acme A.Ş.";
              gm [label="Genel Müdürlük", staff=3];
              bt [label="Bilgi\\nTeknolojileri"];
              "Çağrı Merkezi";
              gm -> bt; gm -> "Çağrı Merkezi"; bt -> "Çağrı Merkezi";
              loose;
            }
            """
        let (model, anomalies) = try DOTImporter.importDOT(dot, file: "acme.dot")
        #expect(model.organization.name == "Acme A.Ş.")
        #expect(model.units.map(\.id) == ["gm", "bt", "cagri_merkezi", "loose"])
        #expect(model.units.map(\.name) == ["Genel Müdürlük", "Bilgi Teknolojileri", "Çağrı Merkezi", "loose"])
        #expect(model.units.map(\.parent) == [nil, "gm", "gm", "gm"])
        #expect(model.units[0].staff == 3)
        #expect(anomalies.count == 2)
        _ = try ModelLoader.load(text: model.yamlText(), file: "acme.yaml")
    }

    @Test func badDOTIsAClearError() {
        #expect(throws: DiagnosticsError.self) { try DOTImporter.importDOT("digraph { a -> ", file: "bad.dot") }
        #expect(throws: DiagnosticsError.self) { try DOTImporter.importDOT("digraph {}", file: "empty.dot") }
    }

    @Test func exportedDOTImportsBackToTheSameTree() throws {
        let csv = "id,name,department,manager\n1,A,Genel Müdürlük,\n2,B,Satış,1\n3,C,Bilgi Teknolojileri,1\n4,D,Yazılım,3\n"
        let model = try OrgChartImporter.importCSV(Data(csv.utf8), file: "t.csv").model
        let dot = try ModelExporter.dot(model, file: "t.yaml")
        let (back, _) = try DOTImporter.importDOT(dot, file: "t.dot")
        // The org view's labels carry kind and staff too; ids and reporting lines come back.
        #expect(Set(back.units.map { "\($0.id)<\($0.parent ?? "")" }) == Set(model.units.map { "\($0.id)<\($0.parent ?? "")" }))
        #expect(back.units.first { $0.id == "satis" }?.name.hasPrefix("Satış") == true)
        let units = ModelExporter.unitsCSV(model)
        #expect(units.hasPrefix("\u{FEFF}id,name,kind,parent,parent_name,staff,head,handling_minutes\r\n"))
        #expect(units.contains("yazilim,Yazılım,it,bilgi_teknolojileri,Bilgi Teknolojileri,1,D,"))
    }
}
