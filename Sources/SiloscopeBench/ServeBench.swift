import Foundation
import SiloscopeModel
import SiloscopeWorkshop

/// `siloscope serve`'s latency from a change to its first figures on the bank model
/// (target < 1 s on 2 cores), and to the last replication step, at the default run length
/// (10 runs of 20,000 cases, first step 2 runs). Measured on the workshop session itself
/// (the HTTP layer adds a local round trip); today's runs are simulated once at start.
///
/// Arguments: the repository root (default: the working directory).
func runServeBench(arguments: [String]) throws {
    let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
    let base: LoadedModel
    do {
        base = try ModelLoader.load(path: root.appendingPathComponent("org-models/bank.yaml").path)
    } catch {
        throw BenchError.failed("run from the repository root (or pass it): org-models/bank.yaml not found")
    }
    var configuration = ServeConfiguration(modelPath: root.appendingPathComponent("org-models/bank.yaml").path)
    configuration.firstRuns = 2
    let clock = ContinuousClock()
    var made: WorkshopSession?
    var failure: ServeError?
    let start = clock.measure {
        do throws(ServeError) { made = try WorkshopSession(configuration: configuration, base: base, bundled: []) } catch { failure = error }
    }
    guard let session = made else { throw BenchError.failed(failure?.message ?? "the session could not start") }
    print("serve: bank (\(base.model.units.count) units), steps \(configuration.stages.map(String.init).joined(separator: ", ")) "
          + "runs × \(configuration.simulation.cases) cases, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(String(format: "start (today at every step):      %.3f s", start.seconds))
    let completed = CompletionWatch()
    _ = session.watch { data in
        guard let state = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let progress = state["progress"] as? [String: Any], progress["complete"] as? Bool == true,
              let version = state["version"] as? Int else { return }
        completed.mark(version)
    }
    let changes: [(String, String)] = [
        ("move the CRM team under Marketing", #"{"move_crm":{"to":"gmy_pazarlama"}}"#),
        ("move the CRM team under the CEO", #"{"move_crm":{"to":"genel_mudur"}}"#),
        ("merge two reporting teams", #"{"merge":{"into":"bireysel_raporlama","units":["bireysel_raporlama","kart_raporlama"]}}"#),
        ("declared transfer minutes 25", #"{"set_simulation":{"parameters":{"declared_transfer_minutes":25}}}"#),
    ]
    var firsts: [Double] = []
    for (index, (name, change)) in changes.enumerated() {
        let began = clock.now
        let done = DispatchSemaphore(value: 0)
        let result = BenchResult()
        Task {
            do { _ = try await session.change(to: ChangeList(items: [change])) } catch { result.error = "\(error)" }
            done.signal()
        }
        done.wait()
        let first = (clock.now - began).seconds
        if let error = result.error { throw BenchError.failed("\(name): \(error)") }
        let version = index + 1
        while !completed.has(version) { Thread.sleep(forTimeInterval: 0.01) }
        let all = (clock.now - began).seconds
        firsts.append(first)
        print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: " change → first figures %.3f s (target < 1 s), → all %d runs %.3f s",
                       first, configuration.simulation.runs, all))
    }
    // A change while the previous one's later steps still run (they cannot be interrupted;
    // they run on one thread so the new first step finds a free core).
    let began = clock.now
    let done = DispatchSemaphore(value: 0)
    Task {
        _ = try? await session.change(to: ChangeList(items: [changes[0].1]))
        _ = try? await session.change(to: ChangeList(items: [changes[1].1]))
        done.signal()
    }
    done.wait()
    let both = (clock.now - began).seconds
    firsts.append(both)
    print("two changes back to back".padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: " both first figures %.3f s (the second's while the first's steps run)", both))
    print(String(format: "change → first figures: worst %.3f s, median %.3f s", firsts.max() ?? 0, firsts.sorted()[firsts.count / 2]))
}

private final class CompletionWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var versions: Set<Int> = []
    func mark(_ version: Int) { _ = lock.withLock { versions.insert(version) } }
    func has(_ version: Int) -> Bool { lock.withLock { versions.contains(version) } }
}

private final class BenchResult: @unchecked Sendable {
    var error: String?
}
