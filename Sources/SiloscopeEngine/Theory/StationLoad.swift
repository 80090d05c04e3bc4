/// The load on one station: what the stability guard reports.
public struct StationLoad: Sendable, Equatable, CustomStringConvertible {
    /// The station's index.
    public let station: Int
    /// The station's name.
    public let name: String
    /// Total arrival rate λ from the traffic equations (per minute).
    public let arrivalRate: Double
    /// Number of servers c.
    public let servers: Int
    /// Mean service time (minutes).
    public let meanServiceTime: Double
    /// Utilisation ρ = λ · mean service / c.
    public let utilisation: Double

    /// Creates a load figure.
    public init(station: Int, name: String, arrivalRate: Double, servers: Int, meanServiceTime: Double,
                utilisation: Double) {
        self.station = station
        self.name = name
        self.arrivalRate = arrivalRate
        self.servers = servers
        self.meanServiceTime = meanServiceTime
        self.utilisation = utilisation
    }

    /// E.g. `station 'legal': λ = 0.12/min, c = 2, mean service 18 min, ρ = 1.08`.
    public var description: String {
        "station '\(name)': λ = \(arrivalRate)/min, c = \(servers), mean service \(meanServiceTime) min, ρ = \(utilisation)"
    }
}
