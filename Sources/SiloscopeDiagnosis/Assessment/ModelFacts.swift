import SiloscopeGraph
import SiloscopeModel

/// Every ``AssessmentFact`` measured on one organization model.
///
/// Computing the facts is O(units + handoffs × case types + systems + touchpoints +
/// campaigns + KPIs): reachability of case owners is one backward search over the
/// declared handoffs per case type.
public struct ModelFacts: Sendable, Equatable {
    /// The known facts; a fact absent here is unknown (nothing to measure).
    public private(set) var values: [AssessmentFact: FactValue] = [:]

    /// The value of a fact, or `nil` when the model gives nothing to measure.
    public subscript(_ fact: AssessmentFact) -> FactValue? { values[fact] }

    /// Measures every fact on a model.
    public init(_ model: OrgModel) {
        let systemsByID = Dictionary(model.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        measureSystems(model.systems)
        measureTouchpoints(model.touchpoints, systemsByID)
        measureCRM(model.crm)
        measureUnits(model.units)
        measureHandoffs(model)
        measureCases(model, systemsByID)
        measureCampaigns(model, systemsByID)
        measureReporting(model.reporting, systemsByID)
        measureWarehouseCoverage(model)
    }

    /// Creates facts from given values (for tests and what-if tools).
    public init(values: [AssessmentFact: FactValue]) {
        self.values = values
    }

    private mutating func count(_ fact: AssessmentFact, _ value: Int) {
        values[fact] = FactValue(value: Double(value))
    }

    private mutating func flag(_ fact: AssessmentFact, _ value: Bool) {
        values[fact] = FactValue(value: value ? 1 : 0)
    }

    /// Records `count / total` as a share; unknown when `total` is zero.
    private mutating func share(_ fact: AssessmentFact, _ count: Int, of total: Int) {
        guard total > 0 else { return }
        values[fact] = FactValue(value: Double(count) / Double(total), count: count, total: total)
    }

    /// System kinds that are databases (spreadsheets and `other`, such as a paper
    /// appointment book or a messaging account, are not).
    static let databaseKinds: Set<SystemKind> = [.operational, .dataWarehouse, .crm, .campaign, .cloud]

    private mutating func measureSystems(_ systems: [DataSystem]) {
        let platforms: Set<SystemKind> = [.dataWarehouse, .crm, .campaign, .cloud]
        let copies = systems.filter { $0.role == .copy }
        count(.systemCount, systems.count)
        share(.databaseShare, systems.count { Self.databaseKinds.contains($0.kind) }, of: systems.count)
        flag(.hasDataWarehouse, systems.contains { $0.kind == .dataWarehouse })
        flag(.hasCRMSystem, systems.contains { $0.kind == .crm })
        flag(.hasCloudSystem, systems.contains { $0.kind == .cloud })
        count(.platformSystemCount, systems.count { platforms.contains($0.kind) })
        flag(.warehouseCurrent, systems.contains { $0.kind == .dataWarehouse && $0.isCurrent })
        count(.copyCount, copies.count)
        share(.unsyncedCopyShare, copies.count { $0.sync == .none || $0.sync == .manual }, of: copies.count)
        share(.realtimeCopyShare, copies.count { $0.sync == .realtime }, of: copies.count)
    }

    private mutating func measureTouchpoints(_ touchpoints: [Touchpoint], _ systems: [String: DataSystem]) {
        let digital: Set<ChannelKind> = [.web, .mobile, .email, .chat, .social, .sms]
        count(.touchpointCount, touchpoints.count)
        count(.digitalChannelCount, Set(touchpoints.map(\.channel)).intersection(digital).count)
        let current = touchpoints.count { touchpoint in
            let read = touchpoint.reads.compactMap { systems[$0] }
            return !read.isEmpty && read.allSatisfy(\.isCurrent)
        }
        share(.currentTouchpointShare, current, of: touchpoints.count)
    }

    private mutating func measureCRM(_ crm: CRMTeam?) {
        flag(.crmTeam, crm != nil)
        let functions: [(AssessmentFact, CRMFunction)] = [
            (.crmCampaignManagement, .campaignManagement), (.crmSegmentationAnalytics, .segmentationAnalytics),
            (.crmComplaintManagement, .complaintManagement), (.crmSingleCustomerView, .singleCustomerView),
            (.crmLoyalty, .loyalty), (.crmReporting, .reporting),
        ]
        for (fact, function) in functions { flag(fact, crm?.has(function) ?? false) }
    }

    private mutating func measureUnits(_ units: [SiloscopeModel.Unit]) {
        let reporting = units.filter { $0.kind == .reporting }
        let withKPIs = units.filter { !$0.kpis.isEmpty }
        count(.dataBIUnitCount, units.count { $0.kind == .dataBI })
        count(.reportingUnitCount, reporting.count)
        count(.reportingStaff, reporting.reduce(0) { $0 + $1.staff })
        count(.kpiUnitCount, withKPIs.count)
        let centredStaff = withKPIs.filter { $0.kpis.contains(where: \.customerCentric) }.reduce(0) { $0 + $1.staff }
        share(.customerCentricKPIShare, centredStaff, of: withKPIs.reduce(0) { $0 + $1.staff })
    }

    private mutating func measureHandoffs(_ model: OrgModel) {
        let handoffs = model.handoffs
        count(.handoffCount, handoffs.count)
        share(.systemHandoffShare, handoffs.count { $0.channel == .ticket || $0.channel == .sharedSystem }, of: handoffs.count)
        let declared = handoffs.compactMap(\.contextKept)
        if !declared.isEmpty {
            values[.meanContextKept] = FactValue(value: declared.reduce(0, +) / Double(declared.count), total: declared.count)
        }
        if let graph = try? OrgGraph(model) {
            let pairs = handoffs.compactMap { handoff -> (Int, Int)? in
                guard let from = graph.index[handoff.from], let to = graph.index[handoff.to] else { return nil }
                return (from, to)
            }
            // Two units straight under the chief executive are neighbours (distance 2), not
            // silos: a crossing is between divisions and more than two steps apart.
            let crosses = { (pair: (Int, Int)) in !graph.sameDivision(pair.0, pair.1) && graph.distance(pair.0, pair.1) > 2 }
            share(.crossDivisionHandoffShare, pairs.count(where: crosses), of: pairs.count)
            let walled = zip(handoffs.filter { graph.index[$0.from] != nil && graph.index[$0.to] != nil }, pairs).count { handoff, pair in
                crosses(pair) && [.ticket, .email, .paper].contains(handoff.channel)
            }
            share(.walledHandoffShare, walled, of: pairs.count)
        }
    }

    private mutating func measureCases(_ model: OrgModel, _ systems: [String: DataSystem]) {
        let touchpoints = Dictionary(model.touchpoints.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let incoming = Dictionary(grouping: model.handoffs, by: \.to)
        /// Whether every arrival point of the case type reaches its owner along declared
        /// handoffs that carry it (a backward search from the owner).
        func ownerReachable(_ caseType: CaseType) -> Bool {
            var reached: Set<String> = [caseType.owner]
            var stack = [caseType.owner]
            while let unit = stack.popLast() {
                for handoff in incoming[unit] ?? [] where handoff.carries(caseType.id) && !reached.contains(handoff.from) {
                    reached.insert(handoff.from)
                    stack.append(handoff.from)
                }
            }
            return caseType.arrivals.allSatisfy { arrival in
                touchpoints[arrival.touchpoint].map { reached.contains($0.unit) } ?? false
            }
        }
        /// Whether every arrival screen shows every item the case needs from a current system.
        func dataCurrent(_ caseType: CaseType) -> Bool {
            caseType.arrivals.allSatisfy { arrival in
                guard let touchpoint = touchpoints[arrival.touchpoint] else { return false }
                let current = touchpoint.reads.compactMap { systems[$0] }.filter(\.isCurrent)
                return caseType.dataNeeded.allSatisfy { item in current.contains { $0.holds.contains(item) } }
            }
        }
        let arriving = model.caseTypes.filter { !$0.arrivals.isEmpty }
        let complaints = arriving.filter { $0.kind == .complaint }
        count(.caseTypeCount, model.caseTypes.count)
        count(.complaintTypeCount, model.caseTypes.count { $0.kind == .complaint })
        share(.ownerReachableShare, arriving.count(where: ownerReachable), of: arriving.count)
        share(.complaintOwnerReachableShare, complaints.count(where: ownerReachable), of: complaints.count)
        share(.complaintDataCurrentShare, complaints.count(where: dataCurrent), of: complaints.count)
    }

    private mutating func measureCampaigns(_ model: OrgModel, _ systems: [String: DataSystem]) {
        let channels = Dictionary(model.touchpoints.map { ($0.id, $0.channel) }, uniquingKeysWith: { first, _ in first })
        let campaigns = model.campaigns
        count(.campaignCount, campaigns.count)
        count(.campaignChannelCount, Set(campaigns.flatMap { $0.touchpoints.compactMap { channels[$0] } }).count)
        share(.campaignPlatformShare,
              campaigns.count { systems[$0.system].map { Self.databaseKinds.contains($0.kind) } ?? false }, of: campaigns.count)
        var rules = 0, synced = 0, current = 0, unsuppressed = 0
        for campaign in campaigns {
            var applicable = 0
            for rule in campaign.suppression {
                rules += 1
                guard let system = systems[campaign.system], system.holds.contains(rule.data) else { continue }
                if system.role == .sourceOfTruth || [.realtime, .daily, .weekly].contains(system.sync) {
                    synced += 1
                    applicable += 1
                }
                if system.isCurrent { current += 1 }
            }
            if applicable == 0 { unsuppressed += 1 }
        }
        share(.unsuppressedCampaignShare, unsuppressed, of: campaigns.count)
        count(.suppressionRuleCount, rules)
        share(.suppressionDataShare, synced, of: rules)
        share(.suppressionCurrentShare, current, of: rules)
    }

    /// The data items case types and suppression rules need, and how many of them a data
    /// warehouse holds.
    private mutating func measureWarehouseCoverage(_ model: OrgModel) {
        let needed = Set(model.caseTypes.flatMap(\.dataNeeded) + model.campaigns.flatMap { $0.suppression.map(\.data) })
        let held = Set(model.systems.filter { $0.kind == .dataWarehouse }.flatMap(\.holds))
        share(.warehouseCoverageShare, needed.intersection(held).count, of: needed.count)
    }

    private mutating func measureReporting(_ kpis: [ReportingKPI], _ systems: [String: DataSystem]) {
        count(.reportingKPICount, kpis.count)
        count(.maxSourcesPerKPI, kpis.map { Set($0.sources).count }.max() ?? 0)
        count(.maxProducersPerKPI, kpis.map { Set($0.producedBy).count }.max() ?? 0)
        let sourced = kpis.map { Set($0.sources).compactMap { systems[$0] } }.filter { !$0.isEmpty }
        share(.singleSourceKPIShare, sourced.count { $0.count == 1 }, of: sourced.count)
        share(.warehouseKPIShare, sourced.count { $0.allSatisfy { $0.kind == .dataWarehouse } }, of: sourced.count)
        share(.currentKPIShare, sourced.count { $0.allSatisfy(\.isCurrent) }, of: sourced.count)
        share(.spreadsheetKPIShare, sourced.count { $0.contains { $0.kind == .spreadsheet } }, of: sourced.count)
    }
}
