

/// Decides where each job goes: the pluggable routing of the simulator.
///
/// A policy is a generic parameter of ``NetworkSimulator``, so calls are specialised and
/// inlined: no existential, no allocation per event. It is a value (usually a struct);
/// each replication gets its own copy from a factory, so a policy may keep mutable state
/// (counts, its own tables) without locks.
///
/// A policy can:
/// - set up a job's ``JobRecord`` when it arrives (case type, owner, counters) and change
///   its first priority class;
/// - after each service, return ``RoutingDecision/exit`` or
///   ``RoutingDecision/move(to:delay:priorityClass:)`` with a transfer delay and a
///   priority class;
/// - lengthen or shorten the job's next service through
///   ``JobRecord/serviceMultiplier`` and ``JobRecord/extraServiceTime``.
///
/// Plugging one in:
/// ```swift
/// struct Bounce: RoutingPolicy {
///     var owner: Int
///     mutating func admit(_ job: inout JobRecord, at station: Int, time: Double,
///                         random: inout RoutingStreams) {
///         job.owner = Int32(owner)
///     }
///     mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
///                         random: inout RoutingStreams) -> RoutingDecision {
///         if station == Int(job.owner) { return .exit }
///         job.counters[0] += 1                      // one more handoff
///         job.extraServiceTime = 2                  // retelling the story
///         return .move(to: owner, delay: 5, priorityClass: 1)
///     }
/// }
/// var sim = try NetworkSimulator(network: net, policy: Bounce(owner: 3),
///                                observer: NullObserver(), seed: 42)
/// let result = sim.run(.jobs(warmUp: 1_000, measured: 100_000))
/// ```
public protocol RoutingPolicy {
    /// Called when a job arrives from outside, before it joins its first station.
    ///
    /// The default does nothing.
    /// - Parameters:
    ///   - job: The job's record, reset to its arrival values.
    ///   - station: The station it is about to join.
    ///   - time: The current time.
    ///   - random: The arrival source's streams.
    mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams)

    /// Called when a job finishes service; decides where it goes next.
    /// - Parameters:
    ///   - job: The job's record (``JobRecord/visits`` already counts this service).
    ///   - station: The station whose service just ended.
    ///   - time: The current time.
    ///   - random: Station `station`'s routing streams.
    /// - Returns: ``RoutingDecision/exit`` or a move to a valid station index with a
    ///   finite delay ≥ 0 and a priority class in `0..<network.priorityClasses`; anything
    ///   else is a programming error and stops the program.
    mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                        random: inout RoutingStreams) -> RoutingDecision
}

extension RoutingPolicy {
    /// Does nothing: jobs keep the class and priority their source gave them.
    @inlinable
    public mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {}
}
