import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeImport

/// Hostile input: every importer answers with a result or a clear error, never a crash
/// or a hang.
@Suite struct ImportFuzzTests {
    static let sample = Array("""
        Sicil No;Ad Soyad;Departman;Yönetici Sicil
        1;"Ayşe ""A"" Yılmaz";Genel Müdürlük;
        2;"Mehmet
        Öz";Satış;1
        3;Ali;Satış;2
        """.utf8)

    /// A result must balance and give a loadable model; an error must say something.
    static func check(_ bytes: [UInt8]) {
        do {
            let result = try OrgChartImporter.importCSV(Data(bytes), file: "f.csv")
            #expect(result.summary.isBalanced)
            let yaml = result.model.yamlText()
            do {
                _ = try ModelLoader.load(text: yaml, file: "f.yaml")
            } catch {
                Issue.record("imported model does not load: \(error)\n\(yaml)")
            }
        } catch {
            #expect(!error.diagnostics.isEmpty && !error.description.isEmpty)
        }
    }

    @Test func truncationAtEveryOffset() {
        for length in 0...Self.sample.count { Self.check(Array(Self.sample.prefix(length))) }
    }

    @Test func everyByteFlippedOnce() {
        var generator = SplitMix(seed: 5)
        for index in Self.sample.indices {
            var bytes = Self.sample
            bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            Self.check(bytes)
        }
    }

    @Test func randomBytes() {
        var generator = SplitMix(seed: 99)
        for _ in 0..<300 {
            let bytes = (0..<Int(generator.next() % 400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            Self.check(bytes)
        }
    }

    @Test func randomStructuredRows() {
        var generator = SplitMix(seed: 1234)
        let pieces = ["1", "2", "3", "", "x", "\"", ";", "\n", "Satış", " ", "\r\n", "\"\"", "ı", "99"]
        for _ in 0..<300 {
            var text = "id;name;department;manager\n"
            for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            Self.check(Array(text.utf8))
        }
    }

    @Test func wrongEncodingsAreReadOrRefused() {
        let text = String(decoding: Self.sample, as: UTF8.self)
        Self.check(utf16(text, little: true))
        Self.check(utf16(text, little: false))
        Self.check([0xFF, 0xFE] + utf16(text, little: false))
        Self.check([0xEF, 0xBB, 0xBF] + Self.sample.map { $0 ^ 0x80 })
        Self.check(Array(Self.sample.dropFirst(1)))
    }

    @Test func tenMegabyteFieldIsAClearError() {
        let huge = "id;name;department;manager\n1;" + String(repeating: "ş", count: 5 << 20) + ";Satış;\n"
        do {
            _ = try OrgChartImporter.importCSV(Data(huge.utf8), file: "big.csv")
            Issue.record("expected the field to be refused")
        } catch {
            #expect(error.description.contains("longer than"))
            #expect(error.description.contains("row 2, field 2"))
        }
    }

    @Test func deepChainAndLongCycle() throws {
        var text = "id,name,department,manager\n0,Top,D0,\n"
        for i in 1..<50_000 { text += "\(i),P\(i),D\(i % 7),\(i - 1)\n" }
        let result = try OrgChartImporter.importCSV(Data(text.utf8), file: "deep.csv")
        #expect(result.summary.rowsUsed == 50_000)
        var cycle = "id,name,department,manager\n"
        for i in 0..<20_000 { cycle += "\(i),P,D\(i % 3),\((i + 1) % 20_000)\n" }
        let looped = try OrgChartImporter.importCSV(Data(cycle.utf8), file: "cycle.csv")
        #expect(looped.summary.anomalies.contains { $0.kind == .managerCycle && $0.rows.count == 20_000 })
        _ = try ModelLoader.load(text: looped.model.yamlText(), file: "cycle.yaml")
    }
}
