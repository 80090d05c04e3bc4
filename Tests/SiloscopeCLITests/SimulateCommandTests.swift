import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `siloscope simulate` end to end: the built binary, its standard output, standard error
/// and exit codes (0 a good run, 1 an invalid model, 2 a missing file, 3 a model that
/// cannot be simulated, 64 a bad option).
@Suite("siloscope simulate, end to end")
struct SimulateCommandTests {
    /// A front desk handing complaints to a back office it does not always find.
    static let model = """
        siloscope: 1
        organization: {name: Örnek A.Ş.}
        units:
          - {id: ceo, kind: executive, staff: 2, handling_minutes: 20}
          - {id: ops, kind: executive, parent: ceo, staff: 2, handling_minutes: 20}
          - {id: front, kind: contact_center, parent: ops, staff: 40, case_handlers: 4, handling_minutes: 6}
          - {id: other, kind: operations, parent: ops, staff: 10, case_handlers: 4, handling_minutes: 12}
          - {id: back, name: Kart Operasyonları, kind: operations, parent: ops, staff: 10, case_handlers: 4, handling_minutes: 12}
        touchpoints:
          - {id: phone, channel: phone, unit: front}
        case_types:
          - {id: complaint, owner: back, arrivals: [{touchpoint: phone, per_hour: 6}]}
        handoffs:
          - {from: other, to: back, channel: email, context_kept: 0.5, transfer_minutes: 120}
        campaigns:
          - {id: offer, owner: ops, system: core, touchpoints: [phone], audience: 1000, suppression: [{data: tax, share: 0.2}]}
        systems:
          - {id: core, holds: [phone]}

        """

    // MARK: Good runs

