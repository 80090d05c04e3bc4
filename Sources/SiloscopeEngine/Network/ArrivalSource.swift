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
