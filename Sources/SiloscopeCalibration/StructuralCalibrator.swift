import Foundation
import SiloscopeEngine
import SiloscopeImport
import SiloscopeModel
import SiloscopeSimulation

/// Fits a structural model to a ticket log by the simulated method of moments.
///
/// 1. **Direct estimates**: arrival rates per case type and touchpoint from the cases'
///    first events ((n − 1)/T, Poisson intervals); case handlers raised to the peak of
///    visits in service at once (a lower bound: a unit never seen fully busy may have
///    more); each unit's handling mean from its own resolutions (and the brokering CRM
///    team's visits), refined in the loop so that retelling and reopens count as in the
///    simulation.
/// 2. **Simulated method of moments** for the structural parameters: the statistics of
///    ``RoutingFacts/statistics(_:)`` of the log are matched by those of simulated runs
///    (common random numbers), weighted by the inverse of their variance, with
///    Levenberg–Marquardt steps on a finite-difference Jacobian.
/// 3. **Intervals** from the sandwich (JᵀWJ)⁻¹JᵀWΣWJ(JᵀWJ)⁻¹, Σ the case-bootstrap
///    covariance of the log's statistics plus that of the simulated run's. A parameter
///    whose statistics do not move, or whose 95 % interval is no narrower than the range
///    the robustness check already explores, is **not identified**: it keeps the model's
///    value, and the result says so.
/// 4. **Out of sample**: the fitted model against the held-out cases.
public enum StructuralCalibrator {
    /// Parameters no ticket log can identify, with the reason.
    static let unobservable: [String: String] = [
        "declared_context_kept": "the log does not record when a customer had to tell the story again",
        "undeclared_context_kept": "the log does not record when a customer had to tell the story again",
        "record_context_recovery": "the log does not record when a customer had to tell the story again",
        "retelling_minutes": "the log does not record retellings; their minutes cannot be told apart from handling",
        "escalation_hops": "a rule (whole handoffs), kept as the model states it",
        "max_reopens": "a rule (whole reopens), kept as the model states it",
        "priority_enabled": "a switch, kept as the model states it",
        "crm_out_of_reach_priority": "a switch, kept as the model states it",
    ]
    /// Parameters measured only through durations and gaps.
    static let timing: Set<String> = ["triage_fraction", "declared_transfer_minutes", "undeclared_transfer_minutes",
                                      "transfer_minutes_per_level", "reopen_delay_minutes"]