    @Test("A good run prints the report and exits 0, with nothing on standard error")
    func goodRun() throws {
        let dir = try Scratch()
        let result = try Binary.run(["simulate", dir.write("org.yaml", Self.model), "--runs", "3", "--cases", "2000", "--seed", "7"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Örnek A.Ş. — structural routing, 3 runs × 2000 cases, seed 7"))
        #expect(result.stdout.contains("SILO FRICTION INDEX"))
        #expect(result.stdout.contains("Kart Operasyonları"))
        #expect(result.stdout.contains("front → back (undeclared)"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("JSON output: the same seed gives the same figures, whatever the threads")
    func json() throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        func figures(_ extra: [String]) throws -> [String: Any] {
            let result = try Binary.run(["simulate", path, "--format", "json", "--runs", "4", "--cases", "2000"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            var object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            object["wall_seconds"] = nil
            return object
        }
        func canonical(_ object: [String: Any]) throws -> Data {
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }
        let one = try figures(["--threads", "1", "--seed", "5"]), two = try figures(["--threads", "2", "--seed", "5"])
        #expect(try canonical(one) == canonical(two))
        let other = try figures(["--seed", "6"])
        #expect(try canonical(one) != canonical(other))
        #expect(one["seed"] as? Int == 5 && one["runs"] as? Int == 4 && one["cases_per_run"] as? Int == 2000)
        let cases = try #require(one["cases"] as? [String: Any])
        #expect((cases["resolution_minutes"] as? [String: Double])?["mean"] ?? 0 > 0)
    }

    @Test("--set overrides a parameter; --mode explicit switches the routing")
    func overridesAndMode() throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        let result = try Binary.run(["simulate", path, "--format", "json", "--runs", "2", "--cases", "1000",
                                        "--set", "escalation_hops=0", "--set", "bounce_back_probability=0"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let parameters = try #require(object["parameters"] as? [String: Double])
        #expect(parameters["escalation_hops"] == 0 && parameters["bounce_back_probability"] == 0)
        let cases = try #require(object["cases"] as? [String: [String: Double]])
        #expect(cases["escalations"]?["high"] == 0 && cases["bounces"]?["high"] == 0)

        let explicit = try Binary.run(["simulate", path, "--mode", "explicit", "--runs", "2", "--cases", "500"])
        #expect(explicit.status == 0)
        #expect(explicit.stdout.contains("explicit routing"))
        #expect(explicit.stdout.contains("warning: explicit routing without a routing table"))
    }

    @Test("CSV output and output to a file")
    func csvAndOutputFile() throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        let csv = try Binary.run(["simulate", path, "--format", "csv", "--runs", "2", "--cases", "500"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("section,key,metric,mean,low,high\nfriction,,customer,"))
        #expect(csv.stdout.contains("campaign,offer,irrelevant_rate,0.2,0.2,0.2"))

        let out = dir.path("report.json")
        let written = try Binary.run(["simulate", path, "--format", "json", "-o", out, "--runs", "2", "--cases", "500"])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "wrote \(out)\n")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) is [String: Any])
    }

    @Test("--event-log writes replication 0's services as CSV or XES", arguments: ["csv", "xes"])
    func eventLog(format: String) throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        let log = dir.path("log.\(format)")
        let result = try Binary.run(["simulate", path, "--event-log", log, "--runs", "2", "--cases", "300", "--warmup", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        let services = try #require(result.stderr.firstMatch(of: /wrote .* \((\d+) services of replication 0\)/).flatMap { Int($0.1) })
        let text = try String(contentsOfFile: log, encoding: .utf8)
        if format == "csv" {
            let lines = text.split(separator: "\n")
            #expect(lines.first == "case_id,case_type,activity,unit,channel,timestamp,lifecycle")
            #expect(lines.count == 1 + 2 * services)
        } else {
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1.0\""))
            #expect(text.components(separatedBy: "<event>").count - 1 == 2 * services)
            #expect(text.hasSuffix("</log>\n"))
        }
    }

    // MARK: Failures and their exit codes

    @Test("An invalid model exits 1 and points at the line")
    func invalidModel() throws {
        let dir = try Scratch()
        let broken = Self.model.replacingOccurrences(of: "per_hour: 6", with: "per_hour: -6")
        let result = try Binary.run(["simulate", dir.write("broken.yaml", broken), "--runs", "2"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.yaml:12:"), "\(result.stderr)")
        #expect(result.stderr.contains("per_hour"))
    }

    @Test("A missing model file exits 2")
    func missingFile() throws {
        let dir = try Scratch()
        let result = try Binary.run(["simulate", dir.path("nowhere.yaml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nowhere.yaml"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("A model that cannot be simulated exits 3 and says why", arguments: [
        ("per_hour: 6}", "per_hour: 25}", [String](), "unstable queues: unit 'back' would be 125% busy"),
        ("arrivals: [{touchpoint: phone, per_hour: 6}]", "arrivals: []", [], "nothing arrives"),
        ("per_hour: 6}", "per_hour: 6}", ["--set", "escalation_hops=0", "--set", "undeclared_routing_accuracy=0",
                                          "--set", "declared_routing_accuracy=0"],
         "case type 'complaint' arriving at 'front' may never reach its owner 'back'"),
    ])
    func cannotSimulate(from: String, to: String, options: [String], message: String) throws {
        let dir = try Scratch()
        let model = Self.model.replacingOccurrences(of: from, with: to)
        let result = try Binary.run(["simulate", dir.write("org.yaml", model), "--runs", "2", "--cases", "500"] + options)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("org.yaml: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("A bad option exits 64", arguments: [
        (["--set", "escalaton_hops=1"], "did you mean 'escalation_hops'?"),
        (["--set", "escalation_hops"], "--set expects name=value"),
        (["--set", "retelling_minutes=-1"], "out of range"),
        (["--runs", "1"], "--runs must be at least 2"),
        (["--mode", "sideways"], "--mode must be structural or explicit"),
        (["--format", "pdf"], "format"),
        (["--event-log", "log.txt"], "--event-log must end in .csv or .xes"),
        (["--bogus"], "Unknown option '--bogus'"),
    ])
    func badOption(options: [String], message: String) throws {
        let dir = try Scratch()
        let result = try Binary.run(["simulate", dir.write("org.yaml", Self.model), "--cases", "200"] + options)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: Progress and memory (release builds on Linux: they need long runs, a
    // pseudo-terminal and /proc)

    #if !DEBUG && canImport(Glibc)
    @Test("A progress indicator appears on standard error only when it is a terminal")
    func progressOnlyOnTerminal() throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        // Nearly 3 s on one thread on an idle machine (2026-12: 1,000,000 cases took 0.98 s,
        // too close to the spinner's one second): the spinner shows after one.
        let arguments = ["simulate", path, "--runs", "2", "--cases", "3000000", "--threads", "1", "--format", "json"]
        let piped = try Binary.run(arguments)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "no progress into a pipe: \(piped.stderr.debugDescription)")
        let terminal = try Binary.runWithTerminalStderr(arguments)
        #expect(terminal.status == 0)
        #expect(terminal.stderr.contains("simulating…"), "\(terminal.stderr.debugDescription)")
        #expect(terminal.stderr.hasSuffix("\r\u{1B}[K"), "the spinner clears its line")
        #expect(try JSONSerialization.jsonObject(with: Data(terminal.stdout.utf8)) is [String: Any], "standard output stays clean")
    }

    @Test("Memory stays flat: 1,000,000 cases per replication under 100 MB peak RSS")
    func memoryFlat() throws {
        let dir = try Scratch()
        let path = try dir.write("org.yaml", Self.model)
        func peak(_ cases: Int) throws -> Int {
            let (status, kilobytes) = try Binary.peakResidentKilobytes(
                ["simulate", path, "--runs", "2", "--cases", String(cases), "--warmup", "0", "--threads", "1", "--format", "json"])
            #expect(status == 0)
            return kilobytes
        }
        let small = try peak(10_000), large = try peak(1_000_000)
        #expect(large < 100 * 1024, "peak RSS \(large) kB")
        #expect(large - small < 16 * 1024, "10,000 cases: \(small) kB; 1,000,000 cases: \(large) kB")
        if ProcessInfo.processInfo.environment["SILOSCOPE_PRINT_EFFECTS"] == "1" {
            print("effect memoryFlat(): peak RSS \(small) kB at 10,000 cases, \(large) kB at 1,000,000 cases per replication")
        }
    }
    #endif
}

extension SimulateCommandTests {
    /// What a run of the binary printed and returned.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A temporary directory, removed when the test ends.
    final class Scratch {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("siloscope-simulate-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        func write(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: path(name), atomically: true, encoding: .utf8)
            return path(name)
        }
    }

    /// The built `siloscope` executable: next to the test bundle (the build products
    /// directory), else in .build/release or .build/debug.
    enum Binary {
        static let url: URL? = {
            var directories = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                               URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            var root = URL(fileURLWithPath: #filePath)
            while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
                root.deleteLastPathComponent()
            }
            #if DEBUG
            directories.append(root.appendingPathComponent(".build/debug"))
            #else
            directories.append(root.appendingPathComponent(".build/release"))
            #endif
            return directories.map { $0.appendingPathComponent("siloscope") }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }()

        static func executable() throws -> URL {
            try #require(url, "the siloscope binary is not built next to the tests; run 'swift build --product siloscope' (make test does)")
        }

        /// The environment of a run: no CI variable, so that only the terminal test decides
        /// whether progress shows.
        static var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["CI"] = nil
            return environment
        }

        /// Runs the binary with standard output and error in files.
        static func run(_ arguments: [String]) throws -> Output {
            let scratch = try Scratch()
            let out = scratch.path("stdout"), err = scratch.path("stderr")
            _ = FileManager.default.createFile(atPath: out, contents: nil)
            _ = FileManager.default.createFile(atPath: err, contents: nil)
            let process = Process()
            process.executableURL = try executable()
            process.arguments = arguments
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            try process.run()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, stdout: try String(contentsOfFile: out, encoding: .utf8),
                          stderr: try String(contentsOfFile: err, encoding: .utf8))
        }

        #if canImport(Glibc)
        /// Runs the binary with standard error on a pseudo-terminal and reads what it wrote there.
        static func runWithTerminalStderr(_ arguments: [String]) throws -> Output {
            // posix_openpt and friends are not in Swift's Glibc module: look them up in libc.
            typealias OpenPT = @convention(c) (Int32) -> Int32
            typealias PTControl = @convention(c) (Int32) -> Int32
            typealias PTName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
            let libc = try #require(dlopen(nil, RTLD_NOW))
            defer { dlclose(libc) }
            func symbol<T>(_ name: String, _ type: T.Type) throws -> T {
                unsafeBitCast(try #require(dlsym(libc, name), "no \(name) in libc"), to: type)
            }
            let master = try symbol("posix_openpt", OpenPT.self)(O_RDWR | O_NOCTTY)
            try #require(master >= 0, "no pseudo-terminal")
            defer { close(master) }
            try #require(try symbol("grantpt", PTControl.self)(master) == 0 && symbol("unlockpt", PTControl.self)(master) == 0)
            let name = String(cString: try #require(try symbol("ptsname", PTName.self)(master)))
            let terminal = open(name, O_RDWR | O_NOCTTY)
            try #require(terminal >= 0)
            // Drain the terminal while the program runs, so that it never blocks writing.
            let collected = Collected()
            let reader = Thread {
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = read(master, &buffer, buffer.count)
                    if count <= 0 { break }
                    collected.append(buffer[0..<count])
                }
                collected.finish()
            }
            reader.start()
            let scratch = try Scratch()
            let out = scratch.path("stdout")
            _ = FileManager.default.createFile(atPath: out, contents: nil)
            let process = Process()
            process.executableURL = try executable()
            process.arguments = arguments
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: true)
            try process.run()
            process.waitUntilExit()
            // Closing our end of the terminal makes the reader see end of file (EIO).
            (process.standardError as? FileHandle)?.closeFile()
            process.standardError = nil
            let text = collected.wait()
            return Output(status: process.terminationStatus, stdout: try String(contentsOfFile: out, encoding: .utf8), stderr: text)
        }

        /// Bytes read on another thread.
        final class Collected: @unchecked Sendable {
            private var bytes: [UInt8] = []
            private let done = DispatchSemaphore(value: 0)
            private let lock = NSLock()

            func append(_ more: ArraySlice<UInt8>) {
                lock.lock()
                bytes += more
                lock.unlock()
            }

            func finish() { done.signal() }

            func wait() -> String {
                done.wait()
                lock.lock()
                defer { lock.unlock() }
                return String(decoding: bytes, as: UTF8.self)
            }
        }

        /// Runs the binary (output discarded) and returns its exit status and its peak
        /// resident set size, the kernel's high-water mark (VmHWM) read from /proc while it
        /// runs.
        ///
        /// Not getrusage/wait4: a child started with posix_spawn (vfork) carries the test
        /// process's own high-water mark into its ru_maxrss at exec, so every run would
        /// measure the test process (about 160 MB), not the command.
        static func peakResidentKilobytes(_ arguments: [String]) throws -> (status: Int32, kilobytes: Int) {
            let process = Process()
            process.executableURL = try executable()
            process.arguments = arguments
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let status = "/proc/\(process.processIdentifier)/status"
            var peak = 0
            while process.isRunning {
                if let text = try? String(contentsOfFile: status, encoding: .utf8),
                   let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                   let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Int($0) }) {
                    peak = max(peak, kilobytes)
                }
                usleep(10_000)
            }
            process.waitUntilExit()
            try #require(peak > 0, "could not read \(status)")
            return (process.terminationStatus, peak)
        }
        #endif
    }
}
