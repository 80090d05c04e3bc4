import SiloscopeEngine

/// Streams the figures of every measured case: resolution time, handoffs, bounces,
/// tellings, escalations, reopens and staff minutes; per case type; and friction per
/// handoff edge. Memory depends on the cases in the system at once, not on how many are
/// simulated. Optionally writes every service to an event log.
public struct CaseMetricsObserver: SimulationObserver, Sendable {
    /// Staff minutes spent on the case in each job slot so far.
    private var staff: [Double] = []
    /// Moves between units of the case in each job slot so far (handoffs, counted here so
    /// that every routing mode reports them; a customer's return after a reopen is not a
    /// handoff).
    private var moves: [Int32] = []
    /// Resolution minutes (arrival to final departure).
    public private(set) var resolution = RunningStatistics()
    /// Quantiles of resolution minutes.
    public private(set) var resolutionQuantiles = QuantileSketch()
    /// Handoffs per case.
    public private(set) var handoffs = RunningStatistics()
    /// Bounces per case.
    public private(set) var bounces = RunningStatistics()
    /// Times each customer told the story (1 = once).
    public private(set) var tellings = RunningStatistics()
    /// Escalations per case.
    public private(set) var escalations = RunningStatistics()
    /// Reopens per case.
    public private(set) var reopens = RunningStatistics()
    /// Staff minutes per case, every unit's handling included.
    public private(set) var staffMinutes = RunningStatistics()
    /// Cases resolved by the first unit, without handoff or reopen.
    public private(set) var firstContactResolutions = 0
    /// Resolution minutes per case type.
    public private(set) var byCaseType: [RunningStatistics]
    /// Handoffs per case, per case type.
    public private(set) var handoffsByCaseType: [RunningStatistics]
    /// Friction per edge.
    var edges = EdgeTable()
    /// What the measured cases consumed, for pricing (docs/economics.md).
    public private(set) var tally: ConsumptionTally
    /// Where services are logged, if anywhere.
    let log: EventLogSink?

    /// Creates an observer for `caseTypes` case types, `units` units and `sources` arrival
    /// sources (the consumption tally grows on demand when these are left at 0).
    public init(caseTypes: Int, units: Int = 0, sources: Int = 0, log: EventLogSink? = nil) {
        tally = ConsumptionTally(units: units, sources: sources)
        byCaseType = Array(repeating: RunningStatistics(), count: caseTypes)
        handoffsByCaseType = Array(repeating: RunningStatistics(), count: caseTypes)
        self.log = log
    }

    public mutating func jobArrived(_ job: borrowing JobRecord, at station: Int, from: Int?, time: Double) {
        let slot = Int(job.id)
        if slot >= staff.count {
            staff.append(contentsOf: repeatElement(0, count: slot + 1 - staff.count))
            moves.append(contentsOf: repeatElement(0, count: slot + 1 - moves.count))
        }
        guard let from else {
            staff[slot] = 0
            moves[slot] = 0
            return
        }
        let flags = job.flags
        let measured = job.isMeasured
        if !flags.contains(.lastWasReopen) { moves[slot] += 1 }
        if measured, !flags.contains(.lastWasReopen), from != station {
            edges.record(from: from, to: station, bounce: flags.contains(.lastWasBounce),
                         minutes: job.accumulator, retold: flags.contains(.lastRetold))
        }
    }

    public mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                        serviceTime: Double) {
        staff[Int(job.id)] += serviceTime
        if job.isMeasured { tally.service(at: station, minutes: serviceTime, rework: job.reopens > 0) }
        let index = job.arrivalIndex
        let caseType = Int(job.classID)
        let source = Int(job.source)
        if let log {
            log.service(job: index, caseType: caseType, source: source, unit: station, start: time, end: time + serviceTime)
        }
    }

    public mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {
        guard job.isMeasured else { return }
        let minutes = staff[Int(job.id)]
        let handed = moves[Int(job.id)]
        resolution.add(sojourn)
        resolutionQuantiles.add(sojourn)
        handoffs.add(Double(handed))
        bounces.add(Double(job.bounces))
        // Explicit routing models no context: the customer told the story once.
        tellings.add(Double(max(1, job.tellings)))
        escalations.add(Double(job.escalations))
        reopens.add(Double(job.reopens))
        staffMinutes.add(minutes)
        let reopened = job.reopens
        if handed == 0 && reopened == 0 { firstContactResolutions += 1 }
        tally.departed(source: Int(job.source), reopens: Int(reopened), handoffs: Int(handed), tellings: Int(job.tellings))
        let type = Int(job.classID)
        if type < byCaseType.count {
            byCaseType[type].add(sojourn)
            handoffsByCaseType[type].add(Double(handed))
        }
    }

    /// Share of measured cases resolved at first contact.
    public var firstContactRate: Double {
        resolution.count > 0 ? Double(firstContactResolutions) / Double(resolution.count) : 0
    }
}
