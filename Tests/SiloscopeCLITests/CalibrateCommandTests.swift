import Foundation
import Testing

/// `siloscope calibrate` end to end (issue 10): a log simulated by the binary itself with
/// a known routing accuracy, calibrated on the untouched model; the fitted model written
/// with `-o` validates and simulates; bad logs exit 1 with a message.
@Suite("siloscope calibrate, end to end")
struct CalibrateCommandTests {
    typealias Scratch = SimulateCommandTests.Scratch
    typealias Binary = SimulateCommandTests.Binary

    @Test("Calibrate prints JSON with value, interval and identification, and -o writes a model that validates and simulates")
    func fitsAndWrites() throws {
        let dir = try Scratch()
        let model = try dir.write("org.yaml", SimulateCommandTests.model)
        let log = dir.path("log.csv")
        let simulated = try Binary.run(["simulate", model, "--runs", "2", "--cases", "6000", "--seed", "5",
                                        "--set", "undeclared_routing_accuracy=0.45", "--event-log", log])
        #expect(simulated.status == 0, "\(simulated.stderr)")
        let fitted = dir.path("fitted.yaml")
        let result = try Binary.run(["calibrate", model, log, "--format", "json", "-o", fitted, "--seed", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let parameters = try #require(object["parameters"] as? [String: [String: Any]])
        let accuracy = try #require(parameters["undeclared_routing_accuracy"])
        let value = try #require(accuracy["value"] as? Double), low = try #require(accuracy["low"] as? Double)
        let high = try #require(accuracy["high"] as? Double)
        #expect(accuracy["identified"] as? Bool == true)
        #expect(low <= 0.45 && 0.45 <= high && abs(value - 0.45) <= 0.09, "fitted \(value) [\(low), \(high)]")
        #expect(parameters["retelling_minutes"]?["identified"] as? Bool == false)
        #expect(object["fit"] is [String: Any])
        let holdout = try #require(object["holdout"] as? [String: Any])
        #expect((holdout["verdict"] as? String)?.isEmpty == false)

        let text = try String(contentsOfFile: fitted, encoding: .utf8)
        #expect(text.hasPrefix("# Fitted by 'siloscope calibrate': calibrated on log.csv ("), "\(text.prefix(200))")
        #expect(text.contains("  calibration:\n    log: log.csv\n"))
        #expect(try Binary.run(["validate", fitted]).status == 0)
        let rerun = try Binary.run(["simulate", fitted, "--runs", "2", "--cases", "1000"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
    }

    @Test("A log whose units match nothing, or of one case, exits 1 with a message; an output naming an input is refused")
    func badLogs() throws {
        let dir = try Scratch()
        let model = try dir.write("org.yaml", SimulateCommandTests.model)
        let strangers = try dir.write("strangers.csv", "case_id,unit,timestamp\n1,Billing,2026-01-05T09:00:00Z\n1,Warehouse,2026-01-05T10:00:00Z\n")
        let result = try Binary.run(["calibrate", model, strangers])
        #expect(result.status == 1)
        #expect(result.stderr.contains("none of the log's units matches a unit of"), "\(result.stderr)")
        let one = try dir.write("one.csv", "case_id,unit,timestamp\n1,front,2026-01-05T09:00:00Z\n1,back,2026-01-05T10:00:00Z\n")
        let single = try Binary.run(["calibrate", model, one])
        #expect(single.status == 1)
        #expect(single.stderr.contains("1 usable case;"), "\(single.stderr)")
        let clash = try Binary.run(["calibrate", model, one, "-o", model])
        #expect(clash.status == 64)
    }
}
