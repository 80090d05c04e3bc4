
/// The network's figures across replications.
///
/// Each figure is first computed per replication (a replication mean, or a quantile from
/// that replication's sketch); the ``Estimate`` then treats the R replication values as
/// independent and identically distributed: mean ± t(0.975, R−1)·s/√R for 95 %.
public struct NetworkSummary: Sendable, Equatable {
    /// The number of replications.
    public let replications: Int
    /// Mean time in the network per job.
    public let meanSojourn: Estimate
    /// Median time in the network.
    public let sojournP50: Estimate
    /// 90th percentile of the time in the network.
    public let sojournP90: Estimate
    /// 95th percentile of the time in the network.
    public let sojournP95: Estimate
    /// Mean total wait per job.
    public let meanWaitPerJob: Estimate
    /// Mean services per job.
    public let meanVisits: Estimate
    /// Per-station figures, in station order.
    public let stations: [StationSummary]
    /// Events (external arrivals + service completions) over all replications.
    public let totalEvents: Int
    /// Measured jobs over all replications.
    public let totalMeasuredJobs: Int

    /// Summarises runs in the order given.
    /// - Parameters:
    ///   - runs: One result per replication, all of the same network.
    ///   - confidence: The confidence level of the intervals.
    public init(runs: [SimulationResult], confidence: Double = 0.95) {
        func estimate(_ value: (SimulationResult) -> Double) -> Estimate {
            Estimate(values: runs.map(value), confidence: confidence)
        }
        replications = runs.count
        meanSojourn = estimate { $0.sojourn.mean }
        sojournP50 = estimate { $0.sojournQuantiles.quantile(0.5) }
        sojournP90 = estimate { $0.sojournQuantiles.quantile(0.9) }
        sojournP95 = estimate { $0.sojournQuantiles.quantile(0.95) }
        meanWaitPerJob = estimate { $0.waitPerJob.mean }
        meanVisits = estimate { $0.visitsPerJob.mean }
        let stationCount = runs.first?.stations.count ?? 0
        stations = (0..<stationCount).map { s in
            StationSummary(
                name: runs[0].stations[s].name,
                utilisation: estimate { $0.stations[s].utilisation },
                meanWait: estimate { $0.stations[s].wait.mean },
                meanTimeInStation: estimate { $0.stations[s].timeInStation.mean },
                meanQueueLength: estimate { $0.stations[s].meanQueueLength },
                meanNumberInSystem: estimate { $0.stations[s].meanNumberInSystem },
                waitP90: estimate { $0.stations[s].waitQuantiles.quantile(0.9) })
        }
        totalEvents = runs.reduce(0) { $0 + $1.events }
        totalMeasuredJobs = runs.reduce(0) { $0 + $1.measuredJobs }
    }
}
