import SiloscopeModel

/// The fields a `change_handoff` change sets; `nil` leaves a field as it is.
public struct HandoffEdit: Sendable, Equatable {
    /// Case types the relation carries (empty: any).
    public var caseTypes: [String]?
    /// How the work travels.
    public var channel: HandoffChannel?
    /// Probability that the case's context survives the handoff.
    public var contextKept: Double?
    /// Mean minutes between sending and the receiver's queue.
    public var transferMinutes: Double?
    /// Declared cases per day.
    public var volumePerDay: Double?

    /// Creates an edit.
    public init(
        caseTypes: [String]? = nil, channel: HandoffChannel? = nil, contextKept: Double? = nil,
        transferMinutes: Double? = nil, volumePerDay: Double? = nil
    ) {
        self.caseTypes = caseTypes
        self.channel = channel
        self.contextKept = contextKept
        self.transferMinutes = transferMinutes
        self.volumePerDay = volumePerDay
    }

    /// The file names of the fields this edit sets, in file order.
    public var fieldNames: [String] {
        var names: [String] = []
        if caseTypes != nil { names.append("case_types") }
        if channel != nil { names.append("channel") }
        if contextKept != nil { names.append("context_kept") }
        if transferMinutes != nil { names.append("transfer_minutes") }
        if volumePerDay != nil { names.append("volume_per_day") }
        return names
    }
}
