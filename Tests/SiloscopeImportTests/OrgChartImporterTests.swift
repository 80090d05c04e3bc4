import Foundation
import Testing
import SiloscopeModel
@testable import SiloscopeImport

/// Realistic, messy exports written from test code.
@Suite struct OrgChartImporterTests {
    /// An Excel export on Turkish Windows: `;`, Windows-1254 without a mark, Turkish
    /// headers, trailing empty columns, a quoted newline and doubled quotes.
    static let excelTurkish = """
        Sicil No;Ad Soyad;Unvan;Departman;Yönetici Sicil;Lokasyon;;
        1;Ayşe Yılmaz;Genel Müdür;Genel Müdürlük;;İstanbul;;
        2;Mehmet Öztürk;Direktör;Bilgi Teknolojileri;1;İstanbul;;
        3;"Çağla ""Çiço"" Şahin";"Uzman
        Yazılımcı";Bilgi Teknolojileri;2;Ankara;;
        4;Gülşen Ünal;Müdür;Çağrı Merkezi;1;İzmir;;
        5;İbrahim Işık;Temsilci;Çağrı Merkezi;4;İzmir;;
        6;Ömer Çelik;Temsilci;ÇAĞRI MERKEZİ;4;İzmir;;
        """

    static func windows1254(_ text: String) -> Data {
        var table: [Character: UInt8] = ["Ğ": 0xD0, "ğ": 0xF0, "İ": 0xDD, "ı": 0xFD, "Ş": 0xDE, "ş": 0xFE,
                                         "Ç": 0xC7, "ç": 0xE7, "Ö": 0xD6, "ö": 0xF6, "Ü": 0xDC, "ü": 0xFC]
        table["\n"] = 0x0A
        var bytes: [UInt8] = []
        for character in text {
            if let byte = table[character] { bytes.append(byte) } else if character == "\n" { bytes += [0x0D, 0x0A] } else { bytes += Array(String(character).utf8) }
        }
        return Data(bytes)
    }

    static func utf8(_ text: String) -> Data { Data(text.utf8) }

    @Test func excelTurkishExport() throws {
        let result = try OrgChartImporter.importCSV(Self.windows1254(Self.excelTurkish), file: "ik.csv",
                                                    options: OrgChartOptions(organizationName: "Acme A.Ş."))
        let summary = result.summary
        #expect(summary.encoding.hasPrefix("Windows-1254"))
        #expect(summary.delimiter == .semicolon)
        #expect(summary.rowsRead == 6 && summary.rowsUsed == 6 && summary.rejected.isEmpty)
        let units = result.model.units
        #expect(units.map(\.id) == ["genel_mudurluk", "bilgi_teknolojileri", "cagri_merkezi"])
        #expect(units.map(\.name) == ["Genel Müdürlük", "Bilgi Teknolojileri", "Çağrı Merkezi"])
        #expect(units.map(\.parent) == [nil, "genel_mudurluk", "genel_mudurluk"])
        #expect(units.map(\.staff) == [1, 2, 3])
        #expect(units.map(\.head) == ["Ayşe Yılmaz", "Mehmet Öztürk", "Gülşen Ünal"])
        #expect(units.map(\.kind) == [.executive, .it, .contactCenter])
        #expect(summary.anomalies.map(\.kind) == [.departmentSpellings])
        #expect(summary.anomalies.first?.rows == [7])
        #expect(summary.line(ofRow: 5) == 6)
        let loaded = try ModelLoader.load(text: result.model.yamlText(), file: "acme.yaml")
        #expect(loaded.model == result.model)
    }

    @Test func utf16WithMarkAndTabs() throws {
        let text = "Employee ID\tFull Name\tJob Title\tDepartment\tManager ID\tEmail\r\nE1\tAda\tCEO\tBoard\t\ta@x\r\nE2\tBob\tVP\tSales\tE1\tb@x\r\nE3\tCy\tRep\tSales\tE2\tc@x\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16(text, little: true)
        let result = try OrgChartImporter.importCSV(Data(bytes), file: "hr.txt")
        #expect(result.summary.encoding.hasPrefix("UTF-16LE"))
        #expect(result.summary.delimiter == .tab)
        #expect(result.model.units.map(\.id) == ["board", "sales"])
        #expect(result.model.units.map(\.staff) == [1, 2])
        #expect(result.model.units[0].kind == .executive)
        #expect(result.model.units[1].kind == .sales)
    }

    /// One anomaly of every kind, each on known rows.
    static let anomalies = """
        id,name,department,manager
        1,Root,HQ,
        2,Dup A,Sales,1
        2,Dup B,Sales,1
        ,No Id,Sales,1
        4,Orphan,Sales,99
        5,Loop A,Ops,6
        6,Loop B,Ops,5
        7,Second Top,Lab,
        8,Homeless,,1

        9,Shifted,Sales,1,extra
        10,Self,Legal,10
        """

