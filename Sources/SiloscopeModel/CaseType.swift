/// A kind of complaint or request: where it arrives, who owns it, what data resolving
/// it needs.
public struct CaseType: Sendable, Equatable, Identifiable {
    /// Stable identifier.
    public var id: String
    /// Display name ("Ekstre yanlış adrese gidiyor").
    public var name: String
    /// Complaint or request.
    public var kind: CaseKind
    /// The unit that can resolve it.
    public var owner: String
    /// Customer data items resolving it reads (`address`, ...).
    public var dataNeeded: [String]
    /// Arrival rates per touchpoint.
    public var arrivals: [Arrival]
    /// Mean minutes the owner spends resolving it; `nil` uses the owner's handling time.
    public var handlingMinutes: Double?

    /// Creates a case type.
    public init(
        id: String, name: String, kind: CaseKind = .complaint, owner: String,
        dataNeeded: [String] = [], arrivals: [Arrival] = [], handlingMinutes: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.owner = owner
        self.dataNeeded = dataNeeded
        self.arrivals = arrivals
        self.handlingMinutes = handlingMinutes
    }

    /// Total arrivals per hour over every touchpoint.
    public var totalPerHour: Double { arrivals.reduce(0) { $0 + $1.perHour } }
}

/// Complaint or request.
public enum CaseKind: String, Sendable, Equatable, CaseIterable {
    case complaint
    case request
}

/// A Poisson stream of cases of one type at one touchpoint.
public struct Arrival: Sendable, Equatable {
    /// The touchpoint where these cases arrive.
    public var touchpoint: String
    /// Cases per hour.
    public var perHour: Double

    /// Creates an arrival stream.
    public init(touchpoint: String, perHour: Double) {
        self.touchpoint = touchpoint
        self.perHour = perHour
    }
}
