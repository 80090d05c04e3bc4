import Foundation
import SiloscopeGraph
import SiloscopeModel

/// Load + validate + build the graph of a generated model of `units` units (default
/// 100,000), from a file on disk, and print the seconds of each phase.
func runModelBench(arguments: [String]) throws {
    let units = Int(arguments.first ?? "") ?? 100_000
    let text = generatedModel(units: units)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-bench-\(units).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    print("model: \(units) units, \(text.utf8.count / 1_000_000) MB of YAML")
    let clock = ContinuousClock()
    var loaded: LoadedModel?
    let load = clock.measure { loaded = try? ModelLoader.load(path: path) }
    guard let loaded else { throw BenchError.failed("the generated model did not load") }
    var graph: OrgGraph?
    let build = clock.measure { graph = try? OrgGraph(loaded.model) }
    guard let graph else { throw BenchError.failed("the generated model did not form a tree") }
    var total = 0
    let queries = clock.measure {
        for i in stride(from: 1, to: graph.count, by: 7) { total &+= graph.distance(i, graph.count - i) }
    }
    print(String(format: "load + validate: %.3f s", load.seconds))
    print(String(format: "build graph:     %.3f s", build.seconds))
    print(String(format: "total:           %.3f s  (target < 2 s)", (load + build).seconds))
    print(String(format: "%d distance queries: %.3f s (checksum %d)", graph.count / 7, queries.seconds, total))
    print("peak RSS: \(peakResidentMegabytes()) MB")
}

/// A bank-shaped model: a root, 12 divisions, departments, then teams, with handoffs.
func generatedModel(units: Int) -> String {
    var text = "siloscope: 1\norganization: {name: \"Üretilmiş Şirket\", sector: banking}\nunits:\n"
    text.reserveCapacity(units * 120)
    text += "  - {id: u0, name: \"Genel Müdür\", kind: executive, staff: 1}\n"
    for i in 1..<units {
        let parent = i <= 12 ? 0 : (i <= 400 ? 1 + (i % 12) : 13 + (i * 7919) % min(i - 13, 5_000))
        text += "  - {id: u\(i), name: \"Birim \(i) Müdürlüğü\", kind: operations, parent: u\(parent), staff: \(3 + i % 40), handling_minutes: \(5 + i % 20)}\n"
    }
    text += "handoffs:\n"
    for i in stride(from: 20, to: units, by: 10) {
        text += "  - {from: u\(i), to: u\(i - 7), channel: ticket, context_kept: 0.7}\n"
    }
    return text
}

/// Peak resident set size of this process, in megabytes.
func peakResidentMegabytes() -> Int {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) / 1024
}

/// A benchmark that could not run.
enum BenchError: Error, CustomStringConvertible {
    case failed(String)
    var description: String {
        switch self { case .failed(let message): "benchmark failed: \(message)" }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

