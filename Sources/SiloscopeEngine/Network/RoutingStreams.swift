/// The random streams a ``RoutingPolicy`` draws from: one for decisions, one for delays.
///
/// After a service at station s the policy gets the streams of station s (purposes
/// ``StreamPurpose/routing`` and ``StreamPurpose/transfer``, index s); on an arrival from
/// source k it gets the streams of source k (purpose ``StreamPurpose/admission`` and
/// ``StreamPurpose/transfer`` with index `1_000_000 + k`). Keeping decisions and delays
/// apart keeps routing draws aligned across scenarios that differ only in delays.
public struct RoutingStreams: Sendable {
    /// For choosing where a job goes.
    public var decision: Xoshiro256StarStar
    /// For sampling transfer delays and other durations.
    public var delay: Xoshiro256StarStar

    /// Creates the pair.
    @inlinable
    public init(decision: Xoshiro256StarStar, delay: Xoshiro256StarStar) {
        self.decision = decision
        self.delay = delay
    }
}
