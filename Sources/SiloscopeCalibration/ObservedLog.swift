import SiloscopeImport
import SiloscopeModel

/// The client's log mapped onto a model: every usable case as a trace in the model's
/// indices, what could not be mapped, and the arrival counts per stream.
struct ObservedLog: Sendable {
    /// Usable cases.
    var traces: CaseTraces
    /// Per usable case: its arrival (first event) in seconds, and its first event's
    /// channel as written (empty when none).
    var arrivalSeconds: [Double]
    var channel: [String]
    /// Log units that match no model unit, with their event counts.
    var unmatchedUnits: [(name: String, events: Int)]
    /// Cases left out, by reason.
    var excluded: [String: Int]
    /// Rows of events that repeat another event of the same case exactly.
    var duplicateRows: [Int]
    /// Distinct model units the usable cases visit.
    var unitsVisited: Set<Int32>
    /// Cases in the log.
    var casesInLog: Int

    /// Maps a log onto a model.
    ///
    /// - Parameters:
    ///   - log: the events.
    ///   - analysis: the log's analysis (for timestamps far from the rest).
    ///   - model: the model.
    ///   - mapping: log unit name → model unit id, tried before matching by id or name.
    init(log: EventLog, analysis: EventLogAnalysis, model: OrgModel, mapping: [String: String]) {
        let matcher = UnitMatcher(units: model.units)
        let unitIndex = Dictionary(model.units.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let unitOf: [Int32] = log.units.map { name in
            let id = mapping[name] ?? matcher.match(name)
            return id.flatMap { unitIndex[$0] }.map(Int32.init) ?? -1
        }
        var events = [Int](repeating: 0, count: log.units.count)
        for u in log.eventUnit { events[Int(u)] += 1 }
        unmatchedUnits = log.units.indices.filter { unitOf[$0] < 0 }.map { (log.units[$0], events[$0]) }
        let caseTypeOf: [Int32] = log.caseTypes.map { name in
            let id = Transliteration.identifier(name, fallback: "case_type")
            return model.caseTypes.firstIndex { $0.id == name || $0.name == name || $0.id == id }.map(Int32.init) ?? -1
        }
        let ownerOf = model.caseTypes.map { unitIndex[$0.owner] ?? -1 }
        let touchpointUnit = Dictionary(model.touchpoints.map { ($0.id, unitIndex[$0.unit] ?? -1) }, uniquingKeysWith: { a, _ in a })
        let arrivesAt: [Set<Int>] = model.caseTypes.map { Set($0.arrivals.compactMap { touchpointUnit[$0.touchpoint] }) }

        casesInLog = log.caseIDs.count
        let hasDurations = log.hasLifecycle
        traces = CaseTraces(hasDurations: hasDurations)
        arrivalSeconds = []
        channel = []
        excluded = [:]
        duplicateRows = []
        unitsVisited = []

        // Events grouped by case, each case in time order (ties: file order).
        let n = log.caseIDs.count
        let (start, order) = log.eventsByCase()
        let outlying = Set(analysis.outlyingEvents)
        var visits: [(unit: Int32, start: Double, end: Double)] = []
        for c in 0..<n {
            var events = Array(order[start[c]..<start[c + 1]])
            events.sort { (log.eventTime[$0], $0) < (log.eventTime[$1], $1) }
            guard !events.contains(where: { outlying.contains($0) }) else { excluded["a timestamp far from the rest of the log", default: 0] += 1; continue }
            guard events.allSatisfy({ unitOf[Int(log.eventUnit[$0])] >= 0 }) else { excluded["a unit that matches no model unit", default: 0] += 1; continue }
            for (a, b) in zip(events, events.dropFirst())
            where log.eventUnit[a] == log.eventUnit[b] && log.eventTime[a] == log.eventTime[b] && log.eventLifecycle[a] == log.eventLifecycle[b] {
                duplicateRows.append(Int(log.eventRow[b]))
            }
            visits.removeAll(keepingCapacity: true)
            for event in events {
                let u = unitOf[Int(log.eventUnit[event])]
                let t = log.eventTime[event] / 60
                switch hasDurations ? log.eventLifecycle[event] : .none {
                case .start:
                    visits.append((u, t, .nan))
                case .complete:
                    if let last = visits.last, last.unit == u, last.end.isNaN, last.start.isFinite {
                        visits[visits.count - 1].end = t
                    } else {
                        visits.append((u, .nan, t))
                    }
                case .none:
                    if visits.last?.unit != u { visits.append((u, t, .nan)) }
                }
            }
            guard let first = visits.first, let last = visits.last else { continue }
            // The case type: as written, else the one owned where the case ended and
            // arriving where it started.
            var type: Int32 = -1
            if let written = events.lazy.map({ log.eventCaseType[$0] }).first(where: { $0 >= 0 }) {
                type = caseTypeOf[Int(written)]
            } else {
                let owned = model.caseTypes.indices.filter { ownerOf[$0] == Int(last.unit) }
                type = (owned.first { arrivesAt[$0].contains(Int(first.unit)) } ?? (model.caseTypes.count == 1 ? 0 : owned.first)).map(Int32.init) ?? -1
            }
            guard type >= 0 else { excluded["a case type the model does not have", default: 0] += 1; continue }
            traces.append(caseType: type, visits: visits)
            for visit in visits { unitsVisited.insert(visit.unit) }
            arrivalSeconds.append(log.eventTime[events[0]])
            let written = log.eventChannel[events[0]]
            channel.append(written >= 0 ? log.channels[Int(written)] : "")
        }
    }

    /// Hours between the first and the last arrival of the usable cases.
    var spanHours: Double {
        guard let first = arrivalSeconds.min(), let last = arrivalSeconds.max() else { return 0 }
        return (last - first) / 3600
    }

    /// The observed log restricted to some of its cases.
    func subset(_ cases: [Int]) -> ObservedLog {
        var out = self
        out.traces = traces.subset(cases)
        out.arrivalSeconds = cases.map { arrivalSeconds[$0] }
        out.channel = cases.map { channel[$0] }
        return out
    }
}
