/// A unit of the organization as a queueing station: `servers` people serving one queue.
///
/// Jobs wait in non-preemptive priority order: class 0 first, FIFO within a class.
public struct Station: Sendable, Hashable {
    /// The name used in error messages and results.
    public var name: String
    /// The number of parallel servers (≥ 1).
    public var servers: Int
    /// The service-time distribution (minutes) for jobs without a class-specific one.
    public var service: Distribution
    /// Optional service-time distributions by job class: a job whose
    /// ``JobRecord/classID`` is `k` with `k < serviceByClass.count` draws from
    /// `serviceByClass[k]`, every other job from ``service``.
    public var serviceByClass: [Distribution]

    /// Creates a station.
    /// - Parameters:
    ///   - name: The name used in messages and results.
    ///   - servers: The number of parallel servers (≥ 1).
    ///   - service: The service-time distribution (minutes).
    ///   - serviceByClass: Optional per-class service-time distributions.
    public init(name: String, servers: Int, service: Distribution, serviceByClass: [Distribution] = []) {
        self.name = name
        self.servers = servers
        self.service = service
        self.serviceByClass = serviceByClass
    }
}
