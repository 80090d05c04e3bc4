import Foundation
import SiloscopeCalibration
import SiloscopeImport
import SiloscopeModel
import SiloscopeSimulation

/// `SiloscopeBench calibrate [CASES…]`: simulates the bank example with known,
/// non-default parameters into a log of about CASES cases (default 20,000; several sizes
/// show how the cost grows), then times `siloscope calibrate`'s work on it: reading the
/// log, the direct estimates, the simulated method of moments and the holdout check.
/// Target: under 60 s for 20,000 cases on 2 cores.
func runCalibrateBench(arguments: [String]) throws {
    let sizes = arguments.compactMap(Int.init)
    let loaded = try ModelLoader.load(path: "org-models/bank.yaml")
    for cases in sizes.isEmpty ? [20_000] : sizes {
        var options = SimulationOptions()
        options.runs = 2
        options.cases = cases
        options.warmupCases = 500
        options.seed = 11
        options.parameters = ["declared_routing_accuracy": 0.84, "undeclared_routing_accuracy": 0.5, "bounce_back_probability": 0.5,
                              "triage_fraction": 0.4, "undeclared_transfer_minutes": 45]
        let sink = EventLogSink()
        _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        let text = Data(sink.csv().utf8)
        let start = Date()
        let reading = try EventLogImporter.read(text, file: "bank-log.csv", format: .csv)
        let read = Date().timeIntervalSince(start)
        var calibration = CalibrationOptions()
        calibration.seed = 11
        let result = try StructuralCalibrator.calibrate(loaded, log: reading, options: calibration)
        let seconds = Date().timeIntervalSince(start)
        let fitted = result.parameters.filter(\.identified).count
        print(String(format: "calibrate bank: %d cases in the log (%.1f MB, %d events) → %d parameters identified, %d simulations of %d cases, %d iterations: %.1f s (reading %.2f s)",
                     result.casesInLog, Double(text.count) / 1e6, reading.log.count, fitted, result.simulations, result.simulatedCases,
                     result.iterations, seconds, read))
    }
}