    @Test func everyAnomalyWithItsRows() throws {
        let result = try OrgChartImporter.importCSV(Self.utf8(Self.anomalies), file: "a.csv")
        let summary = result.summary
        func rows(_ kind: ImportAnomaly.Kind) -> [[Int]] { summary.anomalies.filter { $0.kind == kind }.map(\.rows) }
        #expect(rows(.duplicateID) == [[3, 4]])
        #expect(rows(.missingID) == [[5]])
        #expect(rows(.unknownManager) == [[6]])
        #expect(rows(.managerCycle).sorted { $0[0] < $1[0] } == [[7, 8], [13]])
        #expect(rows(.noDepartment) == [[10]])
        #expect(rows(.blankRow) == [[11]])
        #expect(rows(.extraFields) == [[12]])
        #expect(rows(.severalRoots).count == 1)
        #expect(summary.rowsRead == 12)
        #expect(summary.rowsUsed + summary.rejected.count == summary.rowsRead)
        #expect(summary.rejected.map(\.row) == [4, 5, 11, 12])
        // A valid model whatever the anomalies: one root, no cycles.
        let loaded = try ModelLoader.load(text: result.model.yamlText(), file: "a.yaml")
        #expect(loaded.model.units.filter { $0.parent == nil }.map(\.id) == ["hq"])
        #expect(result.model.units.first { $0.id == "hq" }?.staff == 2)
        let text = summary.text()
        #expect(text.contains("rows read 12 = used 8 + rejected 4"))
        #expect(text.contains("[manager_cycle]"))
        let csv = summary.rejectedCSV
        #expect(csv.hasPrefix("\u{FEFF}row,line,reason,id,name,department,manager\r\n"))
        #expect(csv.contains("4,4,duplicate employee id '2' (first on row 3),2,Dup B,Sales,1"))
    }

    @Test func departmentsFollowTheHeadsManager() throws {
        let text = """
            id,name,dept,manager
            1,CEO,Board,
            2,CIO,IT,1
            3,Dev lead,Dev,2
            4,Dev,Dev,3
            5,Ops head,Ops,1
            6,Intern,Dev,5
            """
        let model = try OrgChartImporter.importCSV(Self.utf8(text), file: "d.csv").model
        let parents = Dictionary(uniqueKeysWithValues: model.units.map { ($0.id, $0.parent) })
        #expect(parents["dev"] == "it")
        #expect(parents["ops"] == "board")
        #expect(model.units.first { $0.id == "dev" }?.staff == 3)
        #expect(model.units.first { $0.id == "dev" }?.head == "Dev lead")
    }

    @Test func unitIDsAreTransliteratedAndUnique() throws {
        let text = "id;ad soyad;bölüm;yönetici\n1;A;Genel Müdürlük;\n2;B;İnsan Kaynakları;1\n3;C;Ar-Ge;1\n4;D;Ar Ge!;1\n5;E;Şikâyet Yönetimi;1\n"
        let model = try OrgChartImporter.importCSV(Self.utf8(text), file: "t.csv").model
        #expect(model.units.map(\.id) == ["genel_mudurluk", "insan_kaynaklari", "ar_ge", "sikayet_yonetimi"])
        #expect(Transliteration.identifier("Ar Ge!") == "ar_ge")
        var pool = IdentifierPool()
        #expect([pool.unique("ar_ge"), pool.unique("ar_ge"), pool.unique("ar_ge")] == ["ar_ge", "ar_ge_2", "ar_ge_3"])
    }

    @Test func collidingIDsGetSuffixes() throws {
        let text = "id,name,department,manager\n1,A,Sales,\n2,B,Sales Δ,1\n3,C,Σ,1\n4,D,Ω,1\n"
        let model = try OrgChartImporter.importCSV(Self.utf8(text), file: "t.csv").model
        #expect(model.units.map(\.id) == ["sales", "sales_2", "department", "department_2"])
    }

    @Test func columnMappingByFlagNumberAndFile() throws {
        let text = "Col A;Col B;Col C;Col D\n1;Ada;Board;\n2;Bob;Sales;1\n"
        let flags = try ColumnMappingFile.parse(flags: ["employee_id=Col A", "name=2", "department=col c", "manager_id=Col D"])
        let viaFlags = try OrgChartImporter.importCSV(Self.utf8(text), file: "m.csv", options: OrgChartOptions(columns: flags))
        #expect(viaFlags.model.units.map(\.id) == ["board", "sales"])
        #expect(viaFlags.summary.columns.first == "employee_id ← 'Col A' (column 1, given)")
        let file = try ColumnMappingFile.parse(text: "employee_id: Col A\nname: 2\ndepartment: Col C\nmanager_id: Col D\n", file: "map.yaml")
        #expect(file == flags.mapValues { $0 == "col c" ? "Col C" : $0 })
        #expect(throws: DiagnosticsError.self) {
            try OrgChartImporter.importCSV(Self.utf8(text), file: "m.csv", options: OrgChartOptions(columns: ["employe_id": "Col A"]))
        }
        #expect(throws: DiagnosticsError.self) {
            try OrgChartImporter.importCSV(Self.utf8(text), file: "m.csv", options: OrgChartOptions(columns: ["name": "9"]))
        }
    }

    @Test func missingRequiredColumnListsTheHeaders() {
        do {
            _ = try OrgChartImporter.importCSV(Self.utf8("id,name,title\n1,a,b\n"), file: "x.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("no column for 'department'"))
            #expect(error.description.contains("3 'title'"))
            #expect(error.description.contains("--column department=HEADER"))
        }
    }

    @Test func managerNameColumnIsNotTakenForTheManagerID() throws {
        let text = "Sicil No;Ad Soyad;Departman;Yönetici Adı;Yönetici Sicil No\n1;A;Genel;;\n2;B;Satış;A;1\n"
        let result = try OrgChartImporter.importCSV(Self.utf8(text), file: "t.csv")
        #expect(result.summary.columns.contains { $0.hasPrefix("manager_id ← 'Yönetici Sicil No'") })
        #expect(result.summary.anomalies.isEmpty)
    }
}
