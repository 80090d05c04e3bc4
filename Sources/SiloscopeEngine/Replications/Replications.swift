import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent replications in parallel and combines them deterministically.
///
/// Replication r is seeded from (seed, r) alone and its result is stored at index r;
/// summaries are computed afterwards in replication order. The output is therefore
/// bit-identical for the same plan whatever the number of threads.
public enum Replications {
    /// Runs `plan.replications` replications of a network with a custom policy and observer.
    /// - Parameters:
    ///   - network: The network (validated before any work starts).
    ///   - plan: Seed, count, run length, threads, confidence.
    ///   - policy: Makes replication r's policy; called once per replication, on the
    ///     thread that runs it.
    ///   - observer: Makes replication r's observer.
    /// - Returns: The runs, the observers and the summary.
    /// - Throws: ``EngineError`` for an invalid network or plan.
    ///
    /// Inlinable so that a caller in another module (the organization simulator, with its
    /// own policy and observer) gets the event loop specialized for its types: without it,
    /// every policy and observer call of every event went through a witness table.
    @inlinable
    public static func run<Policy: RoutingPolicy & SendableMetatype, Observer: SimulationObserver & Sendable>(
        network: Network, plan: ReplicationPlan,
        policy: @escaping @Sendable (Int) -> Policy,
        observer: @escaping @Sendable (Int) -> Observer
    ) throws(EngineError) -> ReplicationReport<Observer> {
        try network.validate()
        guard plan.replications >= 1 else {
            throw .invalidNetwork(reason: "a replication plan needs at least 1 replication, got \(plan.replications)")
        }
        let count = plan.replications
        let workers = plan.workers
        let slots = Slots<(SimulationResult, Observer)>(count: count)
        defer { slots.deallocate() }
        let queue = ReplicationQueue(count: count)
        let work: @Sendable (Int) -> Void = { _ in
            // Each worker takes the next replication not yet taken: a faster core (cores
            // of a virtual machine often run at different speeds) runs more of them.
            while let r = queue.take() {
                // The network was validated above; a failure here is a programming error.
                guard var simulator = try? NetworkSimulator<Policy, Observer>(
                    network: network, policy: policy(r), observer: observer(r), seed: plan.seed, replication: r)
                else { preconditionFailure("network failed validation after passing it") }
                simulator.quantiles = plan.quantiles
                let result = simulator.run(plan.length)
                slots.store((result, simulator.observer), at: r)
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        let pairs = slots.collect()
        let runs = pairs.map(\.0)
        if let runaway = runs.lazy.compactMap(\.runaway).first { throw .runaway(runaway) }
        return ReplicationReport(runs: runs, observers: pairs.map(\.1),
                                 summary: NetworkSummary(runs: runs, confidence: plan.confidence))
    }

    /// Runs replications of a Jackson network with ``MarkovRouter`` and no observer.
    /// - Parameters:
    ///   - network: The network.
    ///   - router: The compiled routing matrix.
    ///   - plan: Seed, count, run length, threads, confidence.
    /// - Returns: The runs and the summary.
    /// - Throws: ``EngineError`` for an invalid network or plan.
    public static func run(network: Network, router: MarkovRouter, plan: ReplicationPlan)
        throws(EngineError) -> ReplicationReport<NullObserver> {
        try run(network: network, plan: plan, policy: { _ in router }, observer: { _ in NullObserver() })
    }

    /// The number of cores available to this process.
    public static func activeProcessorCount() -> Int {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }
}

/// The replications not yet taken by a worker, handed out in order.
@usableFromInline
final class ReplicationQueue: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline var next = 0
    @usableFromInline let lock = DispatchSemaphore(value: 1)

    @usableFromInline
    init(count: Int) { self.count = count }

    /// The next replication to run, or nil when every one is taken.
    @usableFromInline
    func take() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Write-once result slots shared by worker threads; each index is written by exactly one
/// worker, and read only after all workers have finished.
@usableFromInline
final class Slots<Element>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Element?>
    @usableFromInline let count: Int

    @usableFromInline
    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<Element?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    @usableFromInline
    func store(_ element: Element, at index: Int) {
        base[index] = element
    }

    @usableFromInline
    func collect() -> [Element] {
        (0..<count).map { i in
            guard let element = base[i] else { preconditionFailure("replication \(i) produced no result") }
            return element
        }
    }

    @usableFromInline
    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
