/// What happens to a job after a service: it leaves, or it moves to another station.
public enum RoutingDecision: Sendable, Equatable {
    /// The job is resolved and leaves the network.
    case exit
    /// The job is in transit for `delay` minutes (0 joins at once), then joins `station`'s
    /// queue in `priorityClass`.
    case move(to: Int, delay: Double, priorityClass: Int)

    /// A move without delay in priority class 0.
    @inlinable
    public static func move(to station: Int) -> RoutingDecision {
        .move(to: station, delay: 0, priorityClass: 0)
    }
}
