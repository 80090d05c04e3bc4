import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// The report's outputs: JSON field names are documented and stable, the table and CSV
/// carry the headline.
@Suite("Simulation report")
struct SimulationReportTests {
    /// Field paths of a JSON value: `a.b` for members, `a[]` for array elements; an
    /// interval ({mean, low, high}), objects keyed by model ids (`parameters`, the
    /// consumption tables) and arrays of scalars are leaves.
    static let keyedByID = Set(["parameters"]).union(["actual", "twin"].flatMap { world in
        ["staff_minutes", "rework_minutes", "contacts"].map { "consumption.\(world)[].\($0)" }
    })

    static func paths(_ value: Any, _ prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            if Set(object.keys) == ["mean", "low", "high"] || keyedByID.contains(prefix) { return [prefix] }
            var result = Set<String>()
            for (key, member) in object {
                result.formUnion(paths(member, prefix.isEmpty ? key : "\(prefix).\(key)"))
            }
            return result
        }
        if let array = value as? [Any], array.contains(where: { $0 is [String: Any] }) {
            return array.reduce(into: Set<String>()) { $0.formUnion(paths($1, "\(prefix)[]")) }
        }
        return [prefix]
    }

    /// The field paths of reports that fill every optional field and every list.
    static func reportPaths() throws -> Set<String> {
        let timed = try simulate(CampaignAnalysisTests.campaign(), runs: 2, horizonHours: 100)
        let routed = try simulate(StructuralPolicyTests.operations(), runs: 2, cases: 500, warmup: 0)
        var result = Set<String>()
        for report in [timed, routed] {
            result.formUnion(paths(try JSONSerialization.jsonObject(with: report.json())))
        }
        // A list empty in one report is a leaf there; the other report shows its fields.
        return result.filter { path in !result.contains { $0.hasPrefix(path + "[]") } }
    }

    @Test("Every JSON field is documented in docs/simulation.md, and every documented one exists")
    func fieldsDocumented() throws {
        let actual = try Self.reportPaths()
        let documented = Set(try DocBlock.tableKeys("json-fields"))
        #expect(actual.subtracting(documented).isEmpty, "undocumented: \(actual.subtracting(documented).sorted())")
        #expect(documented.subtracting(actual).isEmpty, "documented but absent: \(documented.subtracting(actual).sorted())")
    }

    @Test("JSON keys are snake_case and intervals have mean, low and high")
    func jsonShape() throws {
        let report = try simulate(StructuralPolicyTests.operations(), runs: 3, cases: 500, warmup: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        let sfi = try #require(object["silo_friction_index"] as? [String: Any])
        let customer = try #require(sfi["customer"] as? [String: Double])
        // (JSONSerialization may read the last digit differently; JSONDecoder is exact, below.)
        #expect(abs((customer["mean"] ?? 0) - report.siloFrictionIndex.customer.mean) < 1e-12)
        #expect(abs((customer["low"] ?? 0) - report.siloFrictionIndex.customer.low) < 1e-12)
        #expect(abs((customer["high"] ?? 0) - report.siloFrictionIndex.customer.high) < 1e-12)
        for path in Self.paths(object) where !path.hasPrefix("parameters") {
            #expect(path.allSatisfy { $0.isLowercase || $0.isNumber || "_.[]".contains($0) }, "\(path)")
        }
        let parameters = try #require(object["parameters"] as? [String: Double])
        #expect(Set(parameters.keys) == Set(SimulationParameters.definitions.map(\.name)))
        // The report decodes back with a plain decoder: its types spell out their snake_case keys.
        let decoded = try JSONDecoder().decode(SimulationReport.self, from: report.json())
        #expect(decoded.cases.resolutionMinutes == report.cases.resolutionMinutes)
        #expect(decoded.replications == report.replications)
    }

    @Test("The table and the CSV carry the headline and the figures")
    func textOutputs() throws {
        let report = try simulate(StructuralPolicyTests.operations(), runs: 3, cases: 500, warmup: 0)
        let table = report.table()
        #expect(table.contains("SILO FRICTION INDEX"))
        #expect(table.contains(String(format: "%.1f%%", report.siloFrictionIndex.customer.mean * 100)))
        #expect(table.contains("front → back (undeclared)"))
        let csv = report.csv().split(separator: "\n")
        #expect(csv.first == "section,key,metric,mean,low,high")
        #expect(csv.contains { $0.hasPrefix("friction,,customer,\(report.siloFrictionIndex.customer.mean),") })
        #expect(csv.contains { $0.hasPrefix("unit,back,utilisation,") })
        #expect(csv.contains { $0.hasPrefix("edge,front->back,cases,") })
    }
}
