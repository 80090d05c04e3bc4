

/// Queueing-theory formulas: the oracle for tests and the basis of ``StabilityGuard``.
public enum QueueingTheory {
    /// Solves the traffic equations λ = γ + Pᵀλ, i.e. (I − Pᵀ) λ = γ.
    /// - Parameters:
    ///   - externalRates: γ, the external arrival rate at each station.
    ///   - routing: P, with `routing[i][j]` the probability of going from i to j.
    /// - Returns: λ, the total arrival rate at each station.
    /// - Throws: ``EngineError/singularTrafficEquations(reason:)`` when jobs can circulate
    ///   forever in a closed set; ``EngineError/routingShape(reason:)`` for bad sizes.
    public static func trafficEquations(externalRates: [Double], routing: [[Double]]) throws(EngineError) -> [Double] {
        let n = externalRates.count
        guard routing.count == n, routing.allSatisfy({ $0.count == n }) else {
            throw .routingShape(reason: "routing must be \(n) × \(n) like the external rates")
        }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n { matrix[i][j] = (i == j ? 1 : 0) - routing[j][i] }
        }
        let rates = try LinearSystem.solve(matrix, externalRates)
        if let bad = rates.firstIndex(where: { !$0.isFinite || $0 < -1e-9 }) {
            throw .singularTrafficEquations(reason: "station #\(bad) gets arrival rate \(rates[bad])")
        }
        return rates.map { Swift.max(0, $0) }
    }

    /// The Erlang C formula: the probability that an arrival at an M/M/c queue waits.
    ///
    /// Computed through the Erlang B recursion B(0) = 1, B(k) = aB(k−1)/(k + aB(k−1)),
    /// then C = B / (1 − ρ(1 − B)); stable for hundreds of servers.
    /// - Parameters:
    ///   - servers: c ≥ 1.
    ///   - offeredLoad: a = λ/μ ≥ 0.
    /// - Returns: The probability of waiting; 1 when a ≥ c.
    public static func erlangC(servers: Int, offeredLoad a: Double) -> Double {
        precondition(servers >= 1, "Erlang C needs at least one server")
        let c = Double(servers)
        if a >= c { return 1 }
        if a <= 0 { return 0 }
        var b = 1.0
        for k in 1...servers { b = a * b / (Double(k) + a * b) }
        let rho = a / c
        return b / (1 - rho * (1 - b))
    }

    /// The steady-state figures of an M/M/c queue.
    /// - Parameters:
    ///   - arrivalRate: λ ≥ 0 (per minute).
    ///   - meanServiceTime: 1/μ > 0 (minutes).
    ///   - servers: c ≥ 1.
    public static func mmc(arrivalRate lambda: Double, meanServiceTime: Double, servers: Int) -> MMcMetrics {
        let a = lambda * meanServiceTime
        let rho = a / Double(servers)
        let pWait = erlangC(servers: servers, offeredLoad: a)
        let wq: Double
        if rho >= 1 {
            wq = .infinity
        } else if lambda <= 0 {
            wq = 0
        } else {
            wq = pWait * meanServiceTime / (Double(servers) * (1 - rho))
        }
        let w = wq + meanServiceTime
        return MMcMetrics(
            arrivalRate: lambda, meanServiceTime: meanServiceTime, servers: servers, offeredLoad: a,
            utilisation: rho, probabilityOfWaiting: pWait, meanWait: wq, meanTimeInSystem: w,
            meanQueueLength: lambda * wq, meanNumberInSystem: lambda * w)
    }

    /// Analyses a network as a Jackson network: the traffic equations, M/M/c at each
    /// station (using each station's mean service time; exact when service and external
    /// arrivals are exponential), and Little's law for the network.
    /// - Parameters:
    ///   - network: The stations and sources.
    ///   - routing: The routing matrix, validated like ``MarkovRouter``'s.
    /// - Throws: Routing errors and ``EngineError/singularTrafficEquations(reason:)``.
    public static func analyse(network: Network, routing: [[Double]]) throws(EngineError) -> JacksonAnalysis {
        try MarkovRouter.validate(routing: routing, stationNames: network.stations.map(\.name))
        let gamma = network.externalArrivalRates
        let lambda = try trafficEquations(externalRates: gamma, routing: routing)
        let stations = network.stations.enumerated().map { s, station in
            mmc(arrivalRate: lambda[s], meanServiceTime: station.service.mean, servers: station.servers)
        }
        let external = gamma.reduce(0, +)
        let inNetwork = stations.reduce(0) { $0 + $1.meanNumberInSystem }
        let waiting = stations.reduce(0) { $0 + $1.meanQueueLength }
        return JacksonAnalysis(
            stations: stations, arrivalRates: lambda, externalArrivalRate: external,
            meanNumberInNetwork: inNetwork, meanSojourn: inNetwork / external,
            meanTotalWait: waiting / external, meanVisits: lambda.reduce(0, +) / external)
    }
}
