import Foundation
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation
import Testing

@testable import SiloscopeComparison

/// The repository root and small, fast simulation options for the bank example.
enum ComparisonFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func bank() throws -> LoadedModel { try ModelLoader.load(path: path("org-models/bank.yaml")) }

    static func scenario(_ name: String) throws -> Scenario { try ScenarioLoader.load(path: path("scenarios/\(name).yaml")) }

    static let options: SimulationOptions = {
        var options = SimulationOptions()
        options.runs = 4
        options.cases = 2_500
        options.warmupCases = 300
        return options
    }()
}

@Suite("Comparison with common random numbers")
struct ComparisonTests {
    @Test("a scenario that changes nothing gives deltas of exactly 0 and no real difference")
    func controlScenario() throws {
        let control = Scenario(file: "control.yaml", name: "Control", changes: [])
        let report = try Comparison.run(base: ComparisonFixture.bank(), scenarios: [control],
                                        options: ComparisonFixture.options)
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.metrics.count == report.base.metrics.count)
        #expect(scenario.metrics.count == ComparisonMetric.allCases.count)
        for figure in scenario.metrics {
            let delta = try #require(figure.delta, "\(figure.metric)")
            #expect(delta.mean == 0, "\(figure.metric)")
            #expect(delta.significant == false, "\(figure.metric)")
            #expect(figure.direction == .same, "\(figure.metric)")
            if delta.method != .exact { #expect(delta.low == 0 && delta.high == 0, "\(figure.metric)") }
        }
        #expect(scenario.edgeChanges.allSatisfy { $0.addedMinutesDelta.mean == 0 && $0.status == .both })
        #expect(scenario.significantMetrics.isEmpty)
        #expect(scenario.changes.isEmpty)
    }

    @Test("syncing every copy in real time gives significantly fewer reopens, paired, with a tight interval")
    func syncHelps() throws {
        let report = try Comparison.run(base: ComparisonFixture.bank(),
                                        scenarios: [ComparisonFixture.scenario("bank-sync-copies-realtime")],
                                        options: ComparisonFixture.options)
        let scenario = try #require(report.scenarios.first)
        let reopens = try #require(scenario.metric(.reopens))
        let delta = try #require(reopens.delta)
        #expect(delta.method == .paired)
        #expect(delta.significant && delta.mean < 0, "\(delta)")
        #expect(try #require(delta.high) < 0)
        #expect(reopens.direction == .better)
        // The paired interval is narrower than the two intervals' half-widths added up.
        let base = try #require(report.base.metric(.resolutionMinutes))
        let moved = try #require(scenario.metric(.resolutionMinutes))
        let pairedHalf: Double = try #require(moved.delta).halfWidth
        let baseLow: Double = try #require(base.low), baseHigh: Double = try #require(base.high)
        let movedLow: Double = try #require(moved.low), movedHigh: Double = try #require(moved.high)
        let independent: Double = (baseHigh - baseLow) / 2 + (movedHigh - movedLow) / 2
        #expect(pairedHalf < independent)
        // Exact figures: the copies' sync makes campaigns more consistent, no interval.
        let inconsistent = try #require(scenario.metric(.campaignInconsistentRate)?.delta)
        #expect(inconsistent.method == .exact && inconsistent.low == nil && inconsistent.mean < 0 && inconsistent.significant)
        #expect(report.runs == 4 && report.casesPerRun == 2_500)
    }

    @Test("merged units' edges are matched to the merged unit, and the changes are summarised")
    func mergeEdges() throws {
        let report = try Comparison.run(base: ComparisonFixture.bank(),
                                        scenarios: [ComparisonFixture.scenario("bank-merge-reporting-teams")],
                                        options: ComparisonFixture.options)
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.changes.diff.mergedInto.count == 7)
        #expect(scenario.changes.diff.mergedInto.values.allSatisfy { $0 == "merkezi_raporlama" })
        #expect(scenario.changes.changes.first?.line == 13)
        #expect(scenario.metric(.reportingTruths)?.direction == .better)
        let merged = scenario.edgeChanges.filter { !$0.mergedFrom.isEmpty }
        #expect(merged.allSatisfy { $0.from == "merkezi_raporlama" || $0.to == "merkezi_raporlama" })
        #expect(!scenario.edgeChanges.contains { $0.from.hasSuffix("_raporlama") && $0.from != "merkezi_raporlama" })
        // Sorted by the size of the change in added minutes.
        let sizes = scenario.edgeChanges.map { abs($0.addedMinutesDelta.mean) }
        #expect(sizes == sizes.sorted(by: >))
    }

    @Test("the JSON uses snake_case field names and reads back to the same report")
    func jsonRoundTrip() throws {
        let report = try Comparison.run(base: ComparisonFixture.bank(),
                                        scenarios: [ComparisonFixture.scenario("bank-crm-under-marketing")],
                                        options: ComparisonFixture.options)
        let data = try report.json()
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"base_file\"", "\"cases_per_run\"", "\"wall_seconds\"", "\"is_base\"", "\"edge_changes\"",
                    "\"relative_delta\"", "\"significant\"", "\"method\" : \"paired\"", "\"direction\"",
                    "\"added_minutes_per_case\"", "\"bounces_per_1000\"", "\"added_minutes_per_case_delta\"",
                    "\"moved_units\"", "\"merged_into\"", "\"metric\" : \"resolution_p90_minutes\"",
                    "\"method\" : \"unpaired\"", "\"method\" : \"exact\""] {
            #expect(text.contains(key), "\(key)")
        }
        #expect(!text.contains("baseFile") && !text.contains("casesPerRun"))
        let decoded = try ComparisonReport.decode(json: data)
        #expect(try decoded.json() == data)
        #expect(decoded.scenarios.first?.changes.diff.movedUnits.first?.unit == "crm_ekibi")
    }

    @Test("table, Markdown and CSV show today and each scenario with deltas and marks")
    func renderers() throws {
        let report = try Comparison.run(base: ComparisonFixture.bank(),
                                        scenarios: [ComparisonFixture.scenario("bank-sync-copies-realtime")],
                                        options: ComparisonFixture.options)
        let table = report.table()
        #expect(table.contains("TODAY") && table.contains("Kopyalar gerçek zamanlı senkron"))
        #expect(table.contains("reopens (stale data)") && table.contains("better"))
        let markdown = report.markdown()
        #expect(markdown.contains("| Metric | Today | Kopyalar gerçek zamanlı senkron |"))
        #expect(markdown.contains("**better**"))
        let csv = report.csv().split(separator: "\n")
        #expect(csv.first == "section,scenario,key,metric,value,low,high,delta,delta_low,delta_high,method,significant,direction")
        let reopens = try #require(csv.first { $0.hasPrefix("metric,Kopyalar gerçek zamanlı senkron,,reopens,") })
        #expect(reopens.hasSuffix(",paired,true,better"))
        #expect(csv.contains { $0.hasPrefix("edge,today,cagri_merkezi → ") })
    }
}
