import Foundation
import SiloscopeEngine
import SiloscopeModel
import SiloscopeSimulation

/// The simulated method of moments: structural parameters by Levenberg–Marquardt on the
/// weighted distance between the log's statistics and a simulated run's, each unit's
/// handling mean by a ratio fixed point on its full-handling visits, and the sandwich
/// covariance of the estimate.
struct MomentFitter {
    let facts: RoutingFacts
    let observed: SummaryStatistics
    /// The model being fitted (its handling means change as the fit goes).
    private(set) var model: OrgModel
    private(set) var evaluator: Evaluator
    let options: CalibrationOptions

    private let observedValues: [Double]
    private let observedCovariance: [[Double]]
    /// Statistics in the objective (not the per-unit handling ones).
    private let used: [Int]
    /// The first per-unit handling statistic, or `count` when there is none.
    private let handlingStart: Int

    struct Outcome {
        var values: [String: Double]
        var intervals: [String: ClosedRange<Double>]
        var identified: Set<String>
        var reasons: [String: String]
        var objective: Double
        var iterations: Int
        var statistics: [(name: String, observed: Double, fitted: Double)]
    }

    init(facts: RoutingFacts, observed: SummaryStatistics, model: OrgModel, evaluator: Evaluator, options: CalibrationOptions) {
        self.facts = facts
        self.observed = observed
        self.model = model
        self.evaluator = evaluator
        self.options = options
        let values = observed.values
        observedValues = values
        observedCovariance = observed.bootstrapCovariance(resamples: options.resamples, seed: options.seed &+ 11)
        let start = observed.names.firstIndex { $0.hasPrefix("full handling visit minutes") } ?? observed.count
        handlingStart = start
        let support = observed.support
        used = (0..<start).filter { support[$0] >= 20 && values[$0].isFinite }
    }

    /// The width a parameter's step and identification are measured against: the range
    /// the robustness check explores, else the accepted range.
    static func priorWidth(_ name: String) -> Double {
        guard let definition = SimulationParameters.definitions.first(where: { $0.name == name }) else { return 1 }
        let range = definition.uncertainty ?? definition.range
        return range.upperBound - range.lowerBound
    }

    static func bounds(_ name: String) -> ClosedRange<Double> {
        SimulationParameters.definitions.first { $0.name == name }?.range ?? 0...1
    }

    // MARK: Fit

    mutating func fit(_ candidates: [String], prior: SimulationParameters) throws(CalibrationError) -> Outcome {
        var reasons: [String: String] = [:]
        var x = Dictionary(uniqueKeysWithValues: candidates.map { ($0, prior[$0]) })
        var current = try evaluate(x, updatingHandling: true)
        let simulatedCovariance = current.bootstrapCovariance(resamples: options.resamples, seed: options.seed &+ 13)
        let weights = used.map { k in
            let variance = observedCovariance[k][k] + simulatedCovariance[k][k]
            let floor = pow(1e-3 * max(abs(observedValues[k]), 1e-3), 2)
            return 1 / max(variance, floor)
        }

        // Screen: a parameter whose statistics do not move across its whole range is out.
        var jacobian: [String: [Double]] = [:]
        var active: [String] = []
        let columns = try derivatives(candidates, x, base: current.values)
        for (name, column) in zip(candidates, columns) {
            let reach = Self.priorWidth(name)
            let z = sqrt(zip(used.indices, used).reduce(0) { $0 + weights[$1.0] * pow(column[$1.1] * reach, 2) })
            if z < 2 {
                reasons[name] = "moving it across its range changes no statistic of the log beyond its noise"
            } else {
                active.append(name)
                jacobian[name] = column
            }
        }

        var iterations = 0
        (x, current, iterations) = try optimize(active, x, current, jacobian, weights, maxIterations: options.iterations)
        current = try evaluate(x, updatingHandling: true)
        var (intervals, identified) = try covariance(active, x, current, weights)
        let dropped = active.filter { !identified.contains($0) }
        if !dropped.isEmpty {
            for name in dropped {
                x[name] = prior[name]
                reasons[name] = "its 95 % interval is no narrower than the range the robustness check explores"
            }
            let kept = active.filter { identified.contains($0) }
            if !kept.isEmpty {
                current = try evaluate(x, updatingHandling: false)
                var more = 0
                var refreshed: [String: [Double]] = [:]
                for (name, column) in zip(kept, try derivatives(kept, x, base: current.values)) { refreshed[name] = column }
                (x, current, more) = try optimize(kept, x, current, refreshed, weights, maxIterations: 2)
                iterations += more
                (intervals, identified) = try covariance(kept, x, current, weights)
                for name in kept where !identified.contains(name) {
                    x[name] = prior[name]
                    reasons[name] = "its 95 % interval is no narrower than the range the robustness check explores"
                }
            }
        }
        let values = current.values
        let statistics = (0..<observed.count).filter { observedValues[$0].isFinite }.map { k in
            (name: observed.names[k], observed: observedValues[k], fitted: values[k])
        }
        return Outcome(values: x, intervals: intervals, identified: identified, reasons: reasons,
                       objective: objective(values, weights), iterations: iterations, statistics: statistics)
    }

