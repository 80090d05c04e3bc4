import Foundation
import SiloscopeTestSupport

/// Runs the built binary on one input and checks every promise the program makes about
/// bad input: no crash, no hang, bounded memory, a documented exit code, a message on
/// failure, the input untouched, no output (not even a partial one) after a failure.
struct FuzzRunner {
    /// Longest a single command may run before it counts as a hang.
    var timeout: TimeInterval = 60
    /// Largest resident memory a single command may reach.
    var memoryLimitBytes = 3 << 30

    static let documentedExitCodes: Set<Int32> = [0, 1, 2, 3, 64]

    /// One command: arguments with `{in}` for the input and `{out}` for an output path.
    struct Command: Sendable {
        let arguments: [String]
        var writesOutput: Bool { arguments.contains { $0.hasPrefix("{out}") } }
    }

    /// What went wrong, or `nil` when every promise held.
    func check(_ command: Command, input: URL, workspace: URL) -> String? {
        let outputs = workspace.appendingPathComponent("out-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let arguments = command.arguments.map { argument in
            argument.replacingOccurrences(of: "{in}", with: input.path)
                .replacingOccurrences(of: "{out}", with: outputs.appendingPathComponent("result").path)
        }
        let before = try? Data(contentsOf: input)
        let result: Outcome
        do { result = try run(arguments, in: workspace) } catch { return "could not start: \(error)" }
        let shown = "siloscope " + arguments.joined(separator: " ")
        if result.timedOut { return "\(shown): still running after \(Int(timeout)) s (a hang)" }
        if result.peakBytes > memoryLimitBytes { return "\(shown): \(result.peakBytes >> 20) MB resident, over the \(memoryLimitBytes >> 20) MB bound" }
        if let signal = result.signal { return "\(shown): killed by signal \(signal)\n\(result.err.suffix(2_000))" }
        if !Self.documentedExitCodes.contains(result.status) { return "\(shown): undocumented exit code \(result.status)\n\(result.err.suffix(2_000))" }
        for marker in ["Fatal error", "Swift runtime failure", "Backtrace", "Assertion failed", "Precondition failed"] where result.err.contains(marker) {
            return "\(shown): exit \(result.status) but stderr shows a crash (\(marker))\n\(result.err.suffix(2_000))"
        }
        if result.status != 0, result.err.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return "\(shown): exit \(result.status) without a message"
        }
        if (try? Data(contentsOf: input)) != before { return "\(shown): the input file was modified" }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? []
        if result.status != 0, !left.isEmpty { return "\(shown): exit \(result.status) but left \(left.sorted()) behind" }
        if result.status == 0, command.writesOutput, left.contains(where: { !$0.hasPrefix("result") }) {
            return "\(shown): left temporary files \(left.sorted()) next to its output"
        }
        return nil
    }

    struct Outcome {
        var status: Int32 = 0
        var signal: Int32?
        var timedOut = false
        var peakBytes = 0
        var err = ""
    }

    /// Runs the binary with a deadline, sampling its resident memory from /proc.
    func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        guard let url = SiloscopeBinary.url else { throw FuzzError.notBuilt }
        let errorFile = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = SiloscopeBinary.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var outcome = Outcome()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            outcome.peakBytes = max(outcome.peakBytes, Self.residentBytes(process.processIdentifier))
            if outcome.peakBytes > memoryLimitBytes || Date() > deadline {
                outcome.timedOut = Date() > deadline
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try errorHandle.close()
        outcome.err = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        if process.terminationReason == .uncaughtSignal, !outcome.timedOut, outcome.peakBytes <= memoryLimitBytes {
            outcome.signal = process.terminationStatus
        }
        outcome.status = process.terminationStatus
        return outcome
    }

    /// VmRSS of a running process, 0 when it cannot be read (not Linux, or already gone).
    static func residentBytes(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
}

enum FuzzError: Error { case notBuilt, seedFailed(String) }
