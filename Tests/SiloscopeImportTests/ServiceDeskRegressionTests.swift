import Foundation
import Testing
import SiloscopeModel
import SiloscopeSimulation
@testable import SiloscopeImport

/// Issue 10, item 4: a log like the public IT service-desk export a user tried (15 support
/// groups, about 1,500 cases, timestamps without start/complete, one event six years
/// early). Before the fix, `import events -o` wrote a model that did not simulate ("unit …
/// would be 833 % busy … ÷ 1 handlers"): gap-based handling includes waiting and every
/// unit had one handler. The fixture is generated, deterministically, by simulating a
/// 15-group service desk with busy queues and keeping only each visit's start time.
@Suite struct ServiceDeskRegressionTests {
    static let groups = 15

    /// A service desk: a first-line group routes to 14 second-line groups, which pass
    /// cases on among themselves and back; tickets stay open for hours to days, so about
    /// 1,500 cases take four months and each group has several in progress at once
    /// (imported with one handler each, g0 alone would be 454 % busy).
    static var truthModel: String {
        var units = "  - {id: ceo, name: CIO, kind: executive}\n"
        var routing = ""
        for g in 0..<groups {
            let handlers = g == 0 ? 12 : 6 + g % 5
            let minutes = g == 0 ? 480.0 : 1_440.0 + Double(g * 200)
            units += "  - {id: g\(g), name: Group \(g), kind: it, parent: ceo, staff: \(handlers), case_handlers: \(handlers), handling_minutes: \(minutes)}\n"
            if g == 0 {
                routing += "  g0: {g1: 0.22, g2: 0.15, g3: 0.12, g4: 0.08, g5: 0.06, g6: 0.05, g7: 0.04, g8: 0.03, g9: 0.03, g10: 0.02, g11: 0.02, g12: 0.02, g13: 0.01, g14: 0.01}\n"
            } else {
                let next = 1 + g % (groups - 1)
                routing += "  g\(g): {g0: 0.12, g\(next): 0.10}\n"
            }
        }
        return """
        siloscope: 1
        organization: {name: Service desk}
        units:
        \(units)touchpoints:
          - {id: portal, name: Portal, channel: web, unit: g0}
        case_types:
          - {id: incident, name: Incident, owner: g0, arrivals: [{touchpoint: portal, per_hour: 0.5}]}
        routing:
        \(routing)simulation: {mode: explicit}
        """
    }

    /// The fixture: a CSV `case_id,unit,timestamp` with one row per visit (its start),
    /// no lifecycle, and the first case's first event moved six years back.
    static func fixture() throws -> String {
        let loaded = try ModelLoader.load(text: truthModel, file: "servicedesk.yaml")
        var options = SimulationOptions()
        options.runs = 2
        options.cases = 1_500
        options.warmupCases = 0
        options.seed = 20_261_204
        let sink = EventLogSink()
        _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        let lines = sink.csv().split(separator: "\n").dropFirst()
        var out = ["case_id,assignment_group,timestamp"]
        var first = true
        for line in lines {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 7, f[6] == "start" else { continue }
            var timestamp = f[5]
            if first {  // 2026 → 2020: six years early
                timestamp = "2020" + timestamp.dropFirst(4)
                first = false
            }
            out.append("\(f[0]),\(f[3]),\(timestamp)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    @Test func importedServiceDeskSimulatesAsWrittenAndReproducesTheLog() throws {
        let text = try Self.fixture()
        let result = try EventLogImporter.importLog(Data(text.utf8), file: "servicedesk.csv", into: nil)
        let observed = result.summary.analysis
        #expect(observed.units.count == Self.groups)
        #expect((1_400...1_700).contains(observed.caseCount))
        #expect(!observed.usedLifecycle)

        // The six-years-early event is found, reported, and does not stretch the span.
        #expect(observed.outlyingEvents.count == 1)
        let outlier = try #require(result.summary.anomalies.first { $0.kind == .outlyingTimestamp })
        #expect(outlier.rows == [2])
        #expect(observed.spanSeconds < 200 * 86_400, "span \(observed.spanSeconds / 86_400) days")
        let rate = try #require(result.model.caseTypes.flatMap(\.arrivals).map(\.perHour).reduce(0, +) as Double?)
        #expect(abs(rate - 0.5) / 0.5 < 0.1, "arrivals \(rate)/h")

        // Every observed unit has handlers for its load, so the model simulates as written.
        let written = try ModelLoader.load(text: result.model.yamlText(), file: "cal.yaml")
        let g0 = try #require(written.model.units.first { $0.id == "g0" })
        #expect((g0.caseHandlers ?? 0) >= 5, "g0 has \(g0.caseHandlers ?? 0) handlers")
        var options = SimulationOptions()
        options.runs = 2
        options.cases = 20_000
        options.warmupCases = 500
        options.seed = 7
        let sink = EventLogSink()
        let report = try SiloSimulator.run(written, options: options, eventLog: sink)
        #expect(report.warnings.allSatisfy { !$0.contains("unstable") }, "\(report.warnings)")

        // The simulated log reproduces the observed one.
        let simulatedText = sink.csv()
        let simulated = EventLogAnalysis(log: try EventLogImporter.read(Data(simulatedText.utf8), file: "sim.csv", format: .csv).log)
        let transfersObserved = Double(observed.handovers.total) / Double(observed.caseCount)
        let transfersSimulated = Double(simulated.handovers.total) / Double(simulated.caseCount)
        if ProcessInfo.processInfo.environment["SILOSCOPE_PRINT_EFFECTS"] != nil {
            print("service desk: transfers per case \(transfersSimulated) simulated vs \(transfersObserved) observed")
        }
        #expect(abs(transfersSimulated - transfersObserved) / transfersObserved <= 0.10,
                "transfers per case \(transfersSimulated) vs observed \(transfersObserved)")
        let unitIDs = result.summary.unitIDs
        for entry in observed.handovers.entries.prefix(5) {
            let (from, to) = (unitIDs[entry.from], unitIDs[entry.to])
            let share = simulated.handovers.entries.first { simulated.units[$0.from] == from && simulated.units[$0.to] == to }?.share ?? 0
            if ProcessInfo.processInfo.environment["SILOSCOPE_PRINT_EFFECTS"] != nil {
                print("service desk: \(from) → \(to) share \(share) simulated vs \(entry.share) observed")
            }
            #expect(abs(share - entry.share) <= 0.03, "\(from) → \(to): \(share) vs observed \(entry.share)")
        }
    }

    /// Tukey's far-out fence: an evenly spread log has no outlier, a far one is found.
    @Test func outlyingTimesFence() {
        let even = (0..<1_000).map { Double($0) * 3_600 }
        #expect(!OutlyingTimes.flags(even).contains(true))
        let flags = OutlyingTimes.flags([-6 * 365 * 86_400] + even)
        #expect(flags[0] && flags.dropFirst().allSatisfy { !$0 })
        #expect(!OutlyingTimes.flags([1, 1, 1, 1, 1, 1, 1, 1e9]).contains(true))  // no spread: nothing to measure against
    }
}
