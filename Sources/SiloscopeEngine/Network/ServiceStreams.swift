/// Which random stream a job's service times are drawn from.
public enum ServiceStreams: Sendable, Hashable {
    /// Station s's stream (``StreamPurpose/service``, index s): the k-th service started at
    /// a station gets the same draw in every run with the same seed. The classic choice
    /// for comparing scenarios that keep the stations.
    case perStation
    /// The job's own stream (``JobRecord/random``): a case's n-th service gets the same
    /// draw wherever it is served, so a case and its twin in another scenario see the
    /// same service draws.
    case perJob
}
