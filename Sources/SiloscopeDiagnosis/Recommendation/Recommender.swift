import Foundation
import SiloscopeEconomics
import SiloscopeEngine
import SiloscopeGraph
import SiloscopeModel
import SiloscopeSimulation

/// Options of a recommendation.
public struct RecommendationOptions: Sendable {
    /// Simulation of each candidate: runs, cases, seed (the same seed for all: common
    /// random numbers).
    public var simulation: SimulationOptions
    /// Score weights.
    public var weights = RecommendationWeights()
    /// Parameter sets drawn for the robustness check (0 skips it).
    public var robustnessSamples = 6
    /// Replications and cases per replication in each robustness sample.
    public var robustnessRuns = 4
    public var robustnessCases = 4_000
    /// Money: with the model's economics section (by default), each placement's annual
    /// saving against today and its probability of being best on it (docs/economics.md).
    public var pricing = Pricing.model()

    /// Defaults: 20 runs of 10,000 cases per candidate.
    public init() {
        simulation = SimulationOptions()
        simulation.runs = 20
        simulation.cases = 10_000
        simulation.warmupCases = 1_000
    }
}

/// Ranks the placements of the CRM team.
public enum Recommender {
    /// Recommends a placement.
    ///
    /// - Throws: ``RecommendationError`` without a CRM team, with an unusable candidate or
    ///   when a candidate's simulation fails.
    public static func recommend(_ loaded: LoadedModel, assessment: AssessmentReport,
                                 options: RecommendationOptions = RecommendationOptions()) throws(RecommendationError) -> Recommendation {
        let started = ContinuousClock.now
        let weights = options.weights
        guard weights.simulation >= 0, weights.fit >= 0, weights.simulation + weights.fit > 0,
              weights.customerMinute >= 0, weights.staffMinute >= 0, weights.customerMinute + weights.staffMinute > 0,
              weights.improvementScale > 0 else {
            throw .invalidOptions("weights must be non-negative with a positive sum, and the improvement scale positive")
        }
        let graph: OrgGraph
        do { graph = try OrgGraph(loaded.model) } catch { throw .noCRMTeam(file: loaded.sources.file) }
        let (crm, candidates) = try PlacementCandidates.resolve(loaded, graph: graph)
        let inputs = FitInputs(assessment, model: loaded.model)

        let reports = try simulate(loaded, crm: crm, candidates: candidates, options: options.simulation)
        let todayIndex = candidates.firstIndex { $0.isToday } ?? 0
        let outcome = { (run: ReplicationFigures) in
            weights.customerMinute * run.resolutionMinutes + weights.staffMinute * run.staffMinutes
        }
        let fits = candidates.map { PlacementFit.evaluate(function: $0.function, inputs: inputs) }
        let runs = reports[0].replications.count

        // Per replication: improvement over today, simulation score, total score.
        var improvements = [[Double]](repeating: [], count: candidates.count)
        var scores = [[Double]](repeating: [], count: candidates.count)
        for r in 0..<runs {
            let base = outcome(reports[todayIndex].replications[r])
            for c in candidates.indices {
                let improvement = base > 0 ? (base - outcome(reports[c].replications[r])) / base : 0
                improvements[c].append(improvement)
                let simScore = max(-1, min(1, improvement / weights.improvementScale))
                scores[c].append(weights.simulation * simScore + weights.fit * fits[c].score)
            }
        }
        func shareBest(_ values: [[Double]]) -> [Double] {
            var wins = [Double](repeating: 0, count: candidates.count)
            for r in 0..<runs {
                let best = candidates.indices.max { values[$0][r] < values[$1][r] } ?? 0
                wins[best] += 1
            }
            return wins.map { $0 / Double(runs) }
        }
        let pBestSim = shareBest(improvements)
        let pBest = shareBest(scores)

        var results: [CandidateResult] = candidates.indices.map { c in
            let report = reports[c]
            let pair = { (pick: (ReplicationFigures) -> Double) in
                Interval(values: zip(report.replications, reports[todayIndex].replications).map { pick($0) - pick($1) })
            }
            let meanImprovement = Interval(values: improvements[c])
            let simScore = max(-1, min(1, meanImprovement.mean / weights.improvementScale))
            return CandidateResult(
                candidate: candidates[c], rank: 0,
                resolutionMinutes: report.cases.resolutionMinutes, staffMinutes: report.cases.staffMinutes,
                frictionIndex: report.siloFrictionIndex.combined, bounces: report.cases.bounces,
                tellings: report.cases.tellings, escalations: report.cases.escalations,
                deltaResolutionMinutes: pair(\.resolutionMinutes), deltaStaffMinutes: pair(\.staffMinutes),
                improvement: meanImprovement, simulationScore: simScore, fitScore: fits[c].score,
                score: weights.simulation * simScore + weights.fit * fits[c].score,
                probabilityBestSimulated: pBestSim[c], probabilityBest: pBest[c],
                fitReasons: fits[c].reasons, warnings: report.warnings)
        }
        let money = options.pricing.economics(of: loaded.model).map { figures in
            BusinessCase.price(
                organization: loaded.model.organization.name, economics: figures.economics, generic: figures.generic,
                today: reports[todayIndex],
                scenarios: candidates.enumerated().map { c, candidate in
                    PricedScenario(id: candidate.unit, name: candidate.name, report: reports[c], investment: nil)
                },
                options: PricingOptions(draws: options.pricing.options.draws, seed: options.simulation.seed))
        }
        if let money {
            for c in results.indices {
                results[c].annualSaving = money.scenarios[c].annualSaving
                results[c].probabilityBestSaving = money.scenarios[c].probabilityBest
            }
        }
        let order = results.indices.sorted { (results[$0].score, -$0) > (results[$1].score, -$1) }
        for (rank, c) in order.enumerated() { results[c].rank = rank + 1 }
        let ranked = order.map { results[$0] }
        let (first, second) = (order[0], order[1])
        let gap = Interval(values: zip(scores[first], scores[second]).map { $0 - $1 })
        let separable = gap.low > 0

        let robustness = try robustnessCheck(loaded, crm: crm, candidates: candidates, fits: fits.map(\.score),
                                             winner: first, options: options)
        let unknowns = unknownDeterminants(candidates: candidates, inputs: inputs, simScores: results.map(\.simulationScore),
                                           weights: weights, winner: first)
        let unknownGroups = assessment.determinants.filter { $0.status == .unknown }.count
        let status: RecommendationStatus
        if unknownGroups >= 3 && !separable {
            status = .cannotRecommendYet
        } else if !separable {
            status = .tooCloseToCall
        } else if unknowns.contains(where: \.couldChangeWinner) || robustness.winnerStays < 0.8 {
            status = .provisional
        } else {
            status = .recommended
        }
        let explanation = Explanation.build(reports: reports, candidates: candidates, ranked: ranked, today: todayIndex,
                                            winner: first, runnerUp: second, separable: separable, model: loaded.model)
        return Recommendation(
            organization: loaded.model.organization.name, crmUnit: graph.ids[crm], today: candidates[todayIndex].unit,
            status: status,
            headline: Explanation.headline(status: status, winner: candidates[first], runnerUp: candidates[second],
                                           today: candidates[todayIndex], improvement: results[first].improvement),
            weights: weights, runs: runs, casesPerRun: options.simulation.cases, seed: options.simulation.seed,
            candidates: ranked, explanation: explanation, robustness: robustness, unknowns: unknowns,
            needed: Explanation.needed(status: status, unknowns: unknowns, assessment: assessment),
            wallSeconds: (ContinuousClock.now - started).seconds,
            currency: money?.currency, moneyNote: money.map { $0.provenance(.en) } ?? (options.pricing.source == .off ? nil : Pricing.hint))
    }

