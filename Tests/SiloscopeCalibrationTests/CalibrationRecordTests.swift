import Foundation
import Testing
import SiloscopeModel

/// `simulation.calibration`: written, read back, checked, and what the recommendation's
/// robustness check draws from (issue 10, item 3).
@Suite struct CalibrationRecordTests {
    static let model = """
    siloscope: 1
    organization: {name: Small}
    units:
      - {id: ceo, name: Chief, kind: executive}
      - {id: front, name: Front desk, kind: customer_service, parent: ceo, staff: 4}
    touchpoints:
      - {id: phone, name: Phone, channel: phone, unit: front}
    case_types:
      - {id: fault, name: Fault, owner: front, arrivals: [{touchpoint: phone, per_hour: 4}]}
    simulation:
      mode: structural
      parameters: {bounce_back_probability: 0.55}
      calibration:
        log: tickets.csv
        cases: 1200
        span_days: 30.5
        intervals:
          bounce_back_probability: {low: 0.5, high: 0.6}
    """

    @Test func roundTrips() throws {
        let loaded = try ModelLoader.load(text: Self.model, file: "small.yaml")
        let record = try #require(loaded.model.simulation.calibration)
        #expect(record == CalibrationRecord(log: "tickets.csv", cases: 1200, spanDays: 30.5, intervals: ["bounce_back_probability": 0.5...0.6]))
        #expect(record.summary == "calibrated on tickets.csv (1200 cases over 30.5 days; 1 parameter fitted)")
        let again = try ModelLoader.load(text: loaded.model.yamlText(), file: "again.yaml")
        #expect(again.model.simulation.calibration == record)
    }

    @Test(arguments: [
        ("{low: 0.7, high: 0.6}", "low 0.7 is above high 0.6"),
        ("{low: 0.5, high: 1.5}", "the range of bounce_back_probability"),
        ("{low: 0.5}", "missing required field 'high'"),
    ])
    func badIntervalsAreErrors(_ interval: String, _ message: String) throws {
        let text = Self.model.replacingOccurrences(of: "{low: 0.5, high: 0.6}", with: interval)
        do {
            _ = try ModelLoader.load(text: text, file: "bad.yaml")
            Issue.record("accepted \(interval)")
        } catch {
            #expect(error.description.contains(message), "\(error)")
            #expect(error.description.contains("simulation.calibration.intervals.bounce_back_probability"), "\(error)")
        }
    }

    @Test func unknownParameterIsAnError() throws {
        let text = Self.model.replacingOccurrences(of: "bounce_back_probability: {low", with: "bounce_back: {low")
        #expect(throws: DiagnosticsError.self) { try ModelLoader.load(text: text, file: "bad.yaml") }
    }

    @Test func robustnessDrawsFittedParametersFromTheirIntervals() throws {
        let record = CalibrationRecord(log: "t.csv", cases: 100, spanDays: 1,
                                       intervals: ["declared_routing_accuracy": 0.82...0.86, "bounce_back_probability": 0.4...0.5])
        let ranges = SimulationParameters.robustnessRanges(record)
        let byName = Dictionary(uniqueKeysWithValues: ranges.map { ($0.name, $0) })
        #expect(byName["declared_routing_accuracy"]?.range == 0.82...0.86)
        #expect(byName["declared_routing_accuracy"]?.fitted == true)
        // A parameter without a default range joins the draw once it is fitted.
        #expect(byName["bounce_back_probability"]?.range == 0.4...0.5)
        #expect(byName["undeclared_routing_accuracy"]?.range == 0.4...0.8)
        #expect(byName["undeclared_routing_accuracy"]?.fitted == false)
        let defaults = SimulationParameters.robustnessRanges(nil)
        #expect(defaults.count == SimulationParameters.definitions.filter { $0.uncertainty != nil }.count)
        #expect(!defaults.contains { $0.fitted })
    }
}
