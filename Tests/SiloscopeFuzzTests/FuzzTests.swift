import Foundation
import Testing
import SiloscopeTestSupport

/// The fuzzing harness: structure-aware mutations of the bundled models, scenario files,
/// HR exports, event logs (CSV and XES) and DOT files, with a grammar of numeric extremes,
/// fed to every command that reads them. A crash, a hang, memory over the bound, an
/// undocumented exit code, a modified input or a partial output fails the test, and the
/// input is saved under `Tests/SiloscopeFuzzTests/Regressions/` where every later run
/// replays it.
///
/// CI runs a bounded campaign (fixed seed, so a failure reproduces). Longer on demand:
/// `SILOSCOPE_FUZZ_INPUTS=5000 SILOSCOPE_FUZZ_SECONDS=3600 SILOSCOPE_FUZZ_SEED=$RANDOM scripts/fuzz.sh`.
@Suite(.serialized) struct FuzzTests {
    static let regressions = SiloscopeBinary.root.appendingPathComponent("Tests/SiloscopeFuzzTests/Regressions")

    static func setting(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? fallback
    }

    @Test func mutatedInputsNeverCrashHangOrLoseData() throws {
        guard SiloscopeBinary.url != nil else { Issue.record("siloscope is not built next to the tests"); return }
        let inputs = Self.setting("SILOSCOPE_FUZZ_INPUTS", 160)
        let seconds = Self.setting("SILOSCOPE_FUZZ_SECONDS", 150)
        let seed = UInt64(Self.setting("SILOSCOPE_FUZZ_SEED", 20261204))
        let maximumFailures = Self.setting("SILOSCOPE_FUZZ_MAX_FAILURES", 5)
        let workspace = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let corpus = try FuzzCorpus(in: workspace)
        let runner = FuzzRunner()
        var random = SplitMix(seed: seed)
        let started = Date()
        var tried = 0, runs = 0, failures: [String] = []
        var perKind: [FuzzKind: Int] = [:]
        while tried < inputs, Date().timeIntervalSince(started) < Double(seconds), failures.count < maximumFailures {
            let kind = FuzzKind.allCases[tried % FuzzKind.allCases.count]
            guard let seedFile = corpus.seeds[kind]?.randomElement(using: &random) else { tried += 1; continue }
            let mutated = FuzzMutator.mutate(seedFile.data, kind: kind, random: &random)
            let input = workspace.appendingPathComponent("input-\(tried).\(kind.fileExtension)")
            try mutated.write(to: input)
            let scenarios = try FuzzCorpus.rebase(seedFile.scenarios, onto: input, in: workspace)
            for command in corpus.commands(for: kind, scenarios: scenarios, random: &random) {
                runs += 1
                if let problem = runner.check(command, input: input, workspace: workspace) {
                    let saved = Self.save(mutated, kind: kind)
                    failures.append("\(problem)\n  input saved as \(saved)")
                    break
                }
            }
            try? FileManager.default.removeItem(at: input)
            perKind[kind, default: 0] += 1
            tried += 1
        }
        let summary = perKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        print("fuzz: seed \(seed), \(tried) inputs (\(summary)), \(runs) runs in \(Int(Date().timeIntervalSince(started))) s, \(failures.count) failures")
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        #expect(tried >= min(inputs, 30), "the campaign tried only \(tried) inputs")
    }

