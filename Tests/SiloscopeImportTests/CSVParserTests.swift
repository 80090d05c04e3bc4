import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeImport

@Suite struct CSVParserTests {
    static func records(_ text: String, _ delimiter: CSVDelimiter = .comma) throws -> [CSVRecord] {
        var parser = CSVParser(utf8: Array(text.utf8), delimiter: delimiter.byte, file: "t.csv")
        var result: [CSVRecord] = []
        while let record = try parser.next() { result.append(record) }
        return result
    }

    @Test func quotedFieldsWithNewlinesAndDoubledQuotes() throws {
        let semicolon = try Self.records("id;note;x\r\n1;\"line one\nline \"\"two\"\"\";y\r\n2;plain;z", .semicolon)
        #expect(semicolon.map(\.fields) == [["id", "note", "x"], ["1", "line one\nline \"two\"", "y"], ["2", "plain", "z"]])
        #expect(semicolon.map(\.number) == [1, 2, 3])
        #expect(semicolon.map(\.line) == [1, 2, 4])
        #expect(semicolon[2].location == "row 3 (line 4)")
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEnds(_ end: String) throws {
        let records = try Self.records("a,b\(end)c,d\(end)")
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func trailingEmptyFieldsAndBlankLines() throws {
        let records = try Self.records("a;b;;\n\n;;;\n1;2;;", .semicolon)
        #expect(records.map(\.fields) == [["a", "b", "", ""], [""], ["", "", "", ""], ["1", "2", "", ""]])
        #expect(records.map(\.isBlank) == [false, true, true, false])
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try Self.records("\"ab\"cd,e").map(\.fields) == [["abcd", "e"]])
    }

    @Test func unclosedQuoteNamesRowAndLine() {
        do {
            _ = try Self.records("a,b\n1,2\n3,\"open\n4,5\n")
            Issue.record("expected an error")
        } catch {
            let message = "\(error)"
            #expect(message.contains("t.csv:3:1"), "\(message)")
            #expect(message.contains("row 3, field 2"), "\(message)")
            #expect(message.contains("never closed"), "\(message)")
        }
    }

    @Test func hugeFieldIsRefusedClearly() {
        let huge = String(repeating: "x", count: 10 << 20)
        #expect(throws: DiagnosticsError.self) { try Self.records("a,b\n1,\(huge)\n") }
        #expect(throws: DiagnosticsError.self) { try Self.records("a,b\n1,\"\(huge)\"\n") }
    }

    @Test(arguments: [
        ("id,name,dept\n1,a,b\n", CSVDelimiter.comma),
        ("Sicil No;Ad Soyad;Departman\n1;\"Yılmaz, Ayşe\";Satış\n2;Ali;BT\n", .semicolon),
        ("id\tname\tdept\n1\tA, B\tx;y\n", .tab),
        ("a|b|c\n1|2|3\n", .pipe),
    ])
    func detectsDelimiter(_ text: String, _ expected: CSVDelimiter) {
        #expect(CSVDelimiter.detect(in: Array(text.utf8)) == expected)
    }

    @Test func writerRoundTripsRandomFields() throws {
        var generator = SplitMix(seed: 3)
        let alphabet = Array("ab ,;\t\"\r\nçŞ")
        for delimiter in CSVDelimiter.allCases {
            var rows: [[String]] = []
            var writer = CSVWriter(delimiter: delimiter)
            for _ in 0..<100 {
                let row = (0..<3).map { _ in
                    String((0..<Int(generator.next() % 6)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
                }
                rows.append(row)
                writer.append(row)
            }
            #expect(try Self.records(writer.text, delimiter).map(\.fields) == rows)
        }
    }

    @Test func truncationAtEveryOffsetNeverCrashes() {
        let text = Array("id;name;\"quoted\n\"\"x\"\"\";Şube\r\n1;Ayşe;\"a;b\";İK\n2;Ali;;\n".utf8)
        for length in 0...text.count {
            var parser = CSVParser(utf8: Array(text.prefix(length)), delimiter: UInt8(ascii: ";"), file: "t.csv")
            var guardCount = 0
            while let record = try? parser.next() {
                guardCount += 1
                #expect(guardCount <= text.count + 1, "no progress at length \(length)")
                if guardCount > text.count + 1 { break }
                _ = record
            }
        }
    }

    @Test func randomBytesTerminate() {
        var generator = SplitMix(seed: 11)
        let interesting: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x41, 0xC3, 0xA7]
        for _ in 0..<300 {
            let bytes = (0..<Int(generator.next() % 200)).map { _ in interesting[Int(generator.next() % UInt64(interesting.count))] }
            var parser = CSVParser(utf8: bytes, delimiter: UInt8(ascii: ","), file: "r.csv")
            var steps = 0
            while (try? parser.next()) != nil {
                steps += 1
                if steps > bytes.count + 1 { Issue.record("no progress"); break }
            }
        }
    }
}
