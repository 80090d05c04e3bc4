import Foundation
import SiloscopeTestSupport
import Testing

/// Extreme but valid-looking numbers: every command answers with a documented exit code
/// and a message naming the field, never a trap (exit 132), and leaves no output behind.
@Suite(.enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct NumericExtremesTests {
    /// The bank with every match of `pattern` (a field and its number) given `value`.
    static func bank(replacing field: String, with value: String, in directory: URL) throws -> URL {
        let text = try String(contentsOf: SiloscopeBinary.root.appendingPathComponent("org-models/bank.yaml"), encoding: .utf8)
        let changed = try Regex("\(field): [0-9.]+")
        let file = directory.appendingPathComponent("bank-\(field)-\(value).yaml")
        try Data(text.replacing(changed, with: "\(field): \(value)").utf8).write(to: file)
        return file
    }

    static let commands: [[String]] = [
        ["validate"], ["simulate", "--runs", "2", "--cases", "300"], ["recommend", "--runs", "2", "--cases", "200"],
        ["render", "--view", "heatmap", "--runs", "2", "--cases", "200", "-o", "OUT.svg"],
        ["report", "--runs", "2", "--cases", "200", "-o", "OUT.html"],
    ]

    @Test(arguments: [("handling_minutes", "1e308"), ("per_hour", "1e19"), ("transfer_minutes", "1e300"),
                      ("audience", "1e30"), ("staff", "9223372036854775808")])
    func outOfRangeIsAnErrorAtTheField(field: String, value: String) throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try Self.bank(replacing: field, with: value, in: directory)
        for command in Self.commands {
            let output = directory.appendingPathComponent("out-\(command[0])")
            let arguments = [command[0], model.path] + command.dropFirst().map { $0.replacingOccurrences(of: "OUT", with: output.path) }
            let result = try SiloscopeBinary.run(arguments)
            #expect(result.status == 1, "\(arguments): exit \(result.status)\n\(result.err.prefix(600))")
            #expect(result.err.contains(".\(field): expected a number from"), "\(arguments): \(result.err.prefix(600))")
            #expect(result.err.contains(model.lastPathComponent + ":"), "the message names the file and line")
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("out-") }
            #expect(left.isEmpty, "\(arguments) left \(left)")
        }
    }

    /// In range, but a year in transit on every handoff: the run would practically never
    /// end, so it stops with a reason and exit 3 (it used to run for minutes).
    @Test func aRunThatWouldNotEndStopsWithAReason() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try Self.bank(replacing: "transfer_minutes", with: "525600", in: directory)
        let valid = try SiloscopeBinary.run(["validate", model.path])
        #expect(valid.status == 0, "\(valid.err)")
        let result = try SiloscopeBinary.run(["simulate", model.path, "--runs", "2", "--cases", "1000"])
        #expect(result.status == 3, "\(result.err)")
        #expect(result.err.contains("never end"), "\(result.err)")
    }

    @Test func overloadedByTheBoundaryValuesIsUnstableNotACrash() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try Self.bank(replacing: "per_hour", with: "1000000", in: directory)
        let result = try SiloscopeBinary.run(["simulate", model.path, "--runs", "2"])
        #expect(result.status == 3, "\(result.err)")
        #expect(result.err.contains("unstable queues"), "\(result.err)")
    }

    @Test(arguments: [["--horizon-hours", "1e300"], ["--horizon-hours", "1e-300"], ["--runs", "1e19"], ["--cases", "-5"],
                      ["--set", "retelling_minutes=1e308"], ["--set", "max_reopens=nan"], ["--threads", "0"]])
    func extremeOptionsAreUsageErrorsOrRun(_ options: [String]) throws {
        let result = try SiloscopeBinary.run(["simulate", "org-models/salon.yaml", "--runs", "2", "--cases", "200"] + options)
        #expect([0, 1, 3, 64].contains(result.status), "\(options): exit \(result.status)\n\(result.err.prefix(600))")
        #expect(!result.err.contains("Fatal error") && !result.err.contains("runtime failure"), "\(result.err.prefix(600))")
        if result.status != 0 { #expect(!result.err.isEmpty) }
    }

    @Test("every simulating command refuses an out-of-range run option as a usage error naming its flag",
          arguments: [(["simulate", "--runs", "1"], "--runs must be at least 2"),
                      (["recommend", "--runs", "1"], "--runs must be at least 2"),
                      (["recommend", "--cases", "0"], "--cases must be at least 1"),
                      (["compare", "--scenario", "scenarios/bank-crm-under-ceo.yaml", "--runs", "1"], "--runs must be at least 2"),
                      (["simulate", "--warmup=-3"], "--warmup must not be negative"),
                      (["simulate", "--threads", "0"], "--threads must be at least 1")])
    func runOptionsNameTheirFlag(_ arguments: [String], _ message: String) throws {
        var command = arguments
        command.insert("org-models/bank.yaml", at: 1)
        let result = try SiloscopeBinary.run(command)
        #expect(result.status == 64, "\(command): exit \(result.status)\n\(result.err.prefix(600))")
        #expect(result.err.contains(message), "\(result.err.prefix(600))")
        #expect(!result.err.contains("failed"), "a usage error is not blamed on a candidate or scenario")
    }
}
