import Foundation

// siloscope-bench BENCHMARK [ARGS…] — release-build benchmarks that print figures.
// Run with: swift run -c release SiloscopeBench <name>. See docs/performance.md.
let benchmarks: [(name: String, about: String, run: ([String]) throws -> Void)] = [
    ("model", "load + validate + graph of a generated 100,000-unit model", runModelBench),
    ("engine", "the canonical complaint network (peers/canonical.json) against its exact answers",
     { EngineBench.main(arguments: $0) }),
    ("render", "org view of a generated 300-unit model to SVG, in-process", runRenderBench),
    ("import", "a 100,000-employee HR export and a 1,000,000-event log", { runImportBench(arguments: $0) }),
    ("compare", "the bank example against three scenarios, common random numbers, default runs", runCompareBench),
    ("scale", "validate, simulate and render a 100,000-unit model and a 100,000-employee export", runScaleBench),
    ("calibrate", "calibrate the bank on a simulated 20,000-case log (sizes as arguments)", { try runCalibrateBench(arguments: $0) }),
    ("report", "the full workshop report of the bank with three scenarios (siloscope report's defaults)", runReportBench),
    ("serve", "siloscope serve on the bank: latency from a change to its first figures, and to all replications",
     runServeBench),
]

let arguments = Array(CommandLine.arguments.dropFirst())
let selected = arguments.first ?? "all"
do {
    var ran = false
    for benchmark in benchmarks where selected == "all" || selected == benchmark.name {
        print("== \(benchmark.name): \(benchmark.about)")
        try benchmark.run(Array(arguments.dropFirst()))
        ran = true
    }
    if !ran {
        print("unknown benchmark '\(selected)'; expected one of: all, \(benchmarks.map(\.name).joined(separator: ", "))")
        exit(64)
    }
} catch {
    print("\(error)")
    exit(1)
}