    /// Every saved input that once failed is run again with every command of its kind.
    @Test func savedRegressionsStayFixed() throws {
        guard SiloscopeBinary.url != nil else { Issue.record("siloscope is not built next to the tests"); return }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: Self.regressions.path)) ?? []).sorted()
        let workspace = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let corpus = try FuzzCorpus(in: workspace)
        let runner = FuzzRunner()
        for name in files {
            guard let kind = FuzzKind(fileName: name) else { continue }
            let input = workspace.appendingPathComponent("regression.\(kind.fileExtension)")
            try? FileManager.default.removeItem(at: input)
            try FileManager.default.copyItem(at: Self.regressions.appendingPathComponent(name), to: input)
            let scenarios = try FuzzCorpus.rebase(corpus.seeds[.model]?.first?.scenarios ?? [], onto: input, in: workspace)
            for command in corpus.allCommands(for: kind, scenarios: scenarios) {
                if let problem = runner.check(command, input: input, workspace: workspace) {
                    Issue.record("regression \(name): \(problem)")
                }
            }
        }
    }

    /// The harness itself catches what it must: a command that does not exist in the
    /// documented exit codes, and a crash marker.
    @Test func runnerRejectsUndocumentedExitCodes() throws {
        guard SiloscopeBinary.url != nil else { return }
        let workspace = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let input = workspace.appendingPathComponent("m.yaml")
        try Data("units: [".utf8).write(to: input)
        let runner = FuzzRunner()
        #expect(runner.check(.init(arguments: ["validate", "{in}"]), input: input, workspace: workspace) == nil)
        var strict = runner
        strict.timeout = 0.000_001
        let problem = strict.check(.init(arguments: ["simulate", "org-models/bank.yaml", "--runs", "30"]), input: input, workspace: workspace)
        #expect(problem?.contains("hang") == true)
    }

    static func save(_ data: Data, kind: FuzzKind) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let name = "\(kind.rawValue)-\(String(hash, radix: 16)).\(kind.fileExtension)"
        try? FileManager.default.createDirectory(at: regressions, withIntermediateDirectories: true)
        try? data.write(to: regressions.appendingPathComponent(name))
        return "Tests/SiloscopeFuzzTests/Regressions/\(name)"
    }
}

/// The seed inputs (made from the bundled examples by the program itself, so they are
/// always current) and the commands that read each kind.
struct FuzzCorpus {
    struct Seed: Sendable {
        let data: Data
        /// For models: the scenario files written for this model.
        let scenarios: [String]
    }

    var seeds: [FuzzKind: [Seed]] = [:]
    let bank: String
    let salon: String

    init(in workspace: URL) throws {
        let root = SiloscopeBinary.root
        bank = root.appendingPathComponent("org-models/bank.yaml").path
        salon = root.appendingPathComponent("org-models/salon.yaml").path
        let scenarioDirectory = root.appendingPathComponent("scenarios")
        let scenarioFiles = ((try? FileManager.default.contentsOfDirectory(atPath: scenarioDirectory.path)) ?? []).sorted()
        for model in ["bank", "gsm", "ecommerce", "salon"] {
            let data = try Data(contentsOf: root.appendingPathComponent("org-models/\(model).yaml"))
            let scenarios = scenarioFiles.filter { $0.hasPrefix(model + "-") }.map { scenarioDirectory.appendingPathComponent($0).path }
            seeds[.model, default: []].append(Seed(data: data, scenarios: scenarios))
        }
        for file in scenarioFiles where file.hasPrefix("bank-") {
            // The scenario names its base relative to its folder; the mutated copy lives elsewhere.
            let text = try String(contentsOf: scenarioDirectory.appendingPathComponent(file), encoding: .utf8)
                .replacingOccurrences(of: "base: ../org-models/", with: "base: \(root.path)/org-models/")
            seeds[.scenario, default: []].append(Seed(data: Data(text.utf8), scenarios: []))
        }
        let runner = FuzzRunner()
        func make(_ arguments: [String], _ file: String) throws -> Data {
            let path = workspace.appendingPathComponent(file)
            let outcome = try runner.run(arguments.map { $0 == "{file}" ? path.path : $0 }, in: workspace)
            guard outcome.status == 0, let data = try? Data(contentsOf: path) else {
                throw FuzzError.seedFailed("\(arguments.joined(separator: " ")): \(outcome.err)")
            }
            return data
        }
        let events = try make(["simulate", salon, "--runs", "2", "--cases", "150", "--event-log", "{file}"], "seed-events.csv")
        seeds[.eventCSV] = [Seed(data: events, scenarios: [])]
        let xes = try make(["simulate", salon, "--runs", "2", "--cases", "60", "--event-log", "{file}"], "seed-events.xes")
        seeds[.eventXES] = [Seed(data: xes, scenarios: [])]
        seeds[.dot] = [Seed(data: try make(["export", "dot", bank, "-o", "{file}"], "seed-bank.dot"), scenarios: []),
                       Seed(data: try make(["export", "dot", salon, "-o", "{file}"], "seed-salon.dot"), scenarios: [])]
        seeds[.hrExport] = try Self.hrExports(root: root, workspace: workspace)
    }

