/// An internal-customer relation: `from` hands work to `to`.
///
/// Declared handoffs are the paths a unit knows; a case sent along one reaches the right
/// place more often and keeps more of its context than a case sent blindly.
public struct Handoff: Sendable, Equatable {
    /// The sending unit.
    public var from: String
    /// The receiving unit.
    public var to: String
    /// Case types this relation carries; empty means any.
    public var caseTypes: [String]
    /// How the work travels.
    public var channel: HandoffChannel
    /// Probability (0–1) that the case's context survives the handoff, so the customer
    /// need not tell the story again. `nil` uses the simulation default.
    public var contextKept: Double?
    /// Mean minutes between sending and the receiver's queue. `nil` uses the default.
    public var transferMinutes: Double?
    /// Declared cases per day along this relation (drawn as edge width), if known.
    public var volumePerDay: Double?

    /// Creates a handoff.
    public init(
        from: String, to: String, caseTypes: [String] = [], channel: HandoffChannel = .ticket,
        contextKept: Double? = nil, transferMinutes: Double? = nil, volumePerDay: Double? = nil
    ) {
        self.from = from
        self.to = to
        self.caseTypes = caseTypes
        self.channel = channel
        self.contextKept = contextKept
        self.transferMinutes = transferMinutes
        self.volumePerDay = volumePerDay
    }

    /// Whether this relation carries the given case type.
    public func carries(_ caseType: String) -> Bool {
        caseTypes.isEmpty || caseTypes.contains(caseType)
    }
}

/// How work travels along a handoff.
public enum HandoffChannel: String, Sendable, Equatable, CaseIterable {
    case ticket
    case email
    case phone
    case sharedSystem = "shared_system"
    case meeting
    case paper
    case other
}
