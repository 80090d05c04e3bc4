import Foundation
import Testing
import SiloscopeModel
import SiloscopeTestSupport
@testable import SiloscopeImport

/// `.xlsx` workbooks through both table importers: the same data as CSV and as a
/// workbook made by LibreOffice gives the same model and anomalies; workbook features
/// (sheets, titles, rich text, dates in both systems) are read as a spreadsheet shows
/// them; what cannot be read is refused with the reason.
@Suite struct WorkbookTests {
    @Test func orgChartWorkbookImportsLikeItsCSV() throws {
        let csv = try OrgChartImporter.importCSV(WorkbookFixture.data("personel.csv"), file: "personel.csv", options: OrgChartOptions(organizationName: "Acme"))
        let xlsx = try OrgChartImporter.importCSV(WorkbookFixture.data("personel.xlsx"), file: "personel.xlsx", options: OrgChartOptions(organizationName: "Acme"))
        #expect(xlsx.model == csv.model)
        #expect(xlsx.summary.anomalies == csv.summary.anomalies)
        // The same rows rejected for the same reasons (a blank CSV row keeps its empty fields).
        #expect(xlsx.summary.rejected.map { "\($0.row) \($0.reason)" } == csv.summary.rejected.map { "\($0.row) \($0.reason)" })
        #expect(Set(csv.summary.anomalies.map(\.kind)) == [.blankRow, .duplicateID, .unknownManager, .noDepartment, .departmentSpellings, .severalRoots])
        #expect(csv.summary.sheet == nil && xlsx.summary.sheet?.sheet == "personel")
        // Anomalies name the cell holding the value they are about.
        let text = xlsx.summary.text()
        #expect(text.contains("[duplicate_id] personel!A6, personel!A10:"))
        #expect(text.contains("[unknown_manager] personel!E12:"))
        #expect(text.contains("[no_department] personel!D11:"))
        #expect(text.contains("[blank_row] personel!8:8:"))
        #expect(csv.summary.text().contains("[duplicate_id] rows 6, 10:"))
        #expect(xlsx.summary.diagnostics.contains { $0.description.hasPrefix("personel.xlsx: warning: personel!E12: unknown_manager:") })
    }

    @Test func eventLogWorkbookImportsLikeItsCSVWithSeconds() throws {
        let csv = try EventLogCSVReader.read(WorkbookFixture.data("kayitlar.csv"), file: "kayitlar.csv")
        let xlsx = try EventLogCSVReader.read(WorkbookFixture.data("kayitlar.xlsx"), file: "kayitlar.xlsx")
        #expect(xlsx.log.eventTime == csv.log.eventTime)
        #expect(xlsx.log.units == csv.log.units && xlsx.log.caseIDs == csv.log.caseIDs && xlsx.log.channels == csv.log.channels)
        #expect(xlsx.source.anomalies == csv.source.anomalies)
        #expect(xlsx.source.rejected == csv.source.rejected)
        // 2024-03-05 09:10:42 keeps its seconds through the serial number.
        let second = try #require(TimestampParser().parse("2024-03-05 09:10:42"))
        #expect(xlsx.log.eventTime[1] == second.seconds)
        #expect(xlsx.source.format.contains("10 date cells"))
        let model = { (reading: EventLogReading) in
            ModelCalibrator.calibrate(nil, analysis: EventLogAnalysis(log: reading.log, timestamps: .start), log: reading.log, source: reading.source).model
        }
        var fromCSV = model(csv)
        var fromXLSX = model(xlsx)
        fromCSV.organization.name = ""
        fromXLSX.organization.name = ""
        #expect(fromXLSX == fromCSV)
    }

    @Test func workbookFeaturesFromOpenpyxl() throws {
        let reading = try EventLogCSVReader.read(WorkbookFixture.data("features.xlsx"), file: "features.xlsx")
        let source = reading.source
        // The first visible sheet with values, under a title row and a blank row.
        #expect(source.sheet?.sheet == "Kayıtlar")
        #expect(source.format.contains("skipped empty 'Kapak'"))
        #expect(source.rejected.map(\.reason) == ["above the header row 3 (a title or note)", "unreadable timestamp 'not a time'"])
        #expect(source.rejected.map(\.row) == [1, 7])
        // Rich-text runs joined, a whole number without ".0", an empty cell inside a row,
        // booleans as TRUE/FALSE, a time one second before midnight.
        #expect(reading.log.units == ["Çağrı Merkezi", "Şikayet Yönetimi", "Kredi Kartları"])
        #expect(reading.log.caseIDs == ["c1", "1002"])
        #expect(reading.log.channels.contains("telefon") && !reading.log.channels.contains("FALSE"))
        #expect(source.rejected[1].fields == ["c3", "Çağrı Merkezi", "not a time", "web", "FALSE", "1"])
        let midnight = try #require(TimestampParser().parse("2024-03-05T23:59:59"))
        #expect(reading.log.eventTime[2] == midnight.seconds)
        #expect(SheetNaming(sheet: "Kayıtlar").cell(row: 7, column: 2) == "Kayıtlar!C7")
        #expect(SheetNaming(sheet: "Şikâyet listesi").cell(row: 7, column: 2) == "'Şikâyet listesi'!C7")
    }

