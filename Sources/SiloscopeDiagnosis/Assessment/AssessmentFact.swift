/// A named fact the assessment reads from an organization model.
///
/// The question set's inference rules may name only these facts (a rule naming another
/// is an error when the question set is loaded). Each fact is a number: a count, a share
/// between 0 and 1, a mean, or a flag (1 yes, 0 no). A fact with nothing to measure,
/// such as the share of copies synced in real time when there are no copies, is unknown.
/// docs/assessment.md defines each one.
public enum AssessmentFact: String, Sendable, Codable, CaseIterable, Comparable {
    // Systems.
    /// Systems holding customer data.
    case systemCount = "system_count"
    /// Share of systems that are databases (kind operational, data_warehouse, crm, campaign or cloud; not spreadsheet or other).
    case databaseShare = "database_share"
    /// 1 when a system of kind data_warehouse exists.
    case hasDataWarehouse = "has_data_warehouse"
    /// 1 when a system of kind crm exists.
    case hasCRMSystem = "has_crm_system"
    /// 1 when a system of kind cloud exists.
    case hasCloudSystem = "has_cloud_system"
    /// Systems of kind data_warehouse, crm, campaign or cloud.
    case platformSystemCount = "platform_system_count"
    /// 1 when a data warehouse is current: a source of truth or a copy synced in real time.
    case warehouseCurrent = "warehouse_current"
    /// Share of the data items that case types and suppression rules need which a data warehouse holds.
    case warehouseCoverageShare = "warehouse_coverage_share"
    /// Systems with role copy.
    case copyCount = "copy_count"
    /// Share of copies synced manually or never.
    case unsyncedCopyShare = "unsynced_copy_share"
    /// Share of copies synced in real time.
    case realtimeCopyShare = "realtime_copy_share"
    // Touchpoints.
    /// Customer touchpoints.
    case touchpointCount = "touchpoint_count"
    /// Distinct digital channel kinds among touchpoints (web, mobile, email, chat, social, sms).
    case digitalChannelCount = "digital_channel_count"
    /// Share of touchpoints that read at least one system and only current ones.
    case currentTouchpointShare = "current_touchpoint_share"
    // The CRM team.
    /// 1 when the model has a CRM team.
    case crmTeam = "crm_team"
    /// 1 when the CRM team has the campaign_management function.
    case crmCampaignManagement = "crm_campaign_management"
    /// 1 when the CRM team has the segmentation_analytics function.
    case crmSegmentationAnalytics = "crm_segmentation_analytics"
    /// 1 when the CRM team has the complaint_management function.
    case crmComplaintManagement = "crm_complaint_management"
    /// 1 when the CRM team has the single_customer_view function.
    case crmSingleCustomerView = "crm_single_customer_view"
    /// 1 when the CRM team has the loyalty function.
    case crmLoyalty = "crm_loyalty"
    /// 1 when the CRM team has the reporting function.
    case crmReporting = "crm_reporting"
    // Units.
    /// Units of kind data_bi.
    case dataBIUnitCount = "data_bi_unit_count"
    /// Units of kind reporting.
    case reportingUnitCount = "reporting_unit_count"
    /// Staff of the units of kind reporting.
    case reportingStaff = "reporting_staff"
    /// Units with at least one KPI.
    case kpiUnitCount = "kpi_unit_count"
    /// Share of the staff of units with KPIs whose unit has a customer-centric KPI.
    case customerCentricKPIShare = "customer_centric_kpi_share"
    // Handoffs.
    /// Declared handoffs.
    case handoffCount = "handoff_count"
    /// Share of handoffs between units of different divisions, more than two reporting
    /// steps apart (two units straight under the chief executive are neighbours).
    case crossDivisionHandoffShare = "cross_division_handoff_share"
    /// Mean `context_kept` of the handoffs that declare it.
    case meanContextKept = "mean_context_kept"
    /// Share of handoffs by ticket or shared system.
    case systemHandoffShare = "system_handoff_share"
    /// Share of handoffs that cross divisions (as above) by ticket, e-mail or paper.
    case walledHandoffShare = "walled_handoff_share"
    // Case types.
    /// Case types.
    case caseTypeCount = "case_type_count"
    /// Case types of kind complaint.
    case complaintTypeCount = "complaint_type_count"
    /// Share of case types (with arrivals) whose owner every arrival touchpoint's unit reaches along declared handoffs that carry the case type.
    case ownerReachableShare = "owner_reachable_share"
    /// The same share among complaint types.
    case complaintOwnerReachableShare = "complaint_owner_reachable_share"
    /// Share of complaint types (with arrivals) whose every needed data item every arrival touchpoint reads from a current system.
    case complaintDataCurrentShare = "complaint_data_current_share"
    // Campaigns.
    /// Campaigns.
    case campaignCount = "campaign_count"
    /// Distinct channel kinds of the touchpoints campaigns go out through.
    case campaignChannelCount = "campaign_channel_count"
    /// Share of campaigns whose audience is selected from a database system.
    case campaignPlatformShare = "campaign_platform_share"
    /// Share of campaigns that can apply none of their suppression rules (none declared, or the data is not in their system, synced).
    case unsuppressedCampaignShare = "unsuppressed_campaign_share"
    /// Suppression rules over all campaigns.
    case suppressionRuleCount = "suppression_rule_count"
    /// Share of suppression rules whose data the campaign's system holds and gets synced (a source of truth, or a copy synced in real time, daily or weekly).
    case suppressionDataShare = "suppression_data_share"
    /// Share of suppression rules whose data the campaign's system holds current (a source of truth or a real-time copy).
    case suppressionCurrentShare = "suppression_current_share"
    // Reporting.
    /// Reported KPIs.
    case reportingKPICount = "reporting_kpi_count"
    /// The most distinct source systems behind one KPI (its number of 'truths').
    case maxSourcesPerKPI = "max_sources_per_kpi"
    /// The most units producing one KPI.
    case maxProducersPerKPI = "max_producers_per_kpi"
    /// Share of KPIs (with sources) read from exactly one system.
    case singleSourceKPIShare = "single_source_kpi_share"
    /// Share of KPIs (with sources) read only from data warehouses.
    case warehouseKPIShare = "warehouse_kpi_share"
    /// Share of KPIs (with sources) read only from current systems.
    case currentKPIShare = "current_kpi_share"
    /// Share of KPIs (with sources) read from at least one spreadsheet.
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
