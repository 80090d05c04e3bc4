import SiloscopeEngine

/// Streams the figures of every measured case: resolution time, handoffs, bounces,
/// tellings, escalations, reopens and staff minutes; per case type; and friction per
/// handoff edge. Memory depends on the number of units, sources and handoff edges, not on
/// how many cases are simulated. Optionally writes every service to an event log.
///
/// The hot path touches one record per departure: everything about a measured case is
/// added to its arrival source's ``SourceFigures`` (one array element, one uniqueness
/// check), and the per-case-type and overall figures are merged from those when read.
/// Whole-number counts (handoffs, bounces, …) are kept as exact integer sums. The
/// resolution-time quantiles are the engine's own sojourn quantiles
/// (``SimulationResult/sojournQuantiles``): the same values, so they are not sketched
/// twice. The methods are inlined into the engine's event loop (specialized for this
/// observer in this module): an out-of-line call copied the 144-byte job record.
public struct CaseMetricsObserver: SimulationObserver, Sendable {
    /// Per arrival source: the measured cases that came from it.
    private var sources: [SourceFigures]
    /// Staff minutes per unit, and the part after a reopen (rework).
    private var units: [UnitMinutes]
    /// The number of case types.
    private let caseTypeCount: Int
    /// Friction per edge.
    var edges = EdgeTable()
    /// Where services are logged, if anywhere.
    let log: EventLogSink?

    /// Creates an observer for `caseTypes` case types, `units` units and `sources` arrival
    /// sources (units and sources grow on demand when these are left at 0).
    public init(caseTypes: Int, units: Int = 0, sources: Int = 0, log: EventLogSink? = nil) {
        caseTypeCount = caseTypes
        self.sources = Array(repeating: SourceFigures(), count: sources)
        self.units = Array(repeating: UnitMinutes(), count: units)
        self.log = log
    }

    @inline(__always)
    public mutating func jobArrived(_ job: borrowing JobRecord, at station: Int, from: Int?, time: Double) {
        guard job.isMeasured, let from, from != station else { return }
        let flags = job.flags
        if !flags.contains(.lastWasReopen) {
            edges.record(from: from, to: station, bounce: flags.contains(.lastWasBounce),
                         minutes: job.accumulator, retold: flags.contains(.lastRetold))
        }
    }

    @inline(__always)
    public mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                        serviceTime: Double) {
        if job.isMeasured {
            if station >= units.count { units.append(contentsOf: repeatElement(UnitMinutes(), count: station + 1 - units.count)) }
            units[station].add(serviceTime, rework: job.reopens > 0)
        }
        if let log {
            log.service(job: job.arrivalIndex, caseType: Int(job.classID), source: Int(job.source), unit: station,
                        start: time, end: time + serviceTime)
        }
    }

    @inline(__always)
    public mutating func jobDeparted(_ job: borrowing JobRecord, from station: Int, time: Double, sojourn: Double) {
        guard job.isMeasured else { return }
        // The few fields the figures read, as values: the record itself (144 bytes) would
        // be copied for the out-of-line call below.
        departed(source: Int(job.source), case: DepartedCase(job), sojourn: sojourn)
    }

    /// Adds a measured case to its arrival source's figures.
    @inline(never)
    private mutating func departed(source: Int, case departed: DepartedCase, sojourn: Double) {
        if source >= sources.count {
            sources.append(contentsOf: repeatElement(SourceFigures(), count: source + 1 - sources.count))
        }
        sources[source].add(departed, sojourn: sojourn)
    }

    /// Everything measured, over all sources.
    private var all: SourceFigures {
        sources.reduce(into: SourceFigures()) { $0.merge($1) }
    }

    /// Resolution minutes (arrival to final departure).
    public var resolution: RunningStatistics { all.resolution }
    /// Handoffs per case: moves between units (a customer's return after a reopen is not one).
    public var handoffs: RunningStatistics { let a = all; return a.handoffs.statistics(count: a.cases) }
    /// Bounces per case.
    public var bounces: RunningStatistics { let a = all; return a.bounces.statistics(count: a.cases) }
    /// Times each customer told the story (1 = once).
    public var tellings: RunningStatistics { let a = all; return a.tellings.statistics(count: a.cases) }
    /// Escalations per case.
    public var escalations: RunningStatistics { let a = all; return a.escalations.statistics(count: a.cases) }
    /// Reopens per case.
    public var reopens: RunningStatistics { let a = all; return a.reopens.statistics(count: a.cases) }
    /// Staff minutes per case, every unit's handling included.
    public var staffMinutes: RunningStatistics { all.staff }
    /// Cases resolved by the first unit, without handoff or reopen.
    public var firstContactResolutions: Int { all.firstContact }
    /// Resolution minutes per case type.
    public var byCaseType: [RunningStatistics] { perCaseType.map(\.resolution) }
    /// Handoffs per case, per case type.
    public var handoffsByCaseType: [RunningStatistics] { perCaseType.map { $0.handoffs.statistics(count: $0.cases) } }

    /// The sources' figures merged by case type.
    private var perCaseType: [SourceFigures] {
        var out = Array(repeating: SourceFigures(), count: caseTypeCount)
        for figures in sources where figures.cases > 0 && Int(figures.caseType) < caseTypeCount {
            out[Int(figures.caseType)].merge(figures)
        }
        return out
    }

    /// What the measured cases consumed, for pricing (docs/economics.md).
    public var tally: ConsumptionTally {
        ConsumptionTally(staffMinutes: units.map(\.staff), reworkMinutes: units.map(\.rework),
                         cases: sources.map(\.cases), reopens: sources.map(\.reopens.sum),
                         unresolved: sources.map(\.unresolved), highEffort: sources.map(\.highEffort))
    }

    /// Share of measured cases resolved at first contact.
    public var firstContactRate: Double {
        let a = all
        return a.cases > 0 ? Double(a.firstContact) / Double(a.cases) : 0
    }
}

