/// Turns each case's time-ordered events into visits and accumulates per-unit counts.
struct VisitBuilder {
    private(set) var visits: [Int]
    private(set) var transitions: [[Int: Int]]
    private(set) var resolved: [Int]
    private(set) var durations: [[Double]]
    private(set) var handovers: [Int64: Int] = [:]
    private let timestamps: EventLogOptions.TimestampMeaning
    private let lifecycle: Bool
    private var path: [Int32] = []
    private var firstTimes: [Double] = []
    private var lastTimes: [Double] = []

    init(unitCount: Int, timestamps: EventLogOptions.TimestampMeaning, lifecycle: Bool) {
        visits = [Int](repeating: 0, count: unitCount)
        transitions = [[Int: Int]](repeating: [:], count: unitCount)
        resolved = [Int](repeating: 0, count: unitCount)
        durations = [[Double]](repeating: [], count: unitCount)
        self.timestamps = timestamps
        self.lifecycle = lifecycle
    }

    /// Adds one case (event indices in time order) and returns its path of units.
    /// An event whose `outlying` flag is set counts for the path but its time is unknown
    /// (NaN), so it gives no duration.
    mutating func add(case events: ArraySlice<Int>, log: EventLog, outlying: [Bool], unpairedRows: inout [Int]) -> [Int32] {
        path.removeAll(keepingCapacity: true)
        firstTimes.removeAll(keepingCapacity: true)
        lastTimes.removeAll(keepingCapacity: true)
        var openStart: (time: Double, row: Int)?
        for event in events {
            let unit = log.eventUnit[event]
            let time = outlying[event] ? Double.nan : log.eventTime[event]
            let row = Int(log.eventRow[event])
            switch lifecycle ? log.eventLifecycle[event] : .none {
            case .start:
                if let open = openStart { unpairedRows.append(open.row) }
                openVisit(unit, time)
                openStart = (time, row)
            case .complete:
                if let open = openStart, path.last == unit {
                    if (time - open.time).isFinite { durations[Int(unit)].append(max(0, time - open.time) / 60) }
                    openStart = nil
                } else {
                    unpairedRows.append(row)
                    if path.last != unit { openVisit(unit, time) }
                }
                lastTimes[lastTimes.count - 1] = time
            case .none:
                if path.last != unit {
                    if let open = openStart, lifecycle { unpairedRows.append(open.row) }
                    openStart = nil
                    openVisit(unit, time)
                }
                lastTimes[lastTimes.count - 1] = time
            }
        }
        if let open = openStart { unpairedRows.append(open.row) }
        if !lifecycle { gapDurations() }
        for (i, unit) in path.enumerated() {
            let from = Int(unit)
            visits[from] += 1
            if i + 1 < path.count {
                let to = path[i + 1]
                transitions[from][Int(to), default: 0] += 1
                if to != unit { handovers[Int64(unit) << 32 | Int64(to), default: 0] += 1 }
            } else {
                resolved[from] += 1
            }
        }
        return path
    }

    private mutating func openVisit(_ unit: Int32, _ time: Double) {
        path.append(unit)
        firstTimes.append(time)
        lastTimes.append(time)
    }

    /// Durations from gaps between visits, when there is no lifecycle.
    private mutating func gapDurations() {
        guard path.count > 1 else { return }
        switch timestamps {
        case .start:
            for i in 0..<(path.count - 1) where (firstTimes[i + 1] - firstTimes[i]).isFinite {
                durations[Int(path[i])].append((firstTimes[i + 1] - firstTimes[i]) / 60)
            }
        case .complete:
            for i in 1..<path.count where (lastTimes[i] - lastTimes[i - 1]).isFinite {
                durations[Int(path[i])].append((lastTimes[i] - lastTimes[i - 1]) / 60)
            }
        }
    }
}
