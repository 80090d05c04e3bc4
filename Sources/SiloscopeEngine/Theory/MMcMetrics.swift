/// Exact steady-state figures of an M/M/c queue.
public struct MMcMetrics: Sendable, Equatable {
    /// Arrival rate λ (per minute).
    public let arrivalRate: Double
    /// Mean service time 1/μ (minutes).
    public let meanServiceTime: Double
    /// Number of servers c.
    public let servers: Int
    /// Offered load a = λ/μ (Erlangs).
    public let offeredLoad: Double
    /// Utilisation ρ = λ/(cμ).
    public let utilisation: Double
    /// Probability an arrival waits (Erlang C); 1 when unstable.
    public let probabilityOfWaiting: Double
    /// Mean wait in queue Wq; +∞ when unstable.
    public let meanWait: Double
    /// Mean time in the station W = Wq + 1/μ.
    public let meanTimeInSystem: Double
    /// Mean number waiting Lq = λ Wq.
    public let meanQueueLength: Double
    /// Mean number present L = λ W.
    public let meanNumberInSystem: Double

    /// Whether ρ < 1.
    public var isStable: Bool { utilisation < 1 }
}
