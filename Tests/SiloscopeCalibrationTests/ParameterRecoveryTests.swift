import Foundation
import Testing
import SiloscopeImport
import SiloscopeModel
import SiloscopeSimulation
@testable import SiloscopeCalibration

/// Issue 10, item 5: logs simulated from the bundled models with known, non-default
/// parameters; `calibrate` on the untouched model must put each known value inside its
/// interval and within 20 %, on several parameter sets. Parameters the log does not
/// identify must keep the model's value and say so.
///
/// `SILOSCOPE_PRINT_EFFECTS=1` prints the recovery table of docs/calibration.md.
@Suite struct ParameterRecoveryTests {
    struct Case: Sendable, CustomStringConvertible {
        let model: String
        let truth: [String: Double]
        let seed: UInt64
        /// Parameters the log of this model must identify.
        let mustIdentify: [String]
        var description: String { "\(model) \(truth.keys.sorted().joined(separator: ","))" }
    }

    static let cases: [Case] = [
        Case(model: "bank", truth: ["declared_routing_accuracy": 0.84, "undeclared_routing_accuracy": 0.5, "bounce_back_probability": 0.5,
                                    "triage_fraction": 0.4, "undeclared_transfer_minutes": 45],
             seed: 11, mustIdentify: ["declared_routing_accuracy", "undeclared_routing_accuracy", "bounce_back_probability", "triage_fraction"]),
        Case(model: "bank", truth: ["declared_routing_accuracy": 0.95, "undeclared_routing_accuracy": 0.7, "bounce_back_probability": 0.85,
                                    "triage_fraction": 0.6, "reopen_delay_minutes": 720, "crm_routing_accuracy": 0.9],
             seed: 12, mustIdentify: ["declared_routing_accuracy", "undeclared_routing_accuracy", "bounce_back_probability", "triage_fraction",
                                      "crm_routing_accuracy"]),
        Case(model: "gsm", truth: ["declared_routing_accuracy": 0.82, "undeclared_routing_accuracy": 0.45, "bounce_back_probability": 0.6,
                                   "triage_fraction": 0.35],
             seed: 13, mustIdentify: ["declared_routing_accuracy", "undeclared_routing_accuracy", "bounce_back_probability", "triage_fraction"]),
    ]

    static func modelURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("org-models/\(name).yaml")
    }

    /// A log of about `cases` cases simulated with `truth` over the model's parameters.
    static func simulatedLog(_ loaded: LoadedModel, truth: [String: Double], cases: Int, seed: UInt64) throws -> EventLogReading {
        var options = SimulationOptions()
        options.runs = 2
        options.cases = cases
        options.warmupCases = 500
        options.seed = seed
        options.parameters = truth
        let sink = EventLogSink()
        _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        return try EventLogImporter.read(Data(sink.csv().utf8), file: "simulated.csv", format: .csv)
    }

    @Test(arguments: cases)
    func recoversKnownParameters(_ setup: Case) throws {
        let loaded = try ModelLoader.load(path: Self.modelURL(setup.model).path)
        let reading = try Self.simulatedLog(loaded, truth: setup.truth, cases: 20_000, seed: setup.seed)
        var options = CalibrationOptions()
        options.seed = setup.seed
        let result = try StructuralCalibrator.calibrate(loaded, log: reading, options: options)
        let prior = try SimulationParameters.of(loaded)
        let print = ProcessInfo.processInfo.environment["SILOSCOPE_PRINT_EFFECTS"] != nil
        for parameter in result.parameters {
            let truth = setup.truth[parameter.name] ?? prior[parameter.name]
            if print {
                Swift.print("| \(setup.model) #\(setup.seed) | `\(parameter.name)` | \(truth) | \(parameter.identified ? "\(parameter.value) [\(parameter.low) – \(parameter.high)]" : "not identified") |")
            }
            if parameter.identified {
                #expect(parameter.low <= truth && truth <= parameter.high,
                        "\(setup.model): \(parameter.name) = \(truth) outside [\(parameter.low), \(parameter.high)] (fitted \(parameter.value))")
                #expect(abs(parameter.value - truth) <= 0.2 * abs(truth),
                        "\(setup.model): \(parameter.name) fitted \(parameter.value), truth \(truth): more than 20 % off")
            } else {
                #expect(parameter.value == prior[parameter.name], "\(parameter.name) not identified but changed")
            }
        }
        for name in setup.mustIdentify {
            #expect(result.parameters.first { $0.name == name }?.identified == true, "\(setup.model): \(name) not identified")
        }
        // The fitted model validates and simulates as written.
        let written = try ModelLoader.load(text: result.model.yamlText(), file: "fitted.yaml")
        #expect(written.model.simulation.calibration?.cases == result.casesUsed)
        var simulate = SimulationOptions()
        simulate.runs = 2
        simulate.cases = 2_000
        _ = try SiloSimulator.run(written, options: simulate)
        if let goodness = result.goodness {
            if print { Swift.print("holdout \(setup.model) #\(setup.seed): \(goodness.verdict)") }
            #expect(!goodness.measures.contains { $0.verdict == "off" }, "\(goodness.measures.filter { $0.verdict == "off" })")
        }
    }
}
