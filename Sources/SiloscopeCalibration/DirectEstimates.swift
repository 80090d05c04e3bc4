import Foundation
import SiloscopeModel

/// The quantities a log gives nearly one to one: arrival rates and a floor on case
/// handlers.
enum DirectEstimates {
    /// Sets each arrival stream of the model (case type × touchpoint) to the rate of the
    /// log's cases of that type starting at the touchpoint's unit (through its channel
    /// when the log names channels): (n − 1)/T over all usable cases, shared out by count,
    /// with a Poisson 95 % interval. Streams of the model the log never shows keep their
    /// rate and are reported; cases starting where the model has no stream are reported.
    static func arrivals(_ model: inout OrgModel, observed: ObservedLog, warnings: inout [String]) -> [FittedValue] {
        let hours = observed.spanHours
        let total = observed.traces.count
        guard hours > 0, total > 1 else {
            warnings.append("the log's cases all arrive at one instant: arrival rates are kept from the model")
            return []
        }
        let scale = Double(total - 1) / Double(total) / hours
        let unitIndex = Dictionary(model.units.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // Observed cases per (case type, front unit, channel).
        var counts: [String: Int] = [:]
        for c in 0..<total {
            let front = observed.traces.unit[observed.traces.offsets[c]]
            counts["\(observed.traces.caseType[c])|\(front)|\(observed.channel[c])", default: 0] += 1
        }
        var claimed = Set<String>()
        var values: [FittedValue] = []
        var unseen: [String] = []
        for (t, caseType) in model.caseTypes.enumerated() {
            var rates: [(index: Int, touchpoint: Touchpoint, count: Double)] = []
            for (a, arrival) in caseType.arrivals.enumerated() {
                guard let touchpoint = model.touchpoints.first(where: { $0.id == arrival.touchpoint }),
                      let unit = unitIndex[touchpoint.unit] else { continue }
                // Keys of this stream: its channel as the log writes it, or no channel.
                let keys = counts.keys.filter { key in
                    let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    guard parts.count == 3, parts[0] == "\(t)", parts[1] == "\(unit)" else { return false }
                    let channel = parts[2]
                    return channel.isEmpty || channel == touchpoint.id || channel == touchpoint.name || channel.lowercased() == touchpoint.channel.rawValue
                }
                // Streams sharing the same keys split the count by the model's rates.
                let sharing = caseType.arrivals.filter { other in
                    guard let tp = model.touchpoints.first(where: { $0.id == other.touchpoint }) else { return false }
                    return tp.unit == touchpoint.unit && (tp.channel == touchpoint.channel || keys.allSatisfy { $0.hasSuffix("|") })
                }
                let share = arrival.perHour / max(sharing.reduce(0) { $0 + $1.perHour }, 1e-12)
                let count = Double(keys.reduce(0) { $0 + (counts[$1] ?? 0) }) * share
                claimed.formUnion(keys)
                rates.append((a, touchpoint, count))
            }
            for rate in rates {
                let name = "per_hour.\(caseType.id).\(rate.touchpoint.id)"
                let before = caseType.arrivals[rate.index].perHour
                guard rate.count > 0 else {
                    unseen.append("\(caseType.id) at \(rate.touchpoint.id)")
                    values.append(FittedValue(name: name, value: before, low: before, high: before, identified: false, before: before,
                                              note: "no case of this type starts at this touchpoint in the log: kept"))
                    continue
                }
                let value = rate.count * scale
                let half = 1.96 * sqrt(rate.count) * scale
                model.caseTypes[t].arrivals[rate.index].perHour = round4(value)
                values.append(FittedValue(name: name, value: round4(value), low: round4(max(0, value - half)), high: round4(value + half),
                                          identified: true, before: before, note: "\(Int(rate.count.rounded())) cases over \(String(format: "%.1f", hours)) hours"))
            }
        }
        if !unseen.isEmpty {
            warnings.append("\(unseen.count) arrival stream\(unseen.count == 1 ? "" : "s") of the model never occur\(unseen.count == 1 ? "s" : "") in the log and keep their rates: \(unseen.prefix(5).joined(separator: ", "))\(unseen.count > 5 ? ", …" : "")")
        }
        let stray = counts.filter { !claimed.contains($0.key) }.values.reduce(0, +)
        if stray > 0 {
            warnings.append("\(stray) case\(stray == 1 ? "" : "s") start at a unit where the model has no touchpoint for their case type: they count in the statistics, not in the arrival rates; add the touchpoint to the model")
        }
        return values
    }

    /// Raises each unit's case handlers to the most visits the log shows in service at
    /// once (with start/complete pairs): the unit had at least that many. A unit never
    /// seen that busy keeps the model's figure, which the log cannot confirm.
    static func handlers(_ model: inout OrgModel, observed: ObservedLog) -> [FittedValue] {
        let traces = observed.traces
        guard traces.hasDurations else { return [] }
        var events: [[(time: Double, delta: Int)]] = Array(repeating: [], count: model.units.count)
        for i in traces.unit.indices where traces.start[i].isFinite && traces.end[i].isFinite && traces.end[i] > traces.start[i] {
            events[Int(traces.unit[i])].append((traces.start[i], 1))
            events[Int(traces.unit[i])].append((traces.end[i], -1))
        }
        var values: [FittedValue] = []
        for (u, list) in events.enumerated() where !list.isEmpty {
            var busy = 0, peak = 0
            for event in list.sorted(by: { ($0.time, $0.delta) < ($1.time, $1.delta) }) {
                busy += event.delta
                peak = max(peak, busy)
            }
            let before = model.units[u].servers
            let value = max(before, peak)
            if value != before { model.units[u].caseHandlers = value }
            values.append(FittedValue(name: "case_handlers.\(model.units[u].id)", value: Double(value), low: Double(peak), high: Double(value),
                                      identified: peak >= before, before: Double(before),
                                      note: peak >= before ? "\(peak) visits in service at once" : "at most \(peak) in service at once: the log cannot confirm \(before)"))
        }
        return values
    }
}
