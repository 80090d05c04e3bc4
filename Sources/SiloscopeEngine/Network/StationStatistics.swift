/// One station's figures from one run, over the measured period and measured jobs.
public struct StationStatistics: Sendable, Equatable {
    /// The station's name.
    public let name: String
    /// The number of servers c.
    public let servers: Int
    /// Time-average busy servers / c over the measured period.
    public let utilisation: Double
    /// Time-average number of waiting jobs (Lq).
    public let meanQueueLength: Double
    /// Time-average number of jobs waiting or in service (L).
    public let meanNumberInSystem: Double
    /// Waits before service of measured jobs, one value per visit (Wq).
    public let wait: RunningStatistics
    /// Wait plus service of measured jobs, one value per visit (W).
    public let timeInStation: RunningStatistics
    /// Quantiles of the waits of measured jobs.
    public let waitQuantiles: QuantileSketch

    /// Creates the figures.
    public init(name: String, servers: Int, utilisation: Double, meanQueueLength: Double,
                meanNumberInSystem: Double, wait: RunningStatistics, timeInStation: RunningStatistics,
                waitQuantiles: QuantileSketch) {
        self.name = name
        self.servers = servers
        self.utilisation = utilisation
        self.meanQueueLength = meanQueueLength
        self.meanNumberInSystem = meanNumberInSystem
        self.wait = wait
        self.timeInStation = timeInStation
        self.waitQuantiles = waitQuantiles
    }
}
