
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
