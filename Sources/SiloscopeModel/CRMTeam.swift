/// The CRM team: the unit it is, what it does and where it could sit.
public struct CRMTeam: Sendable, Equatable {
    /// The unit that is the CRM team (its parent is its current placement).
    public var unit: String
    /// What the team is responsible for.
    public var functions: [CRMFunction]
    /// Units the team could report to; empty lets the recommender choose defaults (the
    /// chief executive and the heads of the top-level divisions).
    public var candidates: [String]

    /// Creates a CRM team description.
    public init(unit: String, functions: [CRMFunction] = [], candidates: [String] = []) {
        self.unit = unit
        self.functions = functions
        self.candidates = candidates
    }

    /// Whether the team has the given function.
    public func has(_ function: CRMFunction) -> Bool { functions.contains(function) }
}

/// A responsibility of the CRM team.
public enum CRMFunction: String, Sendable, Equatable, CaseIterable {
    case campaignManagement = "campaign_management"
    case segmentationAnalytics = "segmentation_analytics"
    case complaintManagement = "complaint_management"
    case singleCustomerView = "single_customer_view"
    case loyalty
    case reporting
}
