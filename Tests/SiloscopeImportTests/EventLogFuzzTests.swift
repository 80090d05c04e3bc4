import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeImport

/// Hostile event logs: a calibrated, loadable model with balanced rows, or a clear error.
@Suite struct EventLogFuzzTests {
    static func check(_ bytes: [UInt8], format: EventLogImporter.Format) {
        do {
            let result = try EventLogImporter.importLog(Data(bytes), file: "f", into: nil, format: format)
            #expect(result.summary.isBalanced)
            do {
                _ = try ModelLoader.load(text: result.model.yamlText(), file: "f.yaml")
            } catch {
                Issue.record("calibrated model does not load: \(error)")
            }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func csvTruncatedAtEveryOffset() {
        let bytes = Array(EventLogTests.handLog.utf8)
        for length in 0...bytes.count { Self.check(Array(bytes.prefix(length)), format: .csv) }
    }

    @Test func xesTruncatedAtEveryOffset() {
        let bytes = Array(EventLogTests.xes.utf8)
        for length in stride(from: 0, through: bytes.count, by: 7) { Self.check(Array(bytes.prefix(length)), format: .xes) }
    }

    @Test func randomBytesAndFlips() {
        var generator = SplitMix(seed: 77)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            Self.check(bytes, format: .csv)
            Self.check(bytes, format: .xes)
        }
        let xes = Array(EventLogTests.xes.utf8)
        for _ in 0..<200 {
            var copy = xes
            copy[Int(generator.next() % UInt64(copy.count))] = UInt8(truncatingIfNeeded: generator.next())
            Self.check(copy, format: .xes)
        }
    }

    @Test func hostileXML() {
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <log><trace><string key="concept:name" value="&lol3;&ext;"/><event><string key="org:group" value="A"/>
            <date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event></trace></log>
            """
        Self.check(Array(bomb.utf8), format: .xes)
        let deep = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        Self.check(Array("<log>\(deep)</log>".utf8), format: .xes)
    }
}
