// `siloscope-bench engine`: the canonical 8-unit complaint network, timed.
import SiloscopeEngine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Simulates the peers' canonical network (shared/peers/canonical.json) and prints speed,
/// memory and the mean sojourn against the exact 19.283 minutes.
enum EngineBench {
    /// The canonical network: servers, mean service (minutes), external rate (per minute).
    static let units: [(name: String, servers: Int, meanService: Double, externalRate: Double)] = [
        ("call_center", 20, 8.5, 1.6), ("branch", 10, 11.0, 0.6), ("web_support", 5, 6.0, 0.5),
        ("marketing", 4, 25.0, 0), ("it", 6, 20.0, 0), ("billing", 5, 12.0, 0),
        ("legal", 2, 18.0, 0), ("crm", 3, 12.0, 0),
    ]
    static let routing: [[Double]] = [
        [0.0, 0.04, 0.03, 0.04, 0.06, 0.12, 0.02, 0.05],
        [0.08, 0.0, 0.0, 0.0, 0.04, 0.1, 0.04, 0.06],
        [0.12, 0.0, 0.0, 0.04, 0.18, 0.06, 0.0, 0.0],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.04, 0.12],
        [0.08, 0.0, 0.1, 0.0, 0.0, 0.05, 0.0, 0.0],
        [0.12, 0.03, 0.0, 0.0, 0.0, 0.0, 0.04, 0.08],
        [0.0, 0.08, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0],
        [0.08, 0.0, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0],
    ]
    static let exactSojourn = 19.283358547738

    static var network: Network {
        Network(
            stations: units.map { Station(name: $0.name, servers: $0.servers, service: .exponential(mean: $0.meanService)) },
            sources: units.enumerated().compactMap { i, unit in
                unit.externalRate > 0 ? .poisson(rate: unit.externalRate, station: i) : nil
            })
    }

    static func main(arguments: [String]) {
        var cases = 1_000_000
        var warmUp = 20_000
        var seed: UInt64 = 1
        var replications = 1
        var threads: Int?
        var json = false
        var quantiles = true
        var i = 0
        func value(_ name: String) -> String {
            i += 1
            guard i < arguments.count else { fail("\(name) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--cases": cases = integer(value("--cases"), "--cases")
            case "--warmup": warmUp = integer(value("--warmup"), "--warmup")
            case "--seed": seed = UInt64(integer(value("--seed"), "--seed"))
            case "--replications": replications = integer(value("--replications"), "--replications")
            case "--threads": threads = integer(value("--threads"), "--threads")
            case "--json": json = true
            case "--no-quantiles": quantiles = false
            case "-h", "--help":
                print("usage: siloscope-bench engine [--cases N] [--warmup W] [--seed S] [--replications R] [--threads T] [--json] [--no-quantiles]")
                print("  --threads: worker threads for the replications (default: every core, at most R)")
                print("  --no-quantiles: keep only the means and variances (no quantile sketches), the statistics canonical_c keeps")
                return
            default: fail("unknown option \(arguments[i])")
            }
            i += 1
        }
        guard cases > 0, warmUp >= 0, replications >= 1, (threads ?? 1) >= 1 else {
            fail("--cases, --replications and --threads must be positive")
        }
        let network = network
        let router: MarkovRouter
        do {
            try StabilityGuard.check(network: network, routing: routing)
            router = try MarkovRouter(routing: routing, network: network)
        } catch {
            fail(error.description)
        }
        var plan = ReplicationPlan(seed: seed, replications: replications, length: .jobs(warmUp: warmUp, measured: cases),
                                   threads: threads)
        if !quantiles { plan.quantiles = [] }
        let start = monotonicSeconds()
        let report: ReplicationReport<NullObserver>
        do {
            report = try Replications.run(network: network, router: router, plan: plan)
        } catch {
            fail(error.description)
        }
        let wall = monotonicSeconds() - start
        let events = report.summary.totalEvents
        let arrivals = report.runs.reduce(0) { $0 + $1.externalArrivals }
        let workers = plan.workers
        let eventsPerSecond = Double(events) / wall
        let sojourn = report.summary.meanSojourn.mean
        let rss = peakResidentMegabytes()
        if json {
            print("{\"sim\": \"\(quantiles ? "siloscope" : "siloscopemeans")\", \"case\": \"canonical_bank_complaints_v1\", \"seed\": \(seed), "
                + "\"complaints\": \(arrivals), \"measured\": \(cases * replications), \"warmup\": \(warmUp), "
                + "\"replications\": \(replications), \"threads\": \(workers), \"events\": \(events), "
                + "\"wall_s\": \(wall), \"events_per_s\": \(eventsPerSecond), \"mean_sojourn\": \(sojourn), "
                + "\"peak_rss_mb\": \(rss)}")
            return
        }
        print("engine: canonical 8-unit network, \(replications) × \(cases) measured cases (+\(warmUp) warm-up), "
            + "seed \(seed), \(workers) thread(s)")
        print("  wall time        \(format(wall, 3)) s")
        print("  events           \(events) (external arrivals + service completions)")
        print("  events/s         \(format(eventsPerSecond / 1e6, 2)) M  (\(format(eventsPerSecond / Double(workers) / 1e6, 2)) M per core)")
        print("  cases/s          \(format(Double(arrivals) / wall / 1e6, 2)) M")
        print("  peak RSS         \(format(rss, 1)) MB")
        print("  mean sojourn     \(format(sojourn, 4)) min (exact \(format(exactSojourn, 4)), "
            + "error \(format((sojourn / exactSojourn - 1) * 100, 2)) %)")
        if replications > 1 {
            let ci = report.summary.meanSojourn
            print("  95 % CI          \(format(ci.lower, 4)) … \(format(ci.upper, 4)) min, contains exact: \(ci.contains(exactSojourn))")
        }
    }

    static func integer(_ text: String, _ name: String) -> Int {
        guard let number = Int(String(text.filter { $0 != "_" })) else { fail("\(name) needs an integer, got \(text)") }
        return number
    }

    static func fail(_ message: String) -> Never {
        print("siloscope-bench engine: \(message)")
        exit(2)
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process (getrusage ru_maxrss: kB on Linux, bytes on macOS).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    static func format(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return "\(rounded)"
    }
}