    @Test(arguments: [("Gizli", "Gizli"), ("2", "Gizli"), ("kayitlar", "Kayıtlar"), ("4", "Notlar")])
    func sheetChosenByNameOrNumber(wanted: String, expected: String) throws {
        let data = try WorkbookFixture.data("features.xlsx")
        do {
            let reading = try EventLogCSVReader.read(data, file: "features.xlsx", options: EventLogOptions(sheet: wanted))
            #expect(reading.source.sheet?.sheet == expected)
        } catch {
            // Gizli and Notlar hold no event table: the error names the sheet's header row.
            #expect(error.description.contains("\(expected)!1:1"))
        }
    }

    @Test func unknownSheetListsTheSheets() throws {
        let data = try WorkbookFixture.data("features.xlsx")
        let error = #expect(throws: DiagnosticsError.self) { try EventLogCSVReader.read(data, file: "f.xlsx", options: EventLogOptions(sheet: "Sayfa1")) }
        #expect(error?.description.contains("no sheet 'Sayfa1'; the workbook has 4 sheets: 'Kapak', 'Gizli', 'Kayıtlar', 'Notlar'") == true)
        let empty = #expect(throws: DiagnosticsError.self) { try EventLogCSVReader.read(data, file: "f.xlsx", options: EventLogOptions(sheet: "1")) }
        #expect(empty?.description.contains("sheet 'Kapak' has no values") == true)
        let csv = #expect(throws: DiagnosticsError.self) { try EventLogCSVReader.read(WorkbookFixture.data("kayitlar.csv"), file: "k.csv", options: EventLogOptions(sheet: "1")) }
        #expect(csv?.description.contains("applies to .xlsx workbooks") == true)
    }

    @Test func dates1904System() throws {
        let reading = try EventLogCSVReader.read(WorkbookFixture.data("dates1904.xlsx"), file: "dates1904.xlsx")
        let expected = try #require(TimestampParser().parse("2024-03-05 09:00:07"))
        #expect(reading.log.eventTime.first == expected.seconds)
        #expect(reading.source.format.contains("1904 date system"))
    }

