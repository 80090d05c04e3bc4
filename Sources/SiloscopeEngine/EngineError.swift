/// An error in a network, a distribution or a routing table, with enough context to fix it.
///
/// Every case's ``description`` is a sentence a user can act on: it names the station,
/// the source or the field, the offending value and the rule it breaks.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A distribution's parameters are illegal (negative, NaN, zero where a positive value
    /// is needed, an empty sample list).
    /// - context: where the distribution is used, e.g. "service time of station 'billing'".
    case invalidDistribution(context: String, reason: String)
    /// The network itself is malformed (no stations, zero servers, an index out of range).
    case invalidNetwork(reason: String)
    /// A routing probability is negative or not a number.
    case negativeRoutingProbability(station: String, target: String, value: Double)
    /// A routing row sums to more than 1.
    case routingRowExceedsOne(station: String, sum: Double)
    /// The routing table's shape does not match the stations.
    case routingShape(reason: String)
    /// The traffic equations have no unique solution (a closed loop jobs never leave).
    case singularTrafficEquations(reason: String)
    /// One or more stations are offered at least as much work as they can do.
    case unstable([StationLoad])
    /// A run hit a safety bound on arrivals or jobs in the system (see ``Runaway``).
    case runaway(Runaway)

    /// A sentence describing the problem and how to fix it.
    public var description: String {
        switch self {
        case let .invalidDistribution(context, reason):
            return "Invalid distribution for \(context): \(reason)."
        case let .invalidNetwork(reason):
            return "Invalid network: \(reason)."
        case let .negativeRoutingProbability(station, target, value):
            return "Routing from station '\(station)' to '\(target)' has probability \(value); "
                + "probabilities must be numbers between 0 and 1."
        case let .routingRowExceedsOne(station, sum):
            return "Routing probabilities out of station '\(station)' sum to \(sum), more than 1; "
                + "the remainder 1 − sum is the chance a job leaves, so the row must sum to at most 1."
        case let .routingShape(reason):
            return "Routing table does not match the network: \(reason)."
        case let .singularTrafficEquations(reason):
            return "The traffic equations have no unique solution: \(reason). "
                + "Some set of stations routes every job back among themselves; give them a way out."
        case let .unstable(loads):
            let list = loads.map(\.description).joined(separator: "; ")
            return "The network is unstable, queues would grow without bound: \(list). "
                + "Add servers, shorten service or send less work there."
        case let .runaway(reason):
            return "The run was stopped: \(reason)."
        }
    }
}