    /// Simulates the model with the CRM team under each candidate, all with the same
    /// seed so replication r of every candidate sees the same arrivals.
    static func simulate(_ loaded: LoadedModel, crm: Int, candidates: [PlacementCandidate],
                         options: SimulationOptions) throws(RecommendationError) -> [SimulationReport] {
        var reports: [SimulationReport] = []
        for candidate in candidates {
            var moved = loaded
            moved.model.units[crm].parent = candidate.unit
            do {
                reports.append(try SiloSimulator.run(moved, options: options))
            } catch {
                throw .simulation(candidate: candidate.unit, message: error.description)
            }
        }
        return reports
    }

    /// Draws parameter sets from the uncertainty ranges (a seeded Latin hypercube), ranks
    /// the candidates under each and counts how often the winner stays first. A model
    /// calibrated on a ticket log (`simulation.calibration`) is varied over its fitted
    /// 95 % intervals instead of the default ranges.
    static func robustnessCheck(_ loaded: LoadedModel, crm: Int, candidates: [PlacementCandidate], fits: [Double],
                                winner: Int, options: RecommendationOptions) throws(RecommendationError) -> Robustness {
        let calibration = loaded.model.simulation.calibration
        let uncertain = SimulationParameters.robustnessRanges(calibration)
        let ranges = Dictionary(uniqueKeysWithValues: uncertain.map { ($0.name, [$0.range.lowerBound, $0.range.upperBound]) })
        let fitted = uncertain.filter(\.fitted).map(\.name)
        let samples = options.robustnessSamples
        guard samples > 0 else {
            return Robustness(samples: 0, winnerStays: 1, wins: [:], parameters: ranges, calibration: calibration?.summary, fitted: fitted)
        }
        var random = Xoshiro256StarStar(seed: options.simulation.seed, replication: 0, purpose: .custom(77), index: 0)
        // Latin hypercube: each parameter's range cut into `samples` strata, shuffled.
        var strata: [String: [Int]] = [:]
        for definition in uncertain {
            var order = Array(0..<samples)
            for i in stride(from: samples - 1, to: 0, by: -1) { order.swapAt(i, random.nextIndex(below: i + 1)) }
            strata[definition.name] = order
        }
        var wins: [String: Int] = [:]
        var stays = 0
        let weights = options.weights
        for s in 0..<samples {
            var sim = options.simulation
            sim.runs = options.robustnessRuns
            sim.cases = options.robustnessCases
            sim.warmupCases = min(sim.warmupCases, options.robustnessCases / 4)
            sim.seed = options.simulation.seed &+ UInt64(s + 1)
            for definition in uncertain {
                let range = definition.range
                guard let stratum = strata[definition.name]?[s] else { continue }
                let u = (Double(stratum) + random.nextUniform()) / Double(samples)
                sim.parameters[definition.name] = range.lowerBound + u * (range.upperBound - range.lowerBound)
            }
            let reports = try simulate(loaded, crm: crm, candidates: candidates, options: sim)
            let today = candidates.firstIndex { $0.isToday } ?? 0
            let outcome = { (report: SimulationReport) in
                weights.customerMinute * report.cases.resolutionMinutes.mean + weights.staffMinute * report.cases.staffMinutes.mean
            }
            let base = outcome(reports[today])
            let score = candidates.indices.map { c in
                let improvement = base > 0 ? (base - outcome(reports[c])) / base : 0
                return weights.simulation * max(-1, min(1, improvement / weights.improvementScale)) + weights.fit * fits[c]
            }
            let best = candidates.indices.max { score[$0] < score[$1] } ?? 0
            wins[candidates[best].unit, default: 0] += 1
            if best == winner { stays += 1 }
        }
        return Robustness(samples: samples, winnerStays: Double(stays) / Double(samples), wins: wins, parameters: ranges,
                          calibration: calibration?.summary, fitted: fitted)
    }

    /// For each fit input the company has not answered: the winner if it were 0 and if it
    /// were 4, holding the simulated scores fixed.
    static func unknownDeterminants(candidates: [PlacementCandidate], inputs: FitInputs, simScores: [Double],
                                    weights: RecommendationWeights, winner: Int) -> [UnknownDeterminant] {
        PlacementFit.inputs.filter { inputs.scores[$0] == nil }.map { id in
            func winnerWith(_ value: Double) -> Int {
                var changed = inputs
                changed.scores[id] = value
                let scores = candidates.indices.map { c in
                    weights.simulation * simScores[c] + weights.fit * PlacementFit.evaluate(function: candidates[c].function, inputs: changed).score
                }
                return candidates.indices.max { scores[$0] < scores[$1] } ?? 0
            }
            let (low, high) = (winnerWith(0), winnerWith(4))
            return UnknownDeterminant(answerID: id, winnerIfLow: candidates[low].unit, winnerIfHigh: candidates[high].unit,
                                      couldChangeWinner: low != winner || high != winner)
        }
    }
}

extension Duration {
    /// Seconds as a floating-point number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
