
/// Checks, before a run, that no station is offered more work than it can do.
///
/// With routing given as a matrix (explicit routing, or expected routing estimated by a
/// higher layer), the guard solves the traffic equations and compares each station's
/// offered load with its servers. A station at ρ ≥ 1 has a queue that grows without bound:
/// a simulation of it measures only how long it ran.
public enum StabilityGuard {
    /// Every station's load.
    /// - Parameters:
    ///   - network: The stations and sources.
    ///   - routing: The routing matrix; row i holds the probabilities out of station i.
    /// - Returns: One load per station, in station order.
    /// - Throws: ``EngineError/negativeRoutingProbability(station:target:value:)`` or
    ///   ``EngineError/routingRowExceedsOne(station:sum:)`` naming the station,
    ///   ``EngineError/routingShape(reason:)``,
    ///   ``EngineError/singularTrafficEquations(reason:)``, or a network error.
    public static func loads(network: Network, routing: [[Double]]) throws(EngineError) -> [StationLoad] {
        try network.validate()
        try MarkovRouter.validate(routing: routing, stationNames: network.stations.map(\.name))
        let lambda = try QueueingTheory.trafficEquations(externalRates: network.externalArrivalRates, routing: routing)
        return network.stations.enumerated().map { s, station in
            let mean = station.service.mean
            return StationLoad(station: s, name: station.name, arrivalRate: lambda[s], servers: station.servers,
                               meanServiceTime: mean, utilisation: lambda[s] * mean / Double(station.servers))
        }
    }

    /// The stations with utilisation ρ ≥ 1 (empty when the network is stable).
    /// - Throws: As ``loads(network:routing:)``.
    public static func overloadedStations(network: Network, routing: [[Double]]) throws(EngineError) -> [StationLoad] {
        try loads(network: network, routing: routing).filter { $0.utilisation >= 1 }
    }

    /// Throws unless every station has ρ < 1.
    /// - Throws: ``EngineError/unstable(_:)`` listing every overloaded station with its λ,
    ///   c, mean service and ρ; or any error of ``loads(network:routing:)``.
    public static func check(network: Network, routing: [[Double]]) throws(EngineError) {
        let overloaded = try overloadedStations(network: network, routing: routing)
        if !overloaded.isEmpty { throw .unstable(overloaded) }
    }
}
