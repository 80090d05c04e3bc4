/// A named fact the assessment reads from an organization model.
///
/// The question set's inference rules may name only these facts (a rule naming another
/// is an error when the question set is loaded). Each fact is a number: a count, a share
/// between 0 and 1, a mean, or a flag (1 yes, 0 no). A fact with nothing to measure,
/// such as the share of copies synced in real time when there are no copies, is unknown.
/// docs/assessment.md defines each one.
public enum AssessmentFact: String, Sendable, Codable, CaseIterable, Comparable {
    // Systems.
    case systemCount = "system_count"
    case databaseShare = "database_share"
    case hasDataWarehouse = "has_data_warehouse"
    case hasCRMSystem = "has_crm_system"
    case hasCloudSystem = "has_cloud_system"
    case platformSystemCount = "platform_system_count"
    case warehouseCurrent = "warehouse_current"
    case warehouseCoverageShare = "warehouse_coverage_share"
    case copyCount = "copy_count"
    case unsyncedCopyShare = "unsynced_copy_share"
    case realtimeCopyShare = "realtime_copy_share"
    // Touchpoints.
    case touchpointCount = "touchpoint_count"
    case digitalChannelCount = "digital_channel_count"
    case currentTouchpointShare = "current_touchpoint_share"
    // The CRM team.
    case crmTeam = "crm_team"
    case crmCampaignManagement = "crm_campaign_management"
    case crmSegmentationAnalytics = "crm_segmentation_analytics"
    case crmComplaintManagement = "crm_complaint_management"
    case crmSingleCustomerView = "crm_single_customer_view"
    case crmLoyalty = "crm_loyalty"
    case crmReporting = "crm_reporting"
    // Units.
    case dataBIUnitCount = "data_bi_unit_count"
    case reportingUnitCount = "reporting_unit_count"
    case reportingStaff = "reporting_staff"
    case kpiUnitCount = "kpi_unit_count"
    case customerCentricKPIShare = "customer_centric_kpi_share"
    // Handoffs.
    case handoffCount = "handoff_count"
    case crossDivisionHandoffShare = "cross_division_handoff_share"
    case meanContextKept = "mean_context_kept"
    case systemHandoffShare = "system_handoff_share"
    case walledHandoffShare = "walled_handoff_share"
    // Case types.
    case caseTypeCount = "case_type_count"
    case complaintTypeCount = "complaint_type_count"
    case ownerReachableShare = "owner_reachable_share"
    case complaintOwnerReachableShare = "complaint_owner_reachable_share"
    case complaintDataCurrentShare = "complaint_data_current_share"
    // Campaigns.
    case campaignCount = "campaign_count"
    case campaignChannelCount = "campaign_channel_count"
    case campaignPlatformShare = "campaign_platform_share"
    case unsuppressedCampaignShare = "unsuppressed_campaign_share"
    case suppressionRuleCount = "suppression_rule_count"
    case suppressionDataShare = "suppression_data_share"
    case suppressionCurrentShare = "suppression_current_share"
    // Reporting.
    case reportingKPICount = "reporting_kpi_count"
    case maxSourcesPerKPI = "max_sources_per_kpi"
    case maxProducersPerKPI = "max_producers_per_kpi"
    case singleSourceKPIShare = "single_source_kpi_share"
    case warehouseKPIShare = "warehouse_kpi_share"
    case currentKPIShare = "current_kpi_share"
    case spreadsheetKPIShare = "spreadsheet_kpi_share"

    /// How a fact's number reads.
    public enum Kind: String, Sendable, Codable {
        /// A whole number of things.
        case count
        /// A share between 0 and 1, shown as a percentage.
        case share
        /// A mean between 0 and 1, shown with two decimals.
        case mean
        /// 1 for yes, 0 for no.
        case flag
    }

    /// How this fact's number reads.
    public var kind: Kind {
        switch self {
        case .hasDataWarehouse, .hasCRMSystem, .hasCloudSystem, .warehouseCurrent, .crmTeam,
             .crmCampaignManagement, .crmSegmentationAnalytics, .crmComplaintManagement,
             .crmSingleCustomerView, .crmLoyalty, .crmReporting:
            .flag
        case .meanContextKept:
            .mean
        case .databaseShare, .unsyncedCopyShare, .realtimeCopyShare, .currentTouchpointShare,
             .customerCentricKPIShare, .crossDivisionHandoffShare, .systemHandoffShare, .walledHandoffShare,
             .warehouseCoverageShare,
             .ownerReachableShare, .complaintOwnerReachableShare, .complaintDataCurrentShare,
             .campaignPlatformShare, .unsuppressedCampaignShare, .suppressionDataShare, .suppressionCurrentShare,
             .singleSourceKPIShare, .warehouseKPIShare, .currentKPIShare, .spreadsheetKPIShare:
            .share
        default:
            .count
        }
    }

    /// Orders facts by name.
    public static func < (lhs: AssessmentFact, rhs: AssessmentFact) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The value of a fact in one model, with the counts behind a share when there are any.
public struct FactValue: Sendable, Codable, Equatable {
    /// The number: a count, a share (0–1), a mean or a flag (1/0).
    public var value: Double
    /// For a share: how many of the `total` things count.
    public var count: Int?
    /// For a share or a mean: how many things were measured.
    public var total: Int?

    /// Creates a value.
    public init(value: Double, count: Int? = nil, total: Int? = nil) {
        self.value = value
        self.count = count
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case value, count, total
    }
}
