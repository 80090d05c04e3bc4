/// What a random stream is used for; one of the three coordinates that name a stream.
///
/// A stream is named by (seed, replication index, purpose, index). The simulator derives
/// one stream per arrival source (`arrivals`), per station for service times (`service`),
/// per station for the routing policy's decisions and transfer delays (`routing`,
/// `transfer`) and per arrival source for the policy's admission draws (`admission`). Two
/// runs with the same seed therefore see the same arrival stream at source k whatever the
/// rest of the network looks like: common random numbers across scenarios.
///
/// Higher layers may name their own streams with ``custom(_:)``.
public struct StreamPurpose: RawRepresentable, Hashable, Sendable {
    /// The number mixed into the stream key.
    public var rawValue: UInt64

    /// Creates a purpose from its number.
    /// - Parameter rawValue: The number mixed into the stream key.
    @inlinable
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Interarrival times of an external arrival source (index: source).
    public static let arrivals = StreamPurpose(rawValue: 1)
    /// Service times at a station (index: station).
    public static let service = StreamPurpose(rawValue: 2)
    /// Routing decisions after service at a station (index: station).
    public static let routing = StreamPurpose(rawValue: 3)
    /// Transfer delays drawn after service at a station (index: station).
    public static let transfer = StreamPurpose(rawValue: 4)
    /// The routing policy's draws when a job arrives from a source (index: source).
    public static let admission = StreamPurpose(rawValue: 5)
    /// A job's own stream, ``JobRecord/random`` (index: the job's arrival index).
    public static let job = StreamPurpose(rawValue: 6)

    /// A purpose reserved for a higher layer; distinct from every built-in purpose.
    /// - Parameter number: Any number; equal numbers name the same purpose.
    /// - Returns: The purpose `1_000_000 + number`.
    @inlinable
    public static func custom(_ number: UInt64) -> StreamPurpose {
        StreamPurpose(rawValue: 1_000_000 &+ number)
    }
}
