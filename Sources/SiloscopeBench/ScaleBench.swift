import Foundation
import SiloscopeComparison
import SiloscopeImport
import SiloscopeModel
import SiloscopeRendering
import SiloscopeReport
import SiloscopeScenarios
import SiloscopeSimulation

/// `SiloscopeBench scale [UNITS] [EMPLOYEES]`: every step a user takes on a big
/// organization, timed: load + validate, simulate, and render the org view (collapsed
/// to its legible limit) to SVG and PNG, on a generated 100,000-unit model and on the
/// model imported from a generated 100,000-employee HR export; on the generated model
/// also a scenario's before/after and diff pictures (collapsed, every change drawn).
/// Targets: validate < 2 s; render in seconds; simulate bounded (it scales with cases,
/// not units).
func runScaleBench(arguments: [String]) throws {
    let units = arguments.first.flatMap(Int.init) ?? 100_000
    let employees = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let generated = try scaleSteps(name: "generated \(units)-unit model", yaml: generatedModel(units: units) + ScaleBenchData.demand(owners: ["u\(units / 2)", "u\(units - 1)", "u777"], entry: "u13"))
    try beforeAfterSteps(generated, units: units)

    let clock = ContinuousClock()
    var imported: OrgChartImport?
    let export = ImportBenchData.employeeExport(count: employees)
    let importing = clock.measure { imported = try? OrgChartImporter.importCSV(export, file: "employees.csv") }
    guard let imported else { throw BenchError.failed("the generated export did not import") }
    print(String(format: "import %d employees: %.3f s → %d units", employees, importing.seconds, imported.model.units.count))
    let model = imported.model
    let leaves = model.units.filter { unit in !model.units.contains { $0.parent == unit.id } }.map(\.id)
    let entry = model.units.first { $0.parent != nil }?.id ?? model.units[0].id
    try scaleSteps(name: "model of the \(employees)-employee export",
                   yaml: model.yamlText() + ScaleBenchData.demand(owners: Array(leaves.suffix(3)), entry: entry))
}

/// Load + validate, simulate, render: one line each.
@discardableResult
private func scaleSteps(name: String, yaml: String) throws -> LoadedModel {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-scale-\(UUID().uuidString).yaml").path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let clock = ContinuousClock()
    var loaded: LoadedModel?
    let load = clock.measure { loaded = try? ModelLoader.load(path: path) }
    guard let loaded else { throw BenchError.failed("\(name) did not load") }
    print("\(name): \(loaded.model.units.count) units, \(loaded.model.handoffs.count) handoffs, \(yaml.utf8.count / 1_000_000) MB of YAML")
    print(String(format: "  load + validate:               %.3f s  (target < 2 s)", load.seconds))
    var options = SimulationOptions()
    options.runs = 2
    options.cases = 5_000
    options.warmupCases = 500
    var report: SimulationReport?
    let simulate = clock.measure { report = try? SiloSimulator.run(loaded, options: options) }
    print(String(format: "  simulate (2 runs × %d cases):  %.3f s%@", options.cases, simulate.seconds, report == nil ? " (refused)" : ""))
    var collapsed: OrgCollapse.Result?
    var diagram: Diagram?
    let build = clock.measure {
        collapsed = try? OrgCollapse().apply(to: loaded.model)
        if let collapsed { diagram = try? OrgView.org.diagram(for: loaded.model, collapsed: collapsed) }
    }
    guard let diagram, let collapsed else { throw BenchError.failed("\(name): the org view could not be built") }
    var svg = Data()
    var png = Data()
    let svgTime = try clock.measure { svg = try diagram.rendered(as: .svg) }
    let pngTime = try clock.measure { png = try diagram.rendered(as: .png) }
    print(String(format: "  collapse + build org view:     %.3f s  (%d of %d boxes drawn)", build.seconds, collapsed.model.units.count, collapsed.totalUnits))
    print(String(format: "  layout + SVG:                  %.3f s  (%d KB)", svgTime.seconds, svg.count / 1024))
    print(String(format: "  layout + PNG:                  %.3f s  (%d KB)", pngTime.seconds, png.count / 1024))
    print("  peak RSS so far: \(peakResidentMegabytes()) MB")
    return loaded
}

/// A scenario on the generated model that moves two deep units and merges two others
/// into a new unit: simulated today and after (the friction overlay), then the three
/// pictures collapsed on one layout and rendered to PNG.
private func beforeAfterSteps(_ loaded: LoadedModel, units: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-scale-\(UUID().uuidString)-scenario.yaml").path
    try """
        siloscope_scenario: 1
        name: "Derin değişiklik"
        base: \(loaded.sources.file)
        changes:
          - move: {unit: u\(units - 3), to: u5}
          - move: {unit: u\(units / 3), to: u9}
          - merge: {units: [u\(units - 5), u\(units - 6)], into: {id: birlesik, name: "Birleşik Müdürlük", parent: u7}}

        """.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let clock = ContinuousClock()
    var applied: AppliedScenario?
    let apply = clock.measure { applied = try? ScenarioLoader.load(path: path).apply(to: loaded) }
    guard let applied else { throw BenchError.failed("the scenario did not apply to the generated model") }
    var options = SimulationOptions()
    options.runs = 2
    options.cases = 5_000
    options.warmupCases = 500
    var comparison: ComparisonReport?
    let compare = clock.measure { comparison = try? Comparison.run(base: loaded, applied: [applied], options: options) }
    guard let comparison, let after = comparison.scenarios.first else { throw BenchError.failed("the comparison did not run") }
    var view = BeforeAfterView(before: loaded.model, after: applied.model,
                               changes: applied.diff,
                               beforeFriction: EdgeFriction.map(comparison.base.edges), afterFriction: EdgeFriction.map(after.edges))
    var collapsed: BeforeAfterCollapse?
    var diagrams: BeforeAfterDiagrams?
    let build = clock.measure {
        collapsed = try? view.collapse(OrgCollapse())
        diagrams = try? view.diagrams()
    }
    guard let collapsed, let diagrams else { throw BenchError.failed("the before/after pictures could not be built") }
    var bytes = 0
    let render = try clock.measure { bytes = try diagrams.rendered(as: .png).before.count }
    print("before/after of a scenario on it (2 moves, 1 merge):")
    print(String(format: "  apply scenario:                %.3f s", apply.seconds))
    print(String(format: "  compare (2 runs × %d cases):  %.3f s  (friction today and after)", options.cases, compare.seconds))
    print(String(format: "  collapse + lay out the set:    %.3f s  (%d of %d units drawn, %d changed)", build.seconds,
                 collapsed.drawnUnits, collapsed.totalUnits, collapsed.changedUnits.count))
    print(String(format: "  render 3 PNGs:                 %.3f s  (before: %d KB)", render.seconds, bytes / 1024))
    print("  peak RSS so far: \(peakResidentMegabytes()) MB")
}

/// Demand for a simulation of a generated organization: one phone touchpoint at `entry`
/// and a complaint type owned by each of `owners`, 5 arrivals per hour each (stable queues).
enum ScaleBenchData {
    static func demand(owners: [String], entry: String) -> String {
        var text = "touchpoints:\n  - {id: phone, name: Çağrı hattı, channel: phone, unit: \(entry)}\ncase_types:\n"
        for (index, owner) in owners.enumerated() {
            text += "  - {id: complaint_\(index), name: Şikâyet \(index), kind: complaint, owner: \(owner), handling_minutes: 10, arrivals: [{touchpoint: phone, per_hour: 5}]}\n"
        }
        return text
    }
}
