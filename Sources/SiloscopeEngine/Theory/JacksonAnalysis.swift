/// Exact figures of an open Jackson network: per-station M/M/c metrics and the network's
/// mean sojourn by Little's law.
public struct JacksonAnalysis: Sendable, Equatable {
    /// Per-station figures, in station order.
    public let stations: [MMcMetrics]
    /// Total arrival rate at each station, the solution of λ = γ + Pᵀλ.
    public let arrivalRates: [Double]
    /// Total external arrival rate Σγ.
    public let externalArrivalRate: Double
    /// Mean number of jobs in the network ΣL.
    public let meanNumberInNetwork: Double
    /// Mean time in the network per job, ΣL / Σγ (Little's law).
    public let meanSojourn: Double
    /// Mean total queueing wait per job, ΣLq / Σγ.
    public let meanTotalWait: Double
    /// Mean number of services per job, Σλ / Σγ.
    public let meanVisits: Double
}
