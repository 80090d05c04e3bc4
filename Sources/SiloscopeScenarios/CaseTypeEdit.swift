import SiloscopeModel

/// The fields a `set_case_type` change sets; `nil` leaves a field as it is.
public struct CaseTypeEdit: Sendable, Equatable {
    /// New display name.
    public var name: String?
    /// Complaint or request.
    public var kind: CaseKind?
    /// The unit that resolves it from now on.
    public var owner: String?
    /// Customer data items resolving it reads.
    public var dataNeeded: [String]?
    /// Arrival streams replacing the case type's.
    public var arrivals: [Arrival]?
    /// Mean minutes the owner spends resolving it.
    public var handlingMinutes: Double?

    /// Creates an edit.
    public init(
        name: String? = nil, kind: CaseKind? = nil, owner: String? = nil, dataNeeded: [String]? = nil,
        arrivals: [Arrival]? = nil, handlingMinutes: Double? = nil
    ) {
        self.name = name
        self.kind = kind
        self.owner = owner
        self.dataNeeded = dataNeeded
        self.arrivals = arrivals
        self.handlingMinutes = handlingMinutes
    }
}
