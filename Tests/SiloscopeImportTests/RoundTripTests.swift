import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeImport

/// A log generated from a known routing matrix and known handling means, in the shape
/// the simulator's `--event-log` writes, imported back: the calibrated model must
/// recover both within the tolerances stated in docs/import.md.
///
/// SimulatorRoundTripTests runs the same checks on a log written by `simulate --event-log`.
@Suite struct RoundTripTests {
    static let units = ["front", "back", "expert"]
    /// Routing: after service at a unit, the next unit with its probability; the rest is
    /// resolution.
    static let routing: [[Double]] = [
        [0, 0.40, 0.10],
        [0.30, 0, 0.20],
        [0, 0.25, 0],
    ]
    static let means: [Double] = [5, 20, 45]
    static let arrivalsPerHour = 30.0

    /// Writes `cases` cases: Poisson arrivals, exponential handling, no queueing (the
    /// checks concern routing and handling, not waiting).
    static func generateLog(cases: Int, seed: UInt64) -> String {
        var generator = SplitMix(seed: seed)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        func exponential(_ mean: Double) -> Double { -mean * log(1 - uniform()) }
        var text = "case_id,case_type,activity,unit,channel,timestamp,lifecycle\n"
        text.reserveCapacity(cases * 400)
        var clock = 1_704_067_200.0 // 2024-01-01T00:00:00Z
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        func stamp(_ seconds: Double) -> String { formatter.string(from: Date(timeIntervalSince1970: seconds)) }
        for c in 0..<cases {
            clock += exponential(3600 / arrivalsPerHour)
            var time = clock
            var unit = 0
            for _ in 0..<50 {
                let minutes = exponential(means[unit])
                text += "\(c),billing,serve,\(units[unit]),phone,\(stamp(time)),start\n"
                time += minutes * 60
                text += "\(c),billing,serve,\(units[unit]),phone,\(stamp(time)),complete\n"
                time += 30
                var draw = uniform()
                var next = -1
                for (target, p) in routing[unit].enumerated() {
                    if draw < p { next = target; break }
                    draw -= p
                }
                if next < 0 { break }
                unit = next
            }
        }
        return text
    }

    @Test func recoversRoutingAndHandlingMeans() throws {
        let text = Self.generateLog(cases: 20_000, seed: 2024)
        let base = OrgModel(organization: OrganizationInfo(name: "Round trip"), units: [
            Unit(id: "ceo", name: "CEO", kind: .executive),
            Unit(id: "front", name: "Front", kind: .contactCenter, parent: "ceo", staff: 10),
            Unit(id: "back", name: "Back office", kind: .operations, parent: "ceo", staff: 5),
            Unit(id: "expert", name: "Experts", kind: .product, parent: "ceo", staff: 3),
        ])
        let result = try EventLogImporter.importLog(Data(text.utf8), file: "sim.csv", into: base)
        let model = result.model
        #expect(model.simulation.mode == .explicit)
        #expect(result.summary.isBalanced)
        for (from, row) in Self.routing.enumerated() {
            let written = model.routing.first { $0.from == Self.units[from] }
            for (to, expected) in row.enumerated() {
                let observed = written?.to.first { $0.unit == Self.units[to] }?.probability ?? 0
                // Tolerance: 0.02 absolute (several thousand visits per unit: 4 standard errors).
                #expect(abs(observed - expected) <= 0.02, "\(Self.units[from]) → \(Self.units[to]): \(observed) vs \(expected)")
            }
        }
        for (u, mean) in Self.means.enumerated() {
            let unit = try #require(model.units.first { $0.id == Self.units[u] })
            let observed = try #require(unit.handlingMinutes)
            // Tolerance: 5% relative on the mean.
            #expect(abs(observed - mean) / mean <= 0.05, "\(unit.id): \(observed) vs \(mean)")
            guard case .empirical(let samples)? = unit.handlingDistribution else {
                Issue.record("expected empirical samples for \(unit.id)")
                continue
            }
            #expect(samples.count == HandlingStatistics.maximumQuantiles)
            let sampleMean = samples.reduce(0, +) / Double(samples.count)
            #expect(abs(sampleMean - mean) / mean <= 0.08, "\(unit.id) quantile mean \(sampleMean)")
        }
        let arrival = try #require(model.caseTypes.first { $0.id == "billing" }?.arrivals.first)
        #expect(abs(arrival.perHour - Self.arrivalsPerHour) / Self.arrivalsPerHour <= 0.05)
        #expect(model.touchpoints.first { $0.id == arrival.touchpoint }?.unit == "front")
        #expect(model.handoffs.contains { $0.from == "back" && $0.to == "front" && ($0.volumePerDay ?? 0) > 0 })
        // The calibrated file is valid and round-trips.
        let loaded = try ModelLoader.load(text: model.yamlText(), file: "calibrated.yaml")
        #expect(loaded.model == model)
        // SimulatorRoundTripTests runs the same checks on the simulator's own log.
    }
}
