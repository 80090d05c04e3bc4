
/// The figures of one simulation run.
public struct SimulationResult: Sendable, Equatable {
    /// The seed of the run.
    public let seed: UInt64
    /// The replication index of the run.
    public let replication: Int
    /// The simulated time when the run stopped (minutes).
    public let endTime: Double
    /// The length of the measured period (minutes).
    public let measuredTime: Double
    /// External arrivals over the whole run, warm-up included.
    public let externalArrivals: Int
    /// Service completions over the whole run, warm-up included.
    public let serviceCompletions: Int
    /// Measured jobs that departed.
    public let measuredJobs: Int
    /// Time in the network of measured jobs, arrival to departure (minutes).
    public let sojourn: RunningStatistics
    /// Quantiles of the sojourn of measured jobs.
    public let sojournQuantiles: QuantileSketch
    /// Services per measured job.
    public let visitsPerJob: RunningStatistics
    /// Total queueing wait per measured job, summed over its visits (minutes).
    public let waitPerJob: RunningStatistics
    /// Per-station figures, in station order.
    public let stations: [StationStatistics]

    /// Why the run stopped before its stop rule held, when a safety bound ended it (its
    /// figures are then not to be used).
    public var runaway: Runaway?

    /// Events as the peers count them: external arrivals plus service completions.
    public var events: Int { externalArrivals + serviceCompletions }

    /// Creates the figures.
    public init(seed: UInt64, replication: Int, endTime: Double, measuredTime: Double, externalArrivals: Int,
                serviceCompletions: Int, measuredJobs: Int, sojourn: RunningStatistics,
                sojournQuantiles: QuantileSketch, visitsPerJob: RunningStatistics, waitPerJob: RunningStatistics,
                stations: [StationStatistics]) {
        self.seed = seed
        self.replication = replication
        self.endTime = endTime
        self.measuredTime = measuredTime
        self.externalArrivals = externalArrivals
        self.serviceCompletions = serviceCompletions
        self.measuredJobs = measuredJobs
        self.sojourn = sojourn
        self.sojournQuantiles = sojournQuantiles
        self.visitsPerJob = visitsPerJob
        self.waitPerJob = waitPerJob
        self.stations = stations
    }
}

/// A run that a safety bound stopped: it would have taken unbounded time or memory.
public enum Runaway: Sendable, Equatable, CustomStringConvertible {
    /// More external arrivals than the run's bound before the last measured job finished
    /// (jobs stay so long that the run would practically never end).
    case arrivals(limit: Int, measuredJobs: Int)
    /// More jobs in the network at once than the bound (a queue growing without bound).
    case jobsInSystem(limit: Int)

    public var description: String {
        switch self {
        case let .arrivals(limit, measured):
            "a replication reached \(limit) arrivals before its \(measured) measured cases had all left: cases stay in the organization so long (handling, transfer or reopen times far longer than the time between arrivals) that the run would practically never end; check those minutes, or bound the run by time"
        case let .jobsInSystem(limit):
            "more than \(limit) cases were in the organization at once: queues grow without bound over the run; shorten the time bound or relieve the overloaded units"
        }
    }
}
