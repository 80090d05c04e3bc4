import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

@testable import SiloscopeComparison

@Suite("Journey paths from the event log")
struct ComparisonJourneyTests {
    /// Transitions counted the plain way: split each line, keep `start` rows of the case
    /// type, and count each change of unit within a case.
    static func naiveTransitions(_ csv: String, caseType: String, below arrivals: Int? = nil) -> [String: Int] {
        var last: [String: String] = [:]
        var counts: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            // The unit name may hold commas; the unit id is fourth from the end.
            guard fields.count >= 7, fields[fields.count - 1] == "start", fields[1] == caseType else { continue }
            if let arrivals, let id = Int(fields[0]), id >= arrivals { continue }
            let unit = fields[fields.count - 4]
            if let previous = last[fields[0]], previous != unit { counts["\(previous) → \(unit)", default: 0] += 1 }
            last[fields[0]] = unit
        }
        return counts
    }

    @Test("counts equal the log's transitions on a small model", arguments: ["boya_tutmadi", "fatura_talebi"])
    func countsMatchTheLog(caseType: String) throws {
        let loaded = try ModelLoader.load(path: ComparisonFixture.path("org-models/salon.yaml"))
        var options = SimulationOptions()
        options.runs = 2
        options.cases = 1_500
        options.warmupCases = 100
        let sink = EventLogSink()
        _ = try SiloSimulator.run(loaded, options: options, eventLog: sink)
        let csv = sink.csv()
        let type = try #require(loaded.model.caseTypes.first { $0.id == caseType })

        let journey = JourneyPaths.fromEventLog(sink.services(), caseType: type)
        let counted = Dictionary(journey.transitions.map { ("\($0.from) → \($0.to)", $0.count) }) { $0 + $1 }
        let expected = Self.naiveTransitions(csv, caseType: caseType)
        #expect(!expected.isEmpty)
        #expect(counted == expected)
        #expect(journey.entries.reduce(0) { $0 + $1.count } == journey.cases)
        #expect(journey.ends.reduce(0) { $0 + $1.count } == journey.cases)
        #expect(journey.transitions.allSatisfy { $0.cases <= $0.count && $0.cases <= journey.cases })
        #expect(journey.owner == type.owner)

        // Simulated directly: the first `cases` arrivals only, the same log counts.
        let simulated = try JourneyPaths.simulate(loaded, caseType: caseType, options: options)
        let first = Dictionary(simulated.transitions.map { ("\($0.from) → \($0.to)", $0.count) }) { $0 + $1 }
        #expect(first == Self.naiveTransitions(csv, caseType: caseType, below: options.cases))
    }

    @Test("the same seed follows the same customers today and in a scenario")
    func sameCustomers() throws {
        let bank = try ComparisonFixture.bank()
        let applied = try ComparisonFixture.scenario("bank-single-customer-record").apply(to: bank)
        var scenario = bank
        scenario.model = applied.model
        var options = ComparisonFixture.options
        options.runs = 2
        let today = try JourneyPaths.simulate(bank, caseType: "ekstre_yanlis_adres", options: options)
        let after = try JourneyPaths.simulate(scenario, caseType: "ekstre_yanlis_adres", options: options)
        #expect(today.cases == after.cases && today.cases > 0)
        #expect(today.entries == after.entries)
        // Today some statements go to the old address and customers come back; with one
        // customer record they do not.
        let returns = { (paths: JourneyPaths) in paths.transitions.filter { $0.from == "kart_operasyon" }.reduce(0) { $0 + $1.count } }
        #expect(returns(after) < returns(today))
    }

    @Test("an unknown case type is an error naming the known ones")
    func unknownCaseType() throws {
        #expect {
            _ = try JourneyPaths.simulate(ComparisonFixture.bank(), caseType: "ekstre", options: ComparisonFixture.options)
        } throws: { error in
            guard let error = error as? JourneyError, case .unknownCaseType(let id, let known) = error else { return false }
            return id == "ekstre" && known.contains("ekstre_yanlis_adres") && error.description.contains("ekstre_yanlis_adres")
        }
    }
}