    /// Calibrates a structural model on a log.
    ///
    /// - Parameters:
    ///   - loaded: the model (structural mode).
    ///   - reading: the log as read.
    ///   - options: holdout, seed, parameters to fit, unit mapping.
    /// - Throws: ``CalibrationError`` for a log that cannot calibrate the model (no unit
    ///   matches, too few cases, one unit, duplicate events, a parameter asked for that it
    ///   cannot identify) or a model that cannot be simulated.
    public static func calibrate(_ loaded: LoadedModel, log reading: EventLogReading,
                                 options: CalibrationOptions = CalibrationOptions()) throws(CalibrationError) -> CalibrationResult {
        let file = reading.source.file
        guard loaded.model.simulation.mode == .structural else { throw .explicitModel(file: loaded.sources.file) }
        guard (0..<1).contains(options.holdout) else { throw .invalidOptions("holdout must be at least 0 and below 1, got \(options.holdout)") }
        let defined = Set(SimulationParameters.definitions.map(\.name))
        for name in options.fit ?? [] where !defined.contains(name) { throw .unknownParameter(name) }

        // The log on the model.
        let analysis = EventLogAnalysis(log: reading.log)
        let observed = ObservedLog(log: reading.log, analysis: analysis, model: loaded.model, mapping: options.mapping)
        if observed.unmatchedUnits.count == reading.log.units.count {
            throw .noUnitMatches(log: file, model: loaded.sources.file, examples: reading.log.units)
        }
        if !observed.duplicateRows.isEmpty { throw .duplicateEvents(log: file, rows: observed.duplicateRows.sorted()) }
        guard observed.traces.count >= CalibrationOptions.minimumCases else {
            throw .tooFewCases(log: file, usable: observed.traces.count, needed: CalibrationOptions.minimumCases, excluded: observed.excluded)
        }
        if observed.unitsVisited.count == 1, let only = observed.unitsVisited.first {
            throw .singleUnit(log: file, unit: loaded.model.units[Int(only)].id)
        }
        var warnings: [String] = []
        if !observed.unmatchedUnits.isEmpty {
            warnings.append("\(observed.unmatchedUnits.count) unit\(observed.unmatchedUnits.count == 1 ? "" : "s") of the log match no model unit (\(observed.unmatchedUnits.prefix(5).map { "'\($0.name)'" }.joined(separator: ", "))\(observed.unmatchedUnits.count > 5 ? ", …" : "")): their cases are left out; --mapping FILE maps them")
        }
        for (reason, count) in observed.excluded.sorted(by: { $0.key < $1.key }) {
            warnings.append("\(count) case\(count == 1 ? "" : "s") left out: \(reason)")
        }

        // Cases the export may have cut off, at either end, are left out of the statistics.
        let margin = min(observed.traces.settlingMinutes, observed.spanHours * 60 / 4)
        let settled = observed.traces.settled(margin: margin, trimStart: true)
        if settled.count < observed.traces.count {
            let cut = observed.traces.count - settled.count
            warnings.append("\(cut) case\(cut == 1 ? "" : "s") that started within \(String(format: "%.0f", margin)) minutes (how long 99 % of cases stay open) of the log's start or end left out of the statistics: the export may have cut them off")
        }
        guard settled.count >= CalibrationOptions.minimumCases else {
            throw .tooFewCases(log: file, usable: settled.count, needed: CalibrationOptions.minimumCases, excluded: observed.excluded)
        }

        // Split: fit and holdout, by a seeded draw per case.
        var split = SplitMixRandom(seed: options.seed &+ 0x5EED)
        var fitCases: [Int] = [], holdoutCases: [Int] = []
        for c in settled {
            if split.uniform() < options.holdout { holdoutCases.append(c) } else { fitCases.append(c) }
        }
        if holdoutCases.count < 20 || fitCases.count < CalibrationOptions.minimumCases {
            if options.holdout > 0 { warnings.append("too few cases to hold some out: fitted on all \(settled.count), no out-of-sample check") }
            fitCases = settled
            holdoutCases = []
        }
        let fitLog = observed.subset(fitCases)

        // Direct estimates on the whole usable log.
        var model = loaded.model
        let arrivals = DirectEstimates.arrivals(&model, observed: observed, warnings: &warnings)
        let handlers = DirectEstimates.handlers(&model, observed: observed)
        let prior: SimulationParameters
        do { prior = try SimulationParameters.of(loaded) } catch { throw .invalidOptions(error.description) }

        let compiled: CompiledOrganization
        do { compiled = try CompiledOrganization(model, parameters: prior) } catch { throw .cannotSimulate(error.description) }
        let facts = RoutingFacts(compiled)
        let simulated = options.simulatedCases ?? min(60_000, max(3 * fitCases.count, 10_000))
        var fitter = MomentFitter(facts: facts, observed: facts.statistics(fitLog.traces), model: model,
                                  evaluator: Evaluator(facts: facts, hasDurations: observed.traces.hasDurations, cases: simulated, seed: options.seed, margin: margin),
                                  options: options)

        // Which parameters to try.
        var candidates: [String] = []
        var reasons: [String: String] = [:]
        for definition in SimulationParameters.definitions {
            if let reason = unobservable[definition.name] {
                reasons[definition.name] = reason
            } else if timing.contains(definition.name) && !observed.traces.hasDurations {
                reasons[definition.name] = "the log has no start/complete pairs, so durations and gaps include waiting"
            } else if definition.uncertainty != nil || definition.name == "bounce_back_probability" {
                candidates.append(definition.name)
            }
        }
        if let asked = options.fit {
            let refused = asked.compactMap { name in reasons[name].map { (name, $0) } }
            if !refused.isEmpty { throw .notIdentified(log: file, parameters: refused) }
            candidates = candidates.filter { asked.contains($0) }
        }
        let outcome = try fitter.fit(candidates, prior: prior)
        reasons.merge(outcome.reasons) { a, _ in a }
        if let asked = options.fit {
            let refused = asked.filter { !outcome.identified.contains($0) }.map { ($0, reasons[$0] ?? "its statistics do not narrow it down") }
            if !refused.isEmpty { throw .notIdentified(log: file, parameters: refused) }
        }
        if outcome.identified.isEmpty {
            throw .notIdentified(log: file, parameters: candidates.map { ($0, reasons[$0] ?? "its statistics do not narrow it down") })
        }

        // The result.
        model = fitter.model
        var parameters: [FittedValue] = []
        var intervals: [String: ClosedRange<Double>] = [:]
        for definition in SimulationParameters.definitions {
            let name = definition.name
            let before = prior[name]
            if let interval = outcome.intervals[name], outcome.identified.contains(name) {
                let value = outcome.values[name] ?? before
                model.simulation.parameters[name] = round4(value)
                intervals[name] = round4(interval.lowerBound)...round4(interval.upperBound)
                parameters.append(FittedValue(name: name, value: round4(value), low: round4(interval.lowerBound), high: round4(interval.upperBound),
                                              identified: true, before: before, note: "simulated method of moments"))
            } else {
                let range = definition.uncertainty ?? before...before
                parameters.append(FittedValue(name: name, value: before, low: range.lowerBound, high: range.upperBound,
                                              identified: false, before: before, note: reasons[name] ?? "its statistics do not narrow it down"))
            }
        }
        let notIdentified = parameters.filter { !$0.identified && candidates.contains($0.name) }.map(\.name)
        if !notIdentified.isEmpty {
            warnings.append("not identified by the log, kept at the model's value: \(notIdentified.joined(separator: ", "))")
        }
        let days = observed.spanHours / 24
        model.simulation.calibration = CalibrationRecord(log: URL(fileURLWithPath: file).lastPathComponent, cases: observed.traces.count,
                                                         spanDays: round4(days), intervals: intervals)
        let goodness = try holdoutCases.isEmpty ? nil
            : HoldoutCheck.run(model: model, holdout: observed.subset(holdoutCases).traces, facts: facts,
                               cases: simulated, seed: options.seed &+ 1, margin: margin, resamples: options.resamples)
        let fittedStatistics = outcome.statistics
        return CalibrationResult(
            parameters: parameters, handling: fitter.handlingValues(loaded.model, visited: observed.unitsVisited), handlers: handlers, arrivals: arrivals,
            log: file, casesInLog: observed.casesInLog, casesUsed: observed.traces.count, casesFitted: fitCases.count,
            excluded: observed.excluded, unmatchedUnits: observed.unmatchedUnits.map(\.name), spanDays: days,
            usedDurations: observed.traces.hasDurations, statistics: fittedStatistics,
            simulations: fitter.evaluator.simulations + (goodness == nil ? 0 : 1), objective: outcome.objective,
            iterations: outcome.iterations, simulatedCases: simulated, goodness: goodness, warnings: warnings, model: model)
    }
}

/// Rounded to four significant decimals for files and tables.
func round4(_ value: Double) -> Double {
    guard value.isFinite, value != 0 else { return value }
    let magnitude = pow(10, 3 - floor(log10(abs(value))))
    return (value * magnitude).rounded() / magnitude
}
