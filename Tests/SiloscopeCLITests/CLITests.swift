import Foundation
import SiloscopeTestSupport
import Testing

/// The CLI as a user meets it: help, the generated reference, validate's messages and
/// exit codes, outputs that never overwrite inputs, the stability guard.
@Suite(.enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct CLITests {
    @Test func everySubcommandIsInTheReference() throws {
        let help = try SiloscopeBinary.run(["--help"])
        #expect(help.status == 0)
        let reference = try String(contentsOf: SiloscopeBinary.root.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        var section = false
        var commands: [String] = []
        for line in help.out.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") { section = true; continue }
            if section, line.hasPrefix("  "), !line.hasPrefix("   "), let first = line.split(separator: " ").first,
               first.first?.isLowercase == true {
                commands.append(String(first))
            }
        }
        #expect(commands.count >= 8, "\(help.out)")
        for command in commands where command != "help" {
            #expect(reference.contains("## siloscope \(command)"), "docs/cli.md lacks \(command); run scripts/gen-cli-doc.sh")
        }
    }

    @Test func validateAcceptsEveryExampleModel() throws {
        let models = try FileManager.default.contentsOfDirectory(atPath: SiloscopeBinary.root.appendingPathComponent("org-models").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "org-models/\($0)" }
        #expect(models.count >= 4)
        let result = try SiloscopeBinary.run(["validate", "--strict"] + models)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.components(separatedBy: "valid —").count - 1 == models.count)
    }

    @Test func validateReportsEveryProblemWithItsLineAndExitCode() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.yaml")
        try """
        siloscope: 1
        organization: {name: "Kötü Şirket"}
        units:
          - {id: ceo, kind: executive}
          - {id: a, parent: b}
          - {id: b, parent: a}
          - {id: c, parent: ceo, staff: -1, kind: markting}
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try SiloscopeBinary.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.err.contains("bad.yaml:5:"), "\(result.err)")
        #expect(result.err.contains("reporting cycle: a → b → a"))
        #expect(result.err.contains("bad.yaml:7:") && result.err.contains("units[3].staff"))
        #expect(result.err.contains("did you mean 'marketing'"))
        #expect(result.out.contains("invalid — 4 errors"), "\(result.out)")
        let missing = try SiloscopeBinary.run(["validate", directory.appendingPathComponent("nope.yaml").path])
        #expect(missing.status == 2)
        let usage = try SiloscopeBinary.run(["validate", "--format", "xml", file.path])
        #expect(usage.status == 64)
        let json = try SiloscopeBinary.run(["validate", "--format", "json", file.path])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect((object?["diagnostics"] as? [[String: Any]])?.count == 4)
    }

    @Test func outputsNeverOverwriteTheirInput() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("salon.yaml")
        try FileManager.default.copyItem(at: SiloscopeBinary.root.appendingPathComponent("org-models/salon.yaml"), to: model)
        let before = try Data(contentsOf: model)
        let result = try SiloscopeBinary.run(["simulate", model.path, "--runs", "2", "--cases", "200", "-o", model.path])
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("input file"))
        #expect(try Data(contentsOf: model) == before)
        // A good output lands whole, with no temporary file left behind.
        let output = directory.appendingPathComponent("report.json")
        let good = try SiloscopeBinary.run(["simulate", model.path, "--runs", "2", "--cases", "200", "--format", "json", "-o", output.path])
        #expect(good.status == 0, "\(good.err)")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) is [String: Any])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func unstableModelExitsWithCode3AndTheUnitsNumbers() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("busy.yaml")
        try """
        siloscope: 1
        organization: {name: Busy}
        units:
          - {id: ceo, kind: executive}
          - {id: desk, parent: ceo, staff: 1, handling_minutes: 10}
        touchpoints: [{id: phone, unit: desk}]
        case_types: [{id: c, owner: desk, arrivals: [{touchpoint: phone, per_hour: 12}]}]
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try SiloscopeBinary.run(["simulate", file.path])
        #expect(result.status == 3)
        #expect(result.err.contains("unit 'desk' would be 200% busy"), "\(result.err)")
        #expect(result.err.contains("--horizon-hours HOURS"), "the command line names its flag")
        let bounded = try SiloscopeBinary.run(["simulate", file.path, "--horizon-hours", "50", "--runs", "2"])
        #expect(bounded.status == 0, "\(bounded.err)")
        #expect(bounded.out.contains("warning: unstable queues"))
    }
}

/// The JSON Schema shipped for editors accepts every example model.
@Suite struct SchemaTests {
    static let checker: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema, yaml"]
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: checker, "python3 with jsonschema and PyYAML is not installed"))
    func everyExampleModelConformsToTheSchema() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check-schema.py"]
        process.currentDirectoryURL = SiloscopeBinary.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("bank.yaml: conforms"))
    }
}
