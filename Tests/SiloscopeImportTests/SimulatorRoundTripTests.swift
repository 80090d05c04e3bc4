import Foundation
import Testing
import SiloscopeModel
import SiloscopeSimulation
@testable import SiloscopeImport

/// The round trip of issue 6: a model with known explicit routing and handling means is
/// simulated, its event log (what `simulate --event-log` writes) is imported back, and the
/// calibrated model recovers the routing probabilities, handling means and arrival rate
/// within the tolerances stated in docs/import.md.
@Suite struct SimulatorRoundTripTests {
    static let model = """
    siloscope: 1
    organization: {name: Round trip}
    units:
      - {id: ceo, name: CEO, kind: executive}
      - {id: front, name: Front, kind: contact_center, parent: ceo, staff: 6, handling_minutes: 5}
      - {id: back, name: Back office, kind: operations, parent: ceo, staff: 8, handling_minutes: 20}
      - {id: expert, name: Experts, kind: product, parent: ceo, staff: 8, handling_minutes: 45}
    touchpoints:
      - {id: phone, name: Telefon, channel: phone, unit: front}
    case_types:
      - {id: billing, name: Fatura, owner: front, arrivals: [{touchpoint: phone, per_hour: 30}]}
    routing:
      front: {back: 0.40, expert: 0.10}
      back: {front: 0.30, expert: 0.20}
      expert: {back: 0.25}
    simulation: {mode: explicit}
    """

    @Test(arguments: ["csv", "xes"])
    func simulatedLogRecoversRoutingHandlingAndArrivals(_ format: String) throws {
        let loaded = try ModelLoader.load(text: Self.model, file: "truth.yaml")
        var options = SimulationOptions()
        options.runs = 2
        options.cases = 20_000
        options.warmupCases = 0
        let sink = EventLogSink()
        _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        let text = format == "csv" ? sink.csv() : sink.xes()

        var base = loaded.model
        base.routing = []
        base.simulation.mode = .structural
        let result = try EventLogImporter.importLog(Data(text.utf8), file: "simulated.\(format)", into: base)
        let model = result.model
        #expect(model.simulation.mode == .explicit)
        for row in loaded.model.routing {
            let written = model.routing.first { $0.from == row.from }
            for target in row.to {
                let observed = written?.to.first { $0.unit == target.unit }?.probability ?? 0
                // 0.02 absolute: thousands of visits per unit, about 4 standard errors.
                #expect(abs(observed - target.probability) <= 0.02, "\(row.from) → \(target.unit): \(observed) vs \(target.probability)")
            }
        }
        for (id, mean) in [("front", 5.0), ("back", 20.0), ("expert", 45.0)] {
            let unit = try #require(model.units.first { $0.id == id })
            let observed = try #require(unit.handlingMinutes)
            // 5 % relative on the mean (start/complete pairs give the handling exactly).
            #expect(abs(observed - mean) / mean <= 0.05, "\(id): \(observed) vs \(mean)")
        }
        let arrival = try #require(model.caseTypes.first { $0.id == "billing" }?.arrivals.first)
        #expect(abs(arrival.perHour - 30) / 30 <= 0.05, "arrivals \(arrival.perHour)/h")
        // The calibrated model simulates: explicit routing, empirical handling.
        let calibrated = try ModelLoader.load(text: model.yamlText(), file: "calibrated.yaml")
        options.runs = 2
        options.cases = 2_000
        let report = try SiloSimulator.run(calibrated, options: options)
        #expect(report.mode == "explicit")
        #expect(report.cases.handoffs.mean > 0.5)
    }
}