    /// Small messy HR exports from the project's generator, in the encodings Excel writes.
    static func hrExports(root: URL, workspace: URL) throws -> [Seed] {
        var result: [Seed] = []
        for (encoding, seed) in [("cp1254", "3"), ("utf-8-sig", "4")] {
            let output = workspace.appendingPathComponent("hr-\(encoding).csv")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", root.appendingPathComponent("scripts/make-hr-export.py").path,
                                 "--employees", "120", "--encoding", encoding, "--seed", seed, "-o", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
                throw FuzzError.seedFailed("scripts/make-hr-export.py exited \(process.terminationStatus)")
            }
            // Mutations work on text; the cp1254 export stays bytes the mutator decodes leniently.
            result.append(Seed(data: data, scenarios: []))
        }
        return result
    }

    /// The commands a mutated input of this kind is fed to. Cheap commands always; the
    /// costlier ones (recommendation, heatmap, report) on a share of the inputs.
    /// Copies of a model's scenario files whose `base:` names the mutated model, so that
    /// scenario commands get past the base check and reach the mutated content.
    static func rebase(_ scenarios: [String], onto model: URL, in workspace: URL) throws -> [String] {
        try scenarios.enumerated().map { index, path in
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.components(separatedBy: "\n").map { $0.hasPrefix("base:") ? "base: \(model.path)" : $0 }
            let copy = workspace.appendingPathComponent("scenario-\(index).yaml")
            try Data(lines.joined(separator: "\n").utf8).write(to: copy)
            return copy.path
        }
    }

    func commands(for kind: FuzzKind, scenarios: [String], random: inout SplitMix) -> [FuzzRunner.Command] {
        let small = ["--runs", "2", "--cases", "200"]
        switch kind {
        case .model:
            var commands: [FuzzRunner.Command] = [
                .init(arguments: ["validate", "{in}"]),
                .init(arguments: ["simulate", "{in}", "--runs", "2", "--cases", "300", "--threads", "1", "--format", "json"]),
                .init(arguments: ["render", "{in}", "--view", random.pick(["org", "handoffs"]), "-o", "{out}." + random.pick(["svg", "png", "dot"])]),
            ]
            if let scenario = scenarios.randomElement(using: &random) {
                commands.append(.init(arguments: ["scenario", "apply", "{in}", "--scenario", scenario, "-o", "{out}.yaml"]))
                if random.chance(30) {
                    commands.append(.init(arguments: ["render", "{in}", "--scenario", scenario,
                                                      "--view", random.pick(["heatmap", "before-after", "diff"])] + small + ["-o", "{out}.svg"]))
                }
            }
            if random.chance(20) { commands.append(.init(arguments: ["recommend", "{in}"] + small + ["--robustness-samples", "1"])) }
            if random.chance(10) { commands.append(.init(arguments: ["assess", "{in}"])) }
            if random.chance(5) { commands.append(.init(arguments: ["report", "{in}"] + small + ["-o", "{out}.html"])) }
            if random.chance(10) {
                let extreme = random.pick(FuzzMutator.numbers)
                commands.append(.init(arguments: ["simulate", "{in}", random.pick(["--runs", "--cases", "--warmup", "--horizon-hours", "--threads", "--seed"]), extreme]))
            }
            return commands
        case .scenario:
            return [.init(arguments: ["scenario", "apply", bank, "--scenario", "{in}", "-o", "{out}.yaml"]),
                    .init(arguments: ["compare", bank, "--scenario", "{in}"] + small)]
        case .hrExport:
            return [.init(arguments: ["import", "orgchart", "{in}", "-o", "{out}.yaml"])]
        case .eventCSV, .eventXES:
            return [.init(arguments: ["import", "events", "{in}"]),
                    .init(arguments: ["import", "events", "{in}", "--into", salon, "-o", "{out}.yaml"])]
        case .dot:
            return [.init(arguments: ["import", "dot", "{in}", "-o", "{out}.yaml"])]
        }
    }

    /// Every command of a kind, for replaying a saved regression.
    func allCommands(for kind: FuzzKind, scenarios: [String]) -> [FuzzRunner.Command] {
        var everything = SplitMix(seed: 1)
        var commands: [FuzzRunner.Command] = []
        for _ in 0..<8 { commands += self.commands(for: kind, scenarios: scenarios, random: &everything) }
        var seen = Set<[String]>()
        return commands.filter { seen.insert($0.arguments).inserted }
    }
}
