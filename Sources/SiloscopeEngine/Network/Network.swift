/// The static description of a queueing network: stations, external arrival sources and
/// the number of priority classes. Routing is not part of it: it is the job of a
/// ``RoutingPolicy``.
public struct Network: Sendable, Hashable {
    /// The stations, addressed by their index.
    public var stations: [Station]
    /// The external arrival sources.
    public var sources: [ArrivalSource]
    /// The number of non-preemptive priority classes (≥ 1); class 0 is served first.
    public var priorityClasses: Int
    /// Which random stream service times come from.
    public var serviceStreams: ServiceStreams

    /// Creates a network.
    /// - Parameters:
    ///   - stations: The stations.
    ///   - sources: The external arrival sources.
    ///   - priorityClasses: The number of priority classes (default 2).
    ///   - serviceStreams: Where service times are drawn from (default per station).
    public init(stations: [Station], sources: [ArrivalSource], priorityClasses: Int = 2,
                serviceStreams: ServiceStreams = .perStation) {
        self.stations = stations
        self.sources = sources
        self.priorityClasses = priorityClasses
        self.serviceStreams = serviceStreams
    }

    /// The index of the station with this name, if any.
    public func stationIndex(named name: String) -> Int? {
        stations.firstIndex { $0.name == name }
    }

    /// The external arrival rate at each station (the sum of its sources' rates).
    public var externalArrivalRates: [Double] {
        var rates = [Double](repeating: 0, count: stations.count)
        for source in sources where stations.indices.contains(source.station) {
            rates[source.station] += source.rate
        }
        return rates
    }

    /// The name of station `index`, or a placeholder when the index is out of range.
    func name(of index: Int) -> String {
        stations.indices.contains(index) ? stations[index].name : "#\(index)"
    }

    /// Checks the network.
    /// - Throws: ``EngineError/invalidNetwork(reason:)`` for no stations, a station with
    ///   fewer than 1 server, fewer than 1 priority class or more than 64, a source pointing
    ///   at a missing station or with a priority class out of range, more than 2³¹ stations;
    ///   ``EngineError/invalidDistribution(context:reason:)`` for an illegal distribution.
    public func validate() throws(EngineError) {
        guard !stations.isEmpty else { throw .invalidNetwork(reason: "it has no stations") }
        guard stations.count < Int(Int32.max) else { throw .invalidNetwork(reason: "too many stations") }
        guard (1...64).contains(priorityClasses) else {
            throw .invalidNetwork(reason: "priorityClasses must be between 1 and 64, got \(priorityClasses)")
        }
        for station in stations {
            guard station.servers >= 1 else {
                throw .invalidNetwork(reason: "station '\(station.name)' has \(station.servers) servers; it needs at least 1")
            }
            try station.service.validate(context: "service time of station '\(station.name)'")
            for (k, distribution) in station.serviceByClass.enumerated() {
                try distribution.validate(context: "service time of class \(k) at station '\(station.name)'")
            }
        }
        for (k, source) in sources.enumerated() {
            guard stations.indices.contains(source.station) else {
                throw .invalidNetwork(reason: "arrival source #\(k) feeds station index \(source.station), "
                    + "but the network has stations 0..<\(stations.count)")
            }
            guard (0..<priorityClasses).contains(source.priorityClass) else {
                throw .invalidNetwork(reason: "arrival source #\(k) at station '\(stations[source.station].name)' "
                    + "has priority class \(source.priorityClass), outside 0..<\(priorityClasses)")
            }
            try source.interarrival.validate(
                context: "interarrival time of source #\(k) at station '\(stations[source.station].name)'")
            guard source.interarrival.mean > 0 else {
                throw .invalidDistribution(
                    context: "interarrival time of source #\(k) at station '\(stations[source.station].name)'",
                    reason: "the mean interarrival time must be positive")
            }
        }
    }
}