    /// Levenberg–Marquardt on the weighted statistics, handling refreshed after each
    /// accepted step.
    private mutating func optimize(_ names: [String], _ start: [String: Double], _ startStatistics: SummaryStatistics,
                                   _ startJacobian: [String: [Double]], _ weights: [Double],
                                   maxIterations: Int) throws(CalibrationError) -> ([String: Double], SummaryStatistics, Int) {
        var x = start
        var current = startStatistics
        var jacobian = startJacobian
        guard !names.isEmpty else { return (x, current, 0) }
        var lambda = 0.01
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            let values = current.values
            let q = objective(values, weights)
            let residual = used.map { k in observedValues[k] - (values[k].isFinite ? values[k] : 0) }
            let p = names.count
            var a = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
            var g = [Double](repeating: 0, count: p)
            for (i, ni) in names.enumerated() {
                let ci = jacobian[ni] ?? []
                for (r, k) in used.enumerated() { g[i] += ci[k] * weights[r] * residual[r] }
                for (j, nj) in names.enumerated() {
                    let cj = jacobian[nj] ?? []
                    for (r, k) in used.enumerated() { a[i][j] += ci[k] * weights[r] * cj[k] }
                }
            }
            var accepted = false
            var largest = 0.0
            for _ in 0..<8 {
                var damped = a
                for i in 0..<p { damped[i][i] += lambda * max(a[i][i], 1e-9) }
                guard let step = try? LinearSystem.solve(damped, g) else { lambda *= 10; continue }
                var trial = x
                largest = 0
                for (i, name) in names.enumerated() {
                    let bounds = Self.bounds(name)
                    let limit = Self.priorWidth(name)
                    let delta = max(-limit / 2, min(limit / 2, step[i]))
                    trial[name] = min(bounds.upperBound, max(bounds.lowerBound, (x[name] ?? 0) + delta))
                    largest = max(largest, abs((trial[name] ?? 0) - (x[name] ?? 0)) / limit)
                }
                let candidate = try evaluate(trial, updatingHandling: false)
                if objective(candidate.values, weights) < q {
                    x = trial
                    current = candidate
                    lambda = max(lambda / 3, 1e-4)
                    accepted = true
                    break
                }
                lambda *= 4
            }
            guard accepted else { break }
            if largest < 0.005 { break }
            if iterations < maxIterations {
                for (name, column) in zip(names, try derivatives(names, x, base: current.values)) { jacobian[name] = column }
            }
        }
        return (x, current, iterations)
    }

    /// The sandwich covariance at `x`, the 95 % intervals, and which parameters it
    /// narrows down more than their default range.
    private mutating func covariance(_ names: [String], _ x: [String: Double], _ current: SummaryStatistics,
                                     _ weights: [Double]) throws(CalibrationError) -> ([String: ClosedRange<Double>], Set<String>) {
        guard !names.isEmpty else { return ([:], []) }
        let columns = try centralDerivatives(names, x)
        let simulated = current.bootstrapCovariance(resamples: options.resamples, seed: options.seed &+ 17)
        let p = names.count
        let m = used.count
        // W J (m × p) and the bread JᵀWJ.
        var wj = [[Double]](repeating: [Double](repeating: 0, count: p), count: m)
        for r in 0..<m { for j in 0..<p { wj[r][j] = weights[r] * columns[j][used[r]] } }
        var bread = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for i in 0..<p { for j in 0..<p { for r in 0..<m { bread[i][j] += columns[i][used[r]] * wj[r][j] } } }
        var meat = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for r in 0..<m {
            for s in 0..<m {
                let sigma = observedCovariance[used[r]][used[s]] + simulated[used[r]][used[s]]
                guard sigma != 0 else { continue }
                for i in 0..<p { for j in 0..<p { meat[i][j] += wj[r][i] * sigma * wj[s][j] } }
            }
        }
        // Bread⁻¹ by columns; a singular bread leaves every parameter unidentified.
        var inverse = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for j in 0..<p {
            var unit = [Double](repeating: 0, count: p)
            unit[j] = 1
            guard let column = try? LinearSystem.solve(bread, unit) else { return ([:], []) }
            for i in 0..<p { inverse[i][j] = column[i] }
        }
        var intervals: [String: ClosedRange<Double>] = [:]
        var identified = Set<String>()
        for (i, name) in names.enumerated() {
            var variance = 0.0
            for a in 0..<p { for b in 0..<p { variance += inverse[i][a] * meat[a][b] * inverse[b][i] } }
            let half = 1.96 * sqrt(max(variance, 0))
            let value = x[name] ?? 0
            let bounds = Self.bounds(name)
            let low = max(bounds.lowerBound, value - half), high = min(bounds.upperBound, value + half)
            intervals[name] = low...high
            if half.isFinite && 2 * half < Self.priorWidth(name) { identified.insert(name) }
        }
        return (intervals, identified)
    }

    /// The forward-difference columns of the statistics in each parameter (a fifth of
    /// its default range, stepping inwards at a bound; large enough that the cases whose
    /// path it changes outweigh the draws it shifts), with common random numbers, the
    /// runs in parallel.
    private mutating func derivatives(_ names: [String], _ x: [String: Double], base: [Double]) throws(CalibrationError) -> [[Double]] {
        var steps: [Double] = []
        var batch: [[String: Double]] = []
        for name in names {
            let bounds = Self.bounds(name)
            let value = x[name] ?? 0
            var h = 0.2 * Self.priorWidth(name)
            if value + h > bounds.upperBound { h = -h }
            var moved = x
            moved[name] = value + h
            steps.append(h)
            batch.append(moved)
        }
        let results = try evaluator.statistics(model, batch: batch)
        return zip(results, steps).map { statistics, h in
            zip(statistics.values, base).map { a, b in a.isFinite && b.isFinite ? (a - b) / h : 0 }
        }
    }

    /// The central-difference columns (a fifth of the default range each way, shifted
    /// inwards at a bound): the noise common random numbers leave in a one-sided
    /// difference partly cancels, so the sandwich does not mistake noise for information.
    private mutating func centralDerivatives(_ names: [String], _ x: [String: Double]) throws(CalibrationError) -> [[Double]] {
        var widths: [Double] = []
        var batch: [[String: Double]] = []
        for name in names {
            let bounds = Self.bounds(name)
            let h = 0.2 * Self.priorWidth(name)
            let value = x[name] ?? 0
            let low = max(bounds.lowerBound, value - h), high = min(bounds.upperBound, value + h)
            var moved = x
            moved[name] = low
            batch.append(moved)
            moved[name] = high
            batch.append(moved)
            widths.append(high - low)
        }
        let results = try evaluator.statistics(model, batch: batch)
        return widths.indices.map { j in
            guard widths[j] > 0 else { return [Double](repeating: 0, count: observed.count) }
            return zip(results[2 * j + 1].values, results[2 * j].values).map { a, b in a.isFinite && b.isFinite ? (a - b) / widths[j] : 0 }
        }
    }

    private func objective(_ values: [Double], _ weights: [Double]) -> Double {
        zip(used, weights).reduce(0) { total, pair in
            let simulated = values[pair.0].isFinite ? values[pair.0] : 0
            return total + pair.1 * pow(observedValues[pair.0] - simulated, 2)
        }
    }

    /// Simulates at `x`; with `updatingHandling`, first moves each measured unit's handling
    /// mean by the ratio of its observed to simulated full-handling visits (a few rounds
    /// until they agree within 1 %).
    private mutating func evaluate(_ x: [String: Double], updatingHandling: Bool) throws(CalibrationError) -> SummaryStatistics {
        var statistics = try evaluator.statistics(model, x)
        guard updatingHandling, handlingStart < observed.count else { return statistics }
        let support = observed.support
        for _ in 0..<3 {
            let simulated = statistics.values
            var changed = false
            let units = model.units.count
            for k in handlingStart..<observed.count {
                guard support[k] >= 10, observedValues[k] > 0, simulated[k].isFinite, simulated[k] > 0 else { continue }
                let ratio = observedValues[k] / simulated[k]
                guard abs(ratio - 1) > 0.01 else { continue }
                let u = k - handlingStart
                if u < units {
                    setHandling(u, CompiledHandling.mean(model.units[u]) * ratio)
                } else if let minutes = model.caseTypes[u - units].handlingMinutes {
                    model.caseTypes[u - units].handlingMinutes = round4(max(0.001, minutes * ratio))
                }
                changed = true
            }
            guard changed else { break }
            statistics = try evaluator.statistics(model, x)
        }
        return statistics
    }

    private mutating func setHandling(_ u: Int, _ minutes: Double) {
        let value = max(0.001, minutes)
        if case .empirical(let samples) = model.units[u].handlingDistribution, !samples.isEmpty {
            let mean = samples.reduce(0, +) / Double(samples.count)
            model.units[u].handlingDistribution = .empirical(samples: samples.map { mean > 0 ? $0 * value / mean : value })
        }
        model.units[u].handlingMinutes = round4(value)
    }

    /// Each unit's handling mean with its interval; units the log shows only triaging or
    /// never are not identified.
    func handlingValues(_ original: OrgModel, visited: Set<Int32>) -> [FittedValue] {
        let support = observed.support
        let caseTypes: [FittedValue] = handlingStart < observed.count ? model.caseTypes.indices.compactMap { t in
            let k = handlingStart + model.units.count + t
            guard let before = original.caseTypes[t].handlingMinutes, let value = model.caseTypes[t].handlingMinutes,
                  support[k] >= 10, observedValues[k] > 0 else { return nil }
            let relative = 1.96 * sqrt(observedCovariance[k][k]) / observedValues[k]
            return FittedValue(name: "case_handling_minutes.\(model.caseTypes[t].id)", value: round4(value), low: round4(max(0, value * (1 - relative))),
                               high: round4(value * (1 + relative)), identified: true, before: before,
                               note: "\(Int(support[k])) resolutions by its owner, ratio fixed point")
        } : []
        return caseTypes + model.units.indices.compactMap { u in
            let before = CompiledHandling.mean(original.units[u])
            let name = "handling_minutes.\(model.units[u].id)"
            let k = handlingStart + u
            guard handlingStart < observed.count, support[k] >= 10, observedValues[k] > 0 else {
                guard visited.contains(Int32(u)) else { return nil }
                let why = handlingStart < observed.count
                    ? "fewer than 10 of its own resolutions in the log (its other visits are triage, or case types with their own handling_minutes)"
                    : "the log has no start/complete pairs"
                return FittedValue(name: name, value: before, low: before, high: before, identified: false, before: before, note: why)
            }
            let value = CompiledHandling.mean(model.units[u])
            let relative = 1.96 * sqrt(observedCovariance[k][k]) / observedValues[k]
            return FittedValue(name: name, value: round4(value), low: round4(max(0, value * (1 - relative))), high: round4(value * (1 + relative)),
                               identified: true, before: before, note: "\(Int(support[k])) of its own resolutions, ratio fixed point")
        }
    }
}

/// A unit's mean handling minutes as the simulation compiles it.
enum CompiledHandling {
    static func mean(_ unit: SiloscopeModel.Unit) -> Double {
        if case .empirical(let samples) = unit.handlingDistribution, !samples.isEmpty { return samples.reduce(0, +) / Double(samples.count) }
        return unit.handlingMinutes ?? SimulationParameters.defaultHandlingMinutes(unit.kind)
    }
}
