import Foundation
import SiloscopeModel

/// The result of importing an event log into a model.
public struct EventLogImport: Sendable {
    /// The calibrated model (explicit routing, observed handoffs, arrivals and handling).
    public var model: OrgModel
    /// What was read, measured and written.
    public var summary: CalibrationSummary
}

/// Writes what an event log shows into a model, so that the simulation in explicit mode
/// reproduces the observed flow before any scenario is tried:
///
/// - **Routing**: per unit, the share of visits followed by a visit to each other unit
///   (the rest is the share resolved there); `simulation.mode` becomes `explicit`.
/// - **Handoffs**: one per observed handover pair, with `volume_per_day` (an existing
///   handoff between the pair is updated, keeping its other fields).
/// - **Handling**: `handling_minutes` is the observed mean and the distribution is
///   `empirical` over at most 200 quantiles.
/// - **Arrivals**: per case type, cases per hour at a touchpoint for each channel and
///   first unit; missing case types and touchpoints are created. Case types not in the
///   log lose their arrivals (the log is the reality being reproduced).
/// - Units in the log that are not in the model are added under the root.
public enum ModelCalibrator {
    /// Calibrates `base` (or a new model when `nil`) from an analysed log.
    ///
    /// - Parameters:
    ///   - base: the model to calibrate; `nil` builds one with a root unit and one unit
    ///     per unit of the log.
    ///   - analysis: the analysed log.
    ///   - log: the log (for channel and case-type names).
    ///   - source: what reading the log found.
    /// - Returns: the calibrated model and the summary.
    public static func calibrate(_ base: OrgModel?, analysis: EventLogAnalysis, log: EventLog, source: EventLogSource) -> EventLogImport {
        var model = base ?? OrgModel(organization: OrganizationInfo(name: "Imported from \(source.file)"),
                                     units: [Unit(id: "organization", name: "Organization", kind: .executive)])
        var anomalies = source.anomalies + analysis.anomalies
        var notes: [String] = []

        // Units.
        let matcher = UnitMatcher(units: model.units)
        var pool = IdentifierPool(reserved: model.units.map(\.id))
        let rootID = model.units.first { $0.parent == nil }?.id ?? model.units.first?.id
        var unitID: [String] = []
        var added: [String] = []
        for name in analysis.units {
            if let id = matcher.match(name) {
                unitID.append(id)
            } else {
                let id = pool.unique(Transliteration.identifier(name))
                model.units.append(Unit(id: id, name: name, kind: UnitKindGuess.guess(name), parent: rootID))
                unitID.append(id)
                added.append("'\(name)' as '\(id)'")
            }
        }
        if !added.isEmpty, base != nil {
            anomalies.append(ImportAnomaly(kind: .unknownUnit, rows: [], message: "\(added.count) unit\(added.count == 1 ? "" : "s") of the log \(added.count == 1 ? "is" : "are") not in the model: \(added.prefix(8).joined(separator: ", "))\(added.count > 8 ? ", …" : "")",
                                           handling: "added under the root '\(rootID ?? "")' with staff 1; move them and set their staff"))
        }
        let unitIndex = Dictionary(model.units.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })

        // Handling times.
        for (u, statistics) in analysis.handling.enumerated() {
            guard let statistics, let index = unitIndex[unitID[u]] else { continue }
            let samples = statistics.quantiles.map { max(0.001, round3($0)) }
            model.units[index].handlingMinutes = max(0.001, round3(statistics.mean))
            model.units[index].handlingDistribution = .empirical(samples: samples)
        }

        // Concurrency: enough case handlers for the observed load (Little's law).
        notes += calibrateHandlers(&model, analysis: analysis, unitID: unitID, unitIndex: unitIndex, added: Set(unitID).subtracting(base?.units.map(\.id) ?? []))

        // Routing (merging log units that map to one model unit).
        var routing: [String: [String: Int]] = [:]
        var visits: [String: Int] = [:]
        for from in analysis.units.indices {
            visits[unitID[from], default: 0] += analysis.visits[from]
            for (to, count) in analysis.transitions[from] { routing[unitID[from], default: [:]][unitID[to], default: 0] += count }
        }
        model.routing = model.units.compactMap { unit -> RoutingRow? in
            guard let row = routing[unit.id], let total = visits[unit.id], total > 0 else { return nil }
            var targets = row.map { RoutingTarget(unit: $0.key, probability: round4(Double($0.value) / Double(total))) }
                .filter { $0.probability > 0 }
                .sorted { ($1.probability, $0.unit) < ($0.probability, $1.unit) }
            let excess = targets.reduce(0) { $0 + $1.probability } - 1
            if excess > 0, !targets.isEmpty { targets[0].probability = round4(targets[0].probability - excess) }
            return targets.isEmpty ? nil : RoutingRow(from: unit.id, to: targets)
        }
        model.simulation.mode = .explicit