    @Test(arguments: [
        ("encrypted.xlsx", "password-protected (encrypted) Excel workbook"),
        ("personel.xls", "Excel 97–2003 binary workbook (.xls)"),
    ])
    func refusedContainers(file: String, message: String) throws {
        let data = try WorkbookFixture.data(file)
        let error = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(data, file: file) }
        #expect(error?.description.contains(message) == true)
        #expect(error?.kind == .invalidInput)
    }

    @Test func otherZipsAndDamage() throws {
        let ods = try WorkbookFixture.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8))])
        #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(ods, file: "a.ods") }
        let ods2 = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(ods, file: "a.ods") }
        #expect(ods2?.description.contains("OpenDocument") == true)
        let docx = try WorkbookFixture.zip([("word/document.xml", Data("<w/>".utf8))])
        let notWorkbook = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(docx, file: "a.docx") }
        #expect(notWorkbook?.description.contains("without an Excel workbook part") == true)
        let good = try WorkbookFixture.data("personel.xlsx")
        let truncated = good.prefix(good.count / 2)
        let damaged = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(Data(truncated), file: "half.xlsx") }
        #expect(damaged?.description.contains("damaged") == true)
        let badXML = try WorkbookFixture.workbook(sheets: [("S", "<row r=\"1\"><c t=\"inlineStr\"><is><t>x</is></c></row>")])
        let malformed = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(badXML, file: "bad.xlsx") }
        #expect(malformed?.description.contains("cannot read sheet 'S'") == true)
    }

    @Test func zipBombRefusedBeforeInflating() throws {
        // 64 MiB of one byte deflates about 1,000:1, as a bomb does.
        let bomb = try WorkbookFixture.workbook(sheets: [("S", String(repeating: " ", count: 64 << 20))])
        #expect(bomb.count < 1 << 20)
        let error = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(bomb, file: "bomb.xlsx") }
        #expect(error?.description.contains("compression ratio") == true)
        // A part over the size limit is refused from its declared size.
        var limits = Workbook.Limits()
        limits.partBytes = 1 << 10
        let rows = (1...100).map { WorkbookFixture.row($0, ["v\($0)"]) }.joined()
        let workbook = try Workbook(data: WorkbookFixture.workbook(sheets: [("S", rows)]), file: "big.xlsx", limits: limits)
        let tooBig = #expect(throws: DiagnosticsError.self) { try workbook.rows(of: workbook.sheets[0]) }
        #expect(tooBig?.description.contains("at most 0 MiB is read") == true || tooBig?.description.contains("would inflate") == true)
    }

    @Test func millionEmptyRowsIsAClearError() throws {
        var rows = ""
        rows.reserveCapacity(24 << 20)
        for row in 1...CellReference.maximumRows { rows += "<row r=\"\(row)\"/>" }
        let data = try WorkbookFixture.workbook(sheets: [("Boş", rows)])
        let error = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(data, file: "empty.xlsx") }
        #expect(error?.description.contains("'Boş' (1048576 empty rows)") == true)
        // A stray value far below the table.
        let stray = try WorkbookFixture.workbook(sheets: [("S", WorkbookFixture.row(1, ["Sicil No", "Departman"]) + WorkbookFixture.row(2, ["1", "A"]) + WorkbookFixture.row(900_000, ["x"]))])
        let gap = #expect(throws: DiagnosticsError.self) { try OrgChartImporter.importCSV(stray, file: "stray.xlsx") }
        #expect(gap?.description.contains("899997 empty rows between row 2 and row 900000") == true)
    }

    @Test func sharedStringsRichTextAndPhonetics() throws {
        let handler = SharedStringsHandler(maximumCount: 10)
        let xml = "<sst><si><t>düz</t></si><si><r><rPr><b/></rPr><t>Çağrı</t></r><r><t xml:space=\"preserve\"> Merkezi</t></r><rPh><t>カナ</t></rPh></si><si><t>a_x000D_b</t></si></sst>"
        #expect(WorkbookXML.parse(Data(xml.utf8), with: handler) == nil)
        #expect(handler.strings == ["düz", "Çağrı Merkezi", "a\rb"])
    }

    @Test(arguments: [
        (1.0, SpreadsheetDate.System.from1900, SpreadsheetDate.Content.date, "1900-01-01"),
        (59.0, .from1900, .date, "1900-02-28"),
        (61.0, .from1900, .date, "1900-03-01"),
        (45356.37508101852, .from1900, .dateTime, "2024-03-05T09:00:07"),
        (45356.0, .from1900, .dateTime, "2024-03-05T00:00:00"),
        (0.5, .from1900, .time, "12:00:00"),
        (0.0, .from1904, .date, "1904-01-01"),
        (43894.37508101852, .from1904, .dateTime, "2024-03-05T09:00:07"),
    ])
    func serialNumbers(serial: Double, system: SpreadsheetDate.System, content: SpreadsheetDate.Content, expected: String) {
        #expect(SpreadsheetDate.text(serial: serial, system: system, content: content) == expected)
    }

    @Test(arguments: [
        ("General", nil), ("0.00", nil), ("0.00E+00", nil), ("#,##0 \"TL\"", nil), ("[h]:mm:ss", nil),
        ("dd.mm.yyyy", .date), ("mmm-yy", .date), ("yyyy\\-mm\\-dd\\ hh:mm:ss", .dateTime), ("[$-41F]dd mmmm yyyy", .date),
        ("hh:mm", .time), ("mm:ss", .time), ("[Red]dd/mm/yyyy hh:mm", .dateTime),
    ] as [(String, SpreadsheetDate.Content?)])
    func dateFormats(code: String, expected: SpreadsheetDate.Content?) {
        #expect(SpreadsheetDate.content(ofFormatCode: code) == expected)
    }

    @Test func cellReferences() {
        #expect(CellReference("C1042") == CellReference(column: 2, row: 1042))
        #expect(CellReference("$AA$7") == CellReference(column: 26, row: 7))
        #expect(CellReference("XFD1048576")?.column == 16_383)
        #expect(CellReference("XFE1") == nil && CellReference("A0") == nil && CellReference("1A") == nil && CellReference("A") == nil)
        #expect([0, 25, 26, 701, 702, 16_383].map(CellReference.letters(ofColumn:)) == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
    }

    @Test func commandLineReadsWorkbooks() throws {
        guard SiloscopeBinary.url != nil else { return }
        let fixtures = "Tests/SiloscopeImportTests/Fixtures/"
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let ok = try SiloscopeBinary.run(["import", "orgchart", fixtures + "personel.xlsx", "-o", output])
        #expect(ok.status == 0)
        #expect(ok.err.contains("Excel workbook, sheet 'personel' (the only sheet)"))
        #expect(ok.out.contains("4 units from 10 people"))
        let wrongSheet = try SiloscopeBinary.run(["import", "orgchart", fixtures + "personel.xlsx", "--sheet", "Sayfa2", "-o", output])
        #expect(wrongSheet.status == 1)
        #expect(wrongSheet.err.contains("no sheet 'Sayfa2'; the workbook has 1 sheet: 'personel'"))
        let xls = try SiloscopeBinary.run(["import", "events", fixtures + "personel.xls"])
        #expect(xls.status == 1 && xls.err.contains(".xls"))
    }
}
