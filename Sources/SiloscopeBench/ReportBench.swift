import Foundation
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeReport
import SiloscopeScenarios

/// The full workshop report of a model with scenarios (default: the bank with three
/// scenarios, the defaults of `siloscope report`), timed phase by phase; target < 30 s on
/// 2 cores. Prints wall-clock and CPU seconds: on a shared machine the wall clock depends
/// on the load, the CPU time does not.
///
/// Arguments: `[MODEL [SCENARIO…]]`, paths relative to the working directory (the
/// repository's root).
func runReportBench(arguments: [String]) throws {
    let model = arguments.first ?? "org-models/bank.yaml"
    let scenarios = arguments.count > 1 ? Array(arguments.dropFirst()) : [
        "scenarios/bank-crm-under-ceo.yaml", "scenarios/bank-merge-reporting-teams.yaml",
        "scenarios/bank-single-customer-record.yaml",
    ]
    let clock = ContinuousClock()
    let cpuStart = cpuSeconds()
    let started = clock.now
    let loaded: LoadedModel
    var loadedScenarios: [Scenario] = []
    do {
        loaded = try ModelLoader.load(path: model)
        for path in scenarios { loadedScenarios.append(try ScenarioLoader.load(path: path)) }
    } catch {
        throw BenchError.failed(error.description)
    }
    let options = ReportOptions()
    print("report: \(model) with \(scenarios.count) scenario(s), \(options.runs) runs × \(options.cases) cases, \(options.robustnessSamples) robustness draws")
    let report: WorkshopReport
    do { report = try WorkshopReport.build(loaded, scenarios: loadedScenarios, options: options) } catch {
        throw BenchError.failed(error.description)
    }
    let computed = clock.now
    let cpuComputed = cpuSeconds()
    var pages: [String] = []
    for language in [Language.en, .tr] {
        do { pages.append(try report.html(language: language)) } catch { throw BenchError.failed(error.description) }
    }
    let rendered = clock.now
    let cpuRendered = cpuSeconds()
    let compute = (computed - started).seconds, cpuCompute = cpuComputed - cpuStart
    let page = (rendered - computed).seconds / 2, cpuPage = (cpuRendered - cpuComputed) / 2
    print(String(format: "load, simulate, assess, recommend, compare: %.2f s wall, %.2f s CPU", compute, cpuCompute))
    print(String(format: "diagrams and HTML, per language:            %.2f s wall, %.2f s CPU (%d KB en, %d KB tr)",
                 page, cpuPage, pages[0].utf8.count / 1024, pages[1].utf8.count / 1024))
    print(String(format: "one report (everything, one language):      %.2f s wall, %.2f s CPU  (target < 30 s)",
                 compute + page, cpuCompute + cpuPage))
}

/// User plus system CPU seconds of this process so far.
private func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