/// What a departing case's figures read from its record.
struct DepartedCase {
    let classID: Int32
    let serviceMinutes: Double
    let handoffs: Int32
    let bounces: Int32
    let tellings: Int32
    let escalations: Int32
    let reopens: Int32

    @inline(__always)
    init(_ job: borrowing JobRecord) {
        classID = job.classID
        serviceMinutes = job.serviceMinutes
        handoffs = job.handoffs
        bounces = job.bounces
        tellings = job.tellings
        escalations = job.escalations
        reopens = job.reopens
    }
}

/// The measured cases of one arrival source (so of one case type).
struct SourceFigures: Sendable {
    var caseType: Int32 = 0
    var resolution = RunningStatistics()
    var staff = RunningStatistics()
    var handoffs = CountStatistics()
    var bounces = CountStatistics()
    var tellings = CountStatistics()
    var escalations = CountStatistics()
    var reopens = CountStatistics()
    var firstContact = 0
    var unresolved = 0
    var highEffort = 0

    var cases: Int { resolution.count }

    @inline(__always)
    mutating func add(_ job: DepartedCase, sojourn: Double) {
        caseType = job.classID
        resolution.add(sojourn)
        staff.add(job.serviceMinutes)
        let handed = job.handoffs, reopened = job.reopens, told = job.tellings
        handoffs.add(handed)
        bounces.add(job.bounces)
        // Explicit routing models no context: the customer told the story once.
        tellings.add(max(1, told))
        escalations.add(job.escalations)
        reopens.add(reopened)
        if handed == 0 && reopened == 0 { firstContact &+= 1 }
        // Effort classes (ConsumptionTally): unresolved, else high effort.
        if reopened > 0 {
            unresolved &+= 1
        } else if told > 1 || Int(handed) >= ConsumptionTally.highEffortHandoffs {
            highEffort &+= 1
        }
    }

    mutating func merge(_ other: SourceFigures) {
        if other.cases > 0 { caseType = other.caseType }
        resolution.merge(other.resolution)
        staff.merge(other.staff)
        handoffs.merge(other.handoffs)
        bounces.merge(other.bounces)
        tellings.merge(other.tellings)
        escalations.merge(other.escalations)
        reopens.merge(other.reopens)
        firstContact += other.firstContact
        unresolved += other.unresolved
        highEffort += other.highEffort
    }
}

/// Staff minutes spent at one unit on measured cases.
struct UnitMinutes: Sendable {
    var staff = 0.0
    var rework = 0.0

    @inline(__always)
    mutating func add(_ minutes: Double, rework isRework: Bool) {
        staff += minutes
        if isRework { rework += minutes }
    }
}

/// Exact sum, sum of squares, minimum and maximum of whole-number counts; the count of
/// values is kept by the owner. Cheaper than Welford's update (no division), and exact.
struct CountStatistics: Sendable {
    var sum = 0
    var sumOfSquares = 0
    var minimum = Int32.max
    var maximum = Int32.min

    @inline(__always)
    mutating func add(_ value: Int32) {
        let v = Int(value)
        sum &+= v
        sumOfSquares &+= v &* v
        minimum = min(minimum, value)
        maximum = max(maximum, value)
    }

    mutating func merge(_ other: CountStatistics) {
        sum += other.sum
        sumOfSquares += other.sumOfSquares
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    /// The summary of `count` values, as ``RunningStatistics`` reports it.
    func statistics(count: Int) -> RunningStatistics {
        guard count > 0 else { return RunningStatistics() }
        let mean = Double(sum) / Double(count)
        let squaredDeviations = max(0, Double(sumOfSquares) - Double(sum) * mean)
        return RunningStatistics(count: count, mean: mean, sumOfSquaredDeviations: squaredDeviations,
                                 minimum: Double(minimum), maximum: Double(maximum))
    }
}
