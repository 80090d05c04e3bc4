import SiloscopeSimulation

/// Cases as the calibration compares them: each case's type, arrival stream and visits in
/// time order, in the model's unit and case-type indices, times in minutes.
///
/// Built the same way from the client's log and from every simulated run, so that each
/// summary statistic is computed by one function on both sides (simulated method of
/// moments needs exactly that).
struct CaseTraces: Sendable {
    /// Per case: case-type index.
    var caseType: [Int32] = []
    /// Per case: the offset of its first visit; one more entry than cases.
    var offsets: [Int] = [0]
    /// Per visit: unit index.
    var unit: [Int32] = []
    /// Per visit: minutes when work started.
    var start: [Double] = []
    /// Per visit: minutes when work ended; NaN when the log does not say.
    var end: [Double] = []
    /// Whether visits carry durations (start/complete pairs).
    var hasDurations: Bool

    init(hasDurations: Bool) { self.hasDurations = hasDurations }

    /// Cases.
    var count: Int { caseType.count }

    /// The visit indices of case `c`.
    func visits(_ c: Int) -> Range<Int> { offsets[c]..<offsets[c + 1] }

    /// Appends a case.
    mutating func append(caseType type: Int32, visits: [(unit: Int32, start: Double, end: Double)]) {
        caseType.append(type)
        for visit in visits {
            unit.append(visit.unit)
            start.append(visit.start)
            end.append(hasDurations ? visit.end : .nan)
        }
        offsets.append(unit.count)
    }

    /// A case's first and last recorded minute.
    func firstMinute(_ c: Int) -> Double { start[offsets[c]] }
    func lastMinute(_ c: Int) -> Double {
        let last = offsets[c + 1] - 1
        return end[last].isFinite ? end[last] : start[last]
    }

    /// How long cases stay open: the 99th percentile of first-to-last minutes over the
    /// cases that arrive in the first 60 % of the log (those had time to finish).
    var settlingMinutes: Double {
        guard count > 0 else { return 0 }
        let firsts = (0..<count).map(firstMinute).filter(\.isFinite)
        guard let from = firsts.min(), let to = firsts.max() else { return 0 }
        let early = (0..<count).filter { firstMinute($0) <= from + 0.6 * (to - from) }
        let durations = early.map { lastMinute($0) - firstMinute($0) }.filter(\.isFinite).sorted()
        guard !durations.isEmpty else { return 0 }
        return durations[min(durations.count - 1, Int(0.99 * Double(durations.count)))]
    }

    /// The cases that arrive at least `margin` minutes after the first arrival (when
    /// `trimStart`) and before the last recorded minute: a log exported at a moment cuts
    /// off the cases still open then (and, at its start, those already under way), so
    /// the same rule applied to the log and to every simulated run keeps such cases out
    /// of both.
    func settled(margin: Double, trimStart: Bool) -> [Int] {
        let firsts = (0..<count).map(firstMinute)
        guard let from = firsts.filter(\.isFinite).min() else { return [] }
        let to = (0..<count).map(lastMinute).filter(\.isFinite).max() ?? from
        return (0..<count).filter { c in
            firsts[c].isFinite && firsts[c] <= to - margin && (!trimStart || firsts[c] >= from + margin)
        }
    }

    /// The cases at the given indices (repeats allowed).
    func subset(_ cases: [Int]) -> CaseTraces {
        var out = CaseTraces(hasDurations: hasDurations)
        for c in cases {
            let range = visits(c)
            out.caseType.append(caseType[c])
            out.unit += unit[range]
            out.start += start[range]
            out.end += end[range]
            out.offsets.append(out.unit.count)
        }
        return out
    }

    /// A simulated run's services as traces, cases in arrival order. Without durations,
    /// consecutive services at one unit merge into one visit, as a log without
    /// start/complete pairs shows them.
    init(services: [SimulatedService], hasDurations: Bool) {
        self.hasDurations = hasDurations
        guard let last = services.map(\.job).max() else { return }
        var counts = [Int](repeating: 0, count: Int(last) + 2)
        for service in services { counts[Int(service.job) + 1] += 1 }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var fill = counts
        var order = [Int](repeating: 0, count: services.count)
        for (i, service) in services.enumerated() {
            order[fill[Int(service.job)]] = i
            fill[Int(service.job)] += 1
        }
        var visits: [(unit: Int32, start: Double, end: Double)] = []
        for job in 0..<(counts.count - 1) where counts[job + 1] > counts[job] {
            visits.removeAll(keepingCapacity: true)
            for i in order[counts[job]..<counts[job + 1]] {
                let service = services[i]
                if !hasDurations, visits.last?.unit == service.unit { continue }
                visits.append((service.unit, service.start, service.end))
            }
            append(caseType: services[order[counts[job]]].caseType, visits: visits)
        }
    }
}
