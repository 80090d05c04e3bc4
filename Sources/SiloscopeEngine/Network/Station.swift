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

/// An external arrival stream: a renewal process feeding one station.
public struct ArrivalSource: Sendable, Hashable {
    /// The index of the station arriving jobs join first.
    public var station: Int
    /// The interarrival-time distribution (minutes); exponential for a Poisson stream.
    public var interarrival: Distribution
    /// The priority class given to arriving jobs (0 is served first).
    public var priorityClass: Int
    /// The job class (case type) given to arriving jobs, see ``JobRecord/classID``.
    public var classID: Int

    /// Creates an arrival source.
    /// - Parameters:
    ///   - station: The index of the station jobs join first.
    ///   - interarrival: The interarrival-time distribution (minutes).
    ///   - priorityClass: The arriving jobs' priority class.
    ///   - classID: The arriving jobs' class.
    public init(station: Int, interarrival: Distribution, priorityClass: Int = 0, classID: Int = 0) {
        self.station = station
        self.interarrival = interarrival
        self.priorityClass = priorityClass
        self.classID = classID
    }

    /// A Poisson stream: exponential interarrival times with mean 1/rate.
    /// - Parameters:
    ///   - rate: Arrivals per minute (> 0).
    ///   - station: The index of the station jobs join first.
    ///   - priorityClass: The arriving jobs' priority class.
    ///   - classID: The arriving jobs' class.
    public static func poisson(rate: Double, station: Int, priorityClass: Int = 0, classID: Int = 0) -> ArrivalSource {
        ArrivalSource(station: station, interarrival: .exponential(mean: 1 / rate),
                      priorityClass: priorityClass, classID: classID)
    }

    /// The long-run arrival rate, 1 / mean interarrival time (per minute).
    public var rate: Double { 1 / interarrival.mean }
}
