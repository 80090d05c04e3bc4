import Foundation
import Testing
import SiloscopeImport
import SiloscopeModel
@testable import SiloscopeCalibration

/// Issue 10, item 7: logs that cannot calibrate a model get a clear error, never a fit.
@Suite struct CalibrationBadInputTests {
    static let model = """
    siloscope: 1
    organization: {name: Small}
    units:
      - {id: ceo, name: Chief, kind: executive}
      - {id: front, name: Front desk, kind: customer_service, parent: ceo, staff: 4, handling_minutes: 6}
      - {id: ops, name: Operations, kind: operations, parent: ceo, staff: 4, handling_minutes: 12}
    touchpoints:
      - {id: phone, name: Phone, channel: phone, unit: front}
    case_types:
      - {id: fault, name: Fault, owner: ops, arrivals: [{touchpoint: phone, per_hour: 4}]}
    """

    static func calibrate(_ csv: String, options: CalibrationOptions = CalibrationOptions()) throws -> CalibrationResult {
        let loaded = try ModelLoader.load(text: model, file: "small.yaml")
        let reading = try EventLogImporter.read(Data(csv.utf8), file: "log.csv", format: .csv)
        return try StructuralCalibrator.calibrate(loaded, log: reading, options: options)
    }

    /// A log of `cases` cases front → ops with start/complete pairs, one every 10 minutes.
    static func log(cases: Int, units: [String] = ["front", "ops"], duplicate: Bool = false) -> String {
        var lines = ["case_id,unit,timestamp,lifecycle"]
        for c in 0..<cases {
            var minute = c * 10
            for unit in units {
                for phase in ["start", "complete"] {
                    let line = "c\(c),\(unit),2026-01-05T\(String(format: "%02d:%02d", 8 + minute / 60 % 12, minute % 60)):00Z,\(phase)"
                    lines.append(line)
                    if duplicate && c == 3 { lines.append(line) }
                    minute += 3
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func error(_ body: () throws -> CalibrationResult) -> CalibrationError? {
        do {
            _ = try body()
            return nil
        } catch let error as CalibrationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func unitsMatchingNothing() throws {
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100, units: ["Billing", "Warehouse"])) })
        #expect(error.description.contains("none of the log's units matches"), "\(error)")
        #expect(error.description.contains("'Billing'") && error.description.contains("--mapping"))
    }

    @Test func mappingFileRescuesUnmatchedUnits() throws {
        var options = CalibrationOptions()
        options.mapping = ["Billing": "front"]
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100, units: ["Billing", "Warehouse"]), options: options) })
        // Billing now maps, Warehouse does not: every case has an unmatched unit.
        #expect(error.description.contains("usable case"), "\(error)")
        #expect(error.description.contains("a unit that matches no model unit"), "\(error)")
    }

    @Test func oneCase() throws {
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 1)) })
        #expect(error.description.contains("1 usable case;"), "\(error)")
        #expect(error.description.contains("at least \(CalibrationOptions.minimumCases)"))
    }

    @Test func onlyOneUnit() throws {
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100, units: ["ops"])) })
        #expect(error.description.contains("stays at one unit ('ops')"), "\(error)")
    }

    @Test func duplicateEvents() throws {
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100, duplicate: true)) })
        #expect(error.description.contains("repeat another event of the same case exactly"), "\(error)")
    }

    @Test func askingForAnUnidentifiableParameter() throws {
        var options = CalibrationOptions()
        options.fit = ["retelling_minutes"]
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100), options: options) })
        #expect(error.description.contains("cannot identify retelling_minutes"), "\(error)")
        options.fit = ["no_such_parameter"]
        let unknown = try #require(Self.error { try Self.calibrate(Self.log(cases: 100), options: options) })
        #expect(unknown.description.contains("unknown parameter 'no_such_parameter'"))
    }

    @Test func parameterTheLogCannotIdentify() throws {
        // No case type of the model reads a weekly copy: no statistic of any log moves
        // with stale_risk_weekly, so asking for it is an error, not a silent fit.
        var options = CalibrationOptions()
        options.holdout = 0
        options.simulatedCases = 1_000
        options.fit = ["stale_risk_weekly", "undeclared_routing_accuracy"]
        let error = try #require(Self.error { try Self.calibrate(Self.log(cases: 100), options: options) })
        #expect(error.description.contains("cannot identify stale_risk_weekly (moving it across its range changes no statistic of the log beyond its noise)"), "\(error)")
        #expect(!error.description.contains("undeclared_routing_accuracy"), "\(error)")
    }

    @Test func routingTheLogShowsIsIdentified() throws {
        // Every case goes from the front desk straight to its owner, a sibling: the log
        // says the undeclared routing accuracy is near 1, with an interval.
        var options = CalibrationOptions()
        options.holdout = 0
        options.simulatedCases = 1_000
        let result = try Self.calibrate(Self.log(cases: 100), options: options)
        let accuracy = try #require(result.parameters.first { $0.name == "undeclared_routing_accuracy" })
        #expect(accuracy.identified && accuracy.value > 0.9 && accuracy.high == 1, "\(accuracy)")
        #expect(result.parameters.first { $0.name == "retelling_minutes" }?.identified == false)
    }

    @Test func explicitModelIsRefused() throws {
        let loaded = try ModelLoader.load(text: Self.model + "\nsimulation: {mode: explicit}\n", file: "small.yaml")
        let reading = try EventLogImporter.read(Data(Self.log(cases: 100).utf8), file: "log.csv", format: .csv)
        #expect(throws: CalibrationError.explicitModel(file: "small.yaml")) {
            try StructuralCalibrator.calibrate(loaded, log: reading)
        }
    }
}
