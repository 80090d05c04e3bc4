import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeSimulation

/// `siloscope compare` of the bank example with three scenarios, priced with the bank's
/// economics section (10,000 draws; the pricing pass's own seconds are printed), (CRM under Marketing, one
/// customer record, the reporting teams merged) at the default run length (10 runs of
/// 20,000 cases each), printing the seconds of each phase (target < 30 s on 2 cores).
///
/// Arguments: the repository root (default: the working directory), then optionally the
/// runs and the cases per run.
func runCompareBench(arguments: [String]) throws {
    let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
    var options = SimulationOptions()
    if arguments.count > 1, let runs = Int(arguments[1]) { options.runs = runs }
    if arguments.count > 2, let cases = Int(arguments[2]) { options.cases = cases }
    let names = ["bank-crm-under-marketing", "bank-single-customer-record", "bank-merge-reporting-teams"]
    let clock = ContinuousClock()
    var base: LoadedModel?
    var scenarios: [Scenario] = []
    let load = clock.measure {
        base = try? ModelLoader.load(path: root.appendingPathComponent("org-models/bank.yaml").path)
        scenarios = names.compactMap { try? ScenarioLoader.load(path: root.appendingPathComponent("scenarios/\($0).yaml").path) }
    }
    guard let base, scenarios.count == names.count else {
        throw BenchError.failed("run from the repository root (or pass it): org-models/bank.yaml and scenarios/ not found")
    }
    print("compare: bank (\(base.model.units.count) units) and \(names.count) scenarios, \(options.runs) runs × \(options.cases) cases, "
          + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
    var report: ComparisonReport?
    var failure: ComparisonError?
    let compare = clock.measure {
        do throws(ComparisonError) {
            report = try Comparison.run(base: base, scenarios: scenarios, options: options)
        } catch {
            failure = error
        }
    }
    guard let report else { throw BenchError.failed(failure?.description ?? "the comparison failed") }
    var rendered = 0
    let render = clock.measure { rendered = report.table().utf8.count + report.markdown().utf8.count + report.csv().utf8.count }
    print(String(format: "load model + scenarios: %.3f s", load.seconds))
    print(String(format: "apply + simulate 4× + price: %.3f s", compare.seconds))
    if let money = report.businessCase {
        print(String(format: "  of which pricing %d draws × %d replications, 5 worlds: %.3f s  (target < 1 s)",
                     money.draws, money.replications, money.wallSeconds))
    }
    print(String(format: "table, markdown, csv:   %.3f s  (%d bytes)", render.seconds, rendered))
    print(String(format: "total:                  %.3f s  (target < 30 s)", (load + compare + render).seconds))
    for scenario in report.scenarios {
        let delta = scenario.metric(.resolutionMinutes)?.delta
        print("  \(scenario.name): resolution " + String(format: "%+.1f ± %.1f min", delta?.mean ?? 0, delta?.halfWidth ?? 0)
              + ", \(scenario.significantMetrics.count) real differences")
    }
}
