import Foundation
import SiloscopeModel
import SiloscopeSimulation

/// How `siloscope serve` runs.
public struct ServeConfiguration: Sendable {
    /// The model file (never written).
    public var modelPath: String
    /// Scenario files the page can switch on and off.
    public var scenarioPaths: [String] = []
    /// The address to bind: `127.0.0.1` by default; any other requires the token.
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one (printed).
    public var port = 8080
    /// The page's first language.
    public var language: Language = .en
    /// Runs (the final number of replications), cases, seed, overrides: those of
    /// `siloscope compare`, so a saved scenario compared with the same flags gives the same
    /// figures.
    public var simulation = SimulationOptions()
    /// Replications of the first estimate shown after a change (at least 2).
    public var firstRuns = 2
    /// The token every API request must carry; `nil` on a loopback address.
    public var token: String?
    /// The folder the server was started in: the only place it writes.
    public var workingDirectory: String
    /// Parameter sets for the recommendation's robustness check (0 skips it).
    public var robustnessSamples = 0

    /// A configuration with defaults.
    public init(modelPath: String, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.modelPath = modelPath
        self.workingDirectory = workingDirectory
    }

    /// Whether `host` is a loopback address, reachable from this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// A random token: 128 bits as 32 hex digits.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The replications of each step: `firstRuns`, then doubling, then `runs`.
    public var stages: [Int] {
        let final = simulation.runs
        var stages: [Int] = []
        var runs = min(max(firstRuns, 2), final)
        while runs < final {
            stages.append(runs)
            runs *= 2
        }
        stages.append(final)
        return stages
    }
}
