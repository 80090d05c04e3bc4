import Foundation
import SiloscopeModel
import SiloscopeSimulation

/// Simulates a candidate model and computes its summary statistics: one evaluation of
/// the simulated method of moments. Every evaluation uses the same seed, so two
/// parameter values see the same arrivals and the same draws (common random numbers) and
/// their difference is the parameters' effect, not noise.
struct Evaluator {
    let facts: RoutingFacts
    let hasDurations: Bool
    let cases: Int
    let warmup: Int
    let seed: UInt64
    /// Cases arriving this close to the end of a run are cut off (see
    /// ``CaseTraces/settled(margin:trimStart:)``).
    let margin: Double
    private(set) var simulations = 0

    init(facts: RoutingFacts, hasDurations: Bool, cases: Int, seed: UInt64, margin: Double) {
        self.facts = facts
        self.margin = margin
        self.hasDurations = hasDurations
        self.cases = cases
        warmup = max(200, cases / 10)
        self.seed = seed
    }

    /// The traces of one simulated run of `model` with `parameters` over its own.
    mutating func traces(_ model: OrgModel, _ parameters: [String: Double], seed: UInt64? = nil) throws(CalibrationError) -> CaseTraces {
        simulations += 1
        return try simulate(model, parameters, seed: seed ?? self.seed)
    }

    /// The statistics of several parameter sets (totals only), simulated in parallel on
    /// every core (each run is independent and seeded alike, so the results do not
    /// depend on the order).
    mutating func statistics(_ model: OrgModel, batch: [[String: Double]]) throws(CalibrationError) -> [SummaryStatistics] {
        simulations += batch.count
        let results = ResultSlots(count: batch.count)
        let this = self
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            do throws(CalibrationError) {
                results.set(i, .success(this.facts.statistics(try this.simulate(model, batch[i], seed: this.seed), perCase: false)))
            } catch {
                results.set(i, .failure(error))
            }
        }
        var out: [SummaryStatistics] = []
        for result in results.values {
            switch result {
            case .success(let statistics): out.append(statistics)
            case .failure(let error): throw error
            case nil: throw .cannotSimulate("a parallel evaluation did not finish")
            }
        }
        return out
    }

    private func simulate(_ model: OrgModel, _ parameters: [String: Double], seed: UInt64) throws(CalibrationError) -> CaseTraces {
        var values = SimulationParameters()
        let problems = values.apply(model.simulation.parameters.merging(parameters) { _, new in new })
        if let problem = problems.first { throw .invalidOptions(problem.problem) }
        do {
            let org = try CompiledOrganization(model, parameters: values)
            let services = try SiloSimulator.services(org, parameters: values, cases: cases, warmupCases: warmup, seed: seed)
            let first = Int32(warmup)
            let traces = CaseTraces(services: services.filter { $0.job >= first }, hasDurations: hasDurations)
            return traces.subset(traces.settled(margin: margin, trimStart: false))
        } catch {
            throw .cannotSimulate(error.description)
        }
    }

    /// The statistics of one simulated run.
    mutating func statistics(_ model: OrgModel, _ parameters: [String: Double]) throws(CalibrationError) -> SummaryStatistics {
        facts.statistics(try traces(model, parameters))
    }
}

/// Results written by parallel workers, one slot each.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<SummaryStatistics, CalibrationError>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Result<SummaryStatistics, CalibrationError>) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }
    var values: [Result<SummaryStatistics, CalibrationError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