        // Handoffs with observed volumes.
        let days = max(analysis.spanSeconds / 86_400, 1.0 / 24)
        var pairs: [String: Int] = [:]
        for entry in analysis.handovers.entries where unitID[entry.from] != unitID[entry.to] {
            pairs["\(unitID[entry.from])\u{0}\(unitID[entry.to])", default: 0] += entry.count
        }
        var written = Set<String>()
        for (i, handoff) in model.handoffs.enumerated() {
            let key = "\(handoff.from)\u{0}\(handoff.to)"
            if let count = pairs[key], !written.contains(key) {
                model.handoffs[i].volumePerDay = round3(Double(count) / days)
                written.insert(key)
            }
        }
        for entry in analysis.handovers.entries {
            let (from, to) = (unitID[entry.from], unitID[entry.to])
            let key = "\(from)\u{0}\(to)"
            guard from != to, !written.contains(key), let count = pairs[key] else { continue }
            model.handoffs.append(Handoff(from: from, to: to, volumePerDay: round3(Double(count) / days)))
            written.insert(key)
        }

        let arrivals = ArrivalCalibration.apply(to: &model, analysis: analysis, log: log, unitID: unitID)
        notes += arrivals.notes
        anomalies += arrivals.anomalies
        let summary = CalibrationSummary(source: source, analysis: analysis, log: log, unitIDs: unitID,
                                         routingRows: model.routing.count, handoffsWritten: written.count, days: days,
                                         notes: notes, anomalies: anomalies)
        return EventLogImport(model: model, summary: summary)
    }
}

extension ModelCalibrator {
    /// The utilisation the inferred case handlers aim at: a queue run at its observed load
    /// with this share of its handlers busy stays stable and waits little.
    public static let targetUtilisation = 0.8

    /// Sets each observed unit's `case_handlers` from its offered load L (visits in
    /// progress at once, ``EventLogAnalysis/offeredLoad``): ⌈L / 0.8⌉, at least 1.
    /// Without start/complete pairs the observed durations include waiting, so the
    /// model's handlers are set to that figure whatever they were (one handler with
    /// gap-based handling would be a queue over capacity). With start/complete pairs the
    /// durations are handling, and handlers already in the model are kept unless they
    /// are fewer than the load needs. A unit the import added gets staff = handlers.
    static func calibrateHandlers(_ model: inout OrgModel, analysis: EventLogAnalysis, unitID: [String],
                                  unitIndex: [String: Int], added: Set<String>) -> [String] {
        var load: [String: Double] = [:]
        for (u, l) in analysis.offeredLoad.enumerated() { if let l { load[unitID[u], default: 0] += l } }
        var changed: [String] = []
        for (id, l) in load.sorted(by: { $0.key < $1.key }) {
            guard let index = unitIndex[id] else { continue }
            let needed = max(1, Int((l / targetUtilisation).rounded(.up)))
            let current = model.units[index].caseHandlers ?? model.units[index].staff
            let handlers = analysis.usedLifecycle ? max(current, needed) : needed
            if added.contains(id) { model.units[index].staff = max(model.units[index].staff, handlers) }
            guard handlers != model.units[index].caseHandlers else { continue }
            model.units[index].caseHandlers = handlers
            changed.append("\(id) \(handlers) (load \(String(format: "%.2f", l)))")
        }
        guard !changed.isEmpty else { return [] }
        let how = analysis.usedLifecycle ? "raised to the observed load" : "from the observed load (durations include waiting)"
        return ["case_handlers \(how), ⌈L / \(targetUtilisation)⌉ by Little's law: \(changed.prefix(8).joined(separator: ", "))\(changed.count > 8 ? ", …" : "")"]
    }
}

/// Rounded to three decimals (minutes: well under a second).
func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// Rounded to four decimals (probabilities and rates).
func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
