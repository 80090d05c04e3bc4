/// One station's figures across replications: the mean of the replication values and a
/// confidence interval for each.
public struct StationSummary: Sendable, Equatable {
    /// The station's name.
    public let name: String
    /// Utilisation ρ.
    public let utilisation: Estimate
    /// Mean wait in queue per visit, Wq.
    public let meanWait: Estimate
    /// Mean time in the station per visit, W.
    public let meanTimeInStation: Estimate
    /// Time-average queue length, Lq.
    public let meanQueueLength: Estimate
    /// Time-average number present, L.
    public let meanNumberInSystem: Estimate
    /// The 90th percentile of the wait per visit.
    public let waitP90: Estimate
}
