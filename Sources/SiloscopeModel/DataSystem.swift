/// A system that holds customer data: a core system, a data warehouse, a CRM database,
/// a campaign tool, a departmental spreadsheet.
public struct DataSystem: Sendable, Equatable, Identifiable {
    /// Stable identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// What kind of system it is (informs the maturity assessment).
    public var kind: SystemKind
    /// The unit that runs it, if any.
    public var owner: String?
    /// Customer data items it holds (`address`, `phone`, `tax_payments`, ...).
    public var holds: [String]
    /// Whether it is the source of truth for what it holds or a copy of another system.
    public var role: SystemRole
    /// For a copy: the system it copies.
    public var copyOf: String?
    /// For a copy: how it is kept in step with its source.
    public var sync: SyncMode

    /// Creates a data system.
    public init(
        id: String, name: String, kind: SystemKind = .operational, owner: String? = nil,
        holds: [String] = [], role: SystemRole = .sourceOfTruth, copyOf: String? = nil,
        sync: SyncMode = .realtime
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.owner = owner
        self.holds = holds
        self.role = role
        self.copyOf = copyOf
        self.sync = sync
    }

    /// True when reading this system gives current data: a source of truth, or a copy
    /// synced in real time.
    public var isCurrent: Bool { role == .sourceOfTruth || sync == .realtime }
}

/// Whether a system is authoritative.
public enum SystemRole: String, Sendable, Equatable, CaseIterable {
    case sourceOfTruth = "source_of_truth"
    case copy
}

/// How a copy follows its source.
public enum SyncMode: String, Sendable, Equatable, CaseIterable {
    case realtime
    case daily
    case weekly
    case manual
    case none
}

/// The kind of a data system.
public enum SystemKind: String, Sendable, Equatable, CaseIterable {
    case operational
    case dataWarehouse = "data_warehouse"
    case crm
    case campaign
    case spreadsheet
    case cloud
    case other
}
