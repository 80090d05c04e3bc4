/// A discrete-event simulator of an open queueing network with pluggable routing.
///
/// Stations have c servers and non-preemptive priority queues (class 0 first, FIFO within
/// a class). External sources feed stations; after each service the ``RoutingPolicy``
/// decides whether the job leaves or moves on, possibly after a transfer delay. The
/// ``SimulationObserver`` sees every arrival, service start, service end and departure.
/// Time is in minutes.
///
/// Both the policy and the observer are generic parameters, so the event loop is
/// specialised for them: no existential and no allocation per event. Jobs live in pooled
/// arrays addressed by integer ids with a free list; the event calendar is two 4-ary heaps
/// (arrivals, the rest) in raw memory; statistics are streaming (memory does not grow with the number of jobs).
///
/// Random numbers come from independent streams named by (seed, replication, purpose,
/// index): one per source for arrivals, one per station for service times, one pair per
/// station for routing. A run is a pure function of the network, the policy, the seed
/// and the replication index.
///
/// ```swift
/// let router = try MarkovRouter(routing: matrix, network: network)
/// var simulator = try NetworkSimulator(network: network, policy: router,
///                                      observer: NullObserver(), seed: 1)
/// let result = simulator.run(.jobs(warmUp: 20_000, measured: 1_000_000))
/// print(result.sojourn.mean)
/// ```
public struct NetworkSimulator<Policy: RoutingPolicy, Observer: SimulationObserver> {
    /// The network simulated.
    public let network: Network
    /// The routing policy; after a run it holds whatever state the policy accumulated.
    public var policy: Policy
    /// The observer; after a run it holds whatever the observer accumulated.
    public var observer: Observer
    /// The seed of the random streams.
    public let seed: UInt64
    /// The replication index of the random streams.
    public let replication: Int
    /// The quantile sketches a run keeps (default all).
    public var quantiles: QuantileSketches = .all

    /// Prepares a simulator.
    /// - Parameters:
    ///   - network: The network; validated here.
    ///   - policy: The routing policy (copied; the simulator's copy is ``policy``).
    ///   - observer: The observer (copied; the simulator's copy is ``observer``).
    ///   - seed: The seed of every random stream.
    ///   - replication: The replication index (0-based), the second stream coordinate.
    /// - Throws: ``EngineError`` when the network is invalid (see ``Network/validate()``).
    public init(network: Network, policy: Policy, observer: Observer, seed: UInt64, replication: Int = 0)
        throws(EngineError) {
        try network.validate()
        self.network = network
        self.policy = policy
        self.observer = observer
        self.seed = seed
        self.replication = replication
    }

    /// Runs the simulation from an empty network at time 0 until the stop rule holds.
    ///
    /// Every call starts afresh (random streams re-derived, statistics cleared) from the
    /// current ``policy`` and ``observer``, and stores them back afterwards; with
    /// stateless ones two calls give identical results.
    /// - Parameter length: The warm-up and stop rule.
    /// - Returns: The run's figures.
    /// - Complexity: O(events × log₄ pending events); memory O(stations + jobs present at
    ///   once), independent of the number of jobs simulated.
    @inlinable
    public mutating func run(_ length: RunLength) -> SimulationResult {
        var core = SimulationCore(network: network, policy: policy, observer: observer, seed: seed,
                                  replication: replication, length: length, quantiles: quantiles)
        defer { core.deallocate() }
        core.run()
        policy = core.policy
        observer = core.observer
        return core.result(network: network, seed: seed, replication: replication)
    }
}

