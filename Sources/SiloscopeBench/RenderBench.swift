import Foundation
import SiloscopeModel
import SiloscopeRendering

/// Builds the org view of a generated model of `units` units (default 300) and renders it
/// to SVG in-process, printing the seconds of each phase (target < 2 s for 300 units).
func runRenderBench(arguments: [String]) throws {
    let units = Int(arguments.first ?? "") ?? 300
    let model = try ModelLoader.load(text: generatedModel(units: units), file: "generated.yaml").model
    print("render: org view of \(units) units, \(model.handoffs.count) handoffs")
    let clock = ContinuousClock()
    var diagram: Diagram?
    let build = clock.measure { diagram = try? OrgChartView(model: model).diagram() }
    guard let diagram else { throw BenchError.failed("the org view could not be built") }
    var svg = Data()
    let first = try clock.measure { svg = try diagram.rendered(as: .svg) }
    let again = try clock.measure { _ = try diagram.rendered(as: .svg) }
    print(String(format: "build diagram:    %.3f s", build.seconds))
    print(String(format: "layout + SVG:     %.3f s  (first render, context created)", first.seconds))
    print(String(format: "layout + SVG:     %.3f s  (second render)", again.seconds))
    print(String(format: "total:            %.3f s  (target < 2 s), %d KB of SVG", (build + first).seconds, svg.count / 1024))
}
