import SiloscopeModel

/// Campaign delivery: how many contacts suppression should have stopped but could not
/// (irrelevant), and how often an offer is invisible at the channel the customer turns
/// to next (inconsistent).
///
/// These are expected values under stated assumptions, computed exactly rather than
/// sampled: sampling would add noise, not information.
///
/// - A suppression rule works when the data it needs is current where the audience is
///   selected: the campaign's system holds it and is a source of truth or a real-time
///   copy. A copy synced daily, weekly, by hand or never misses the share of recent events
///   given by `suppressionMiss`. A system that does not hold the data misses all of it.
///   (A CRM team's "single customer view" helps only through systems: select the audience
///   from the system that holds the view, e.g. in a scenario.)
/// - An offer is visible at a touchpoint whose screens read the campaign's system (or a
///   real-time copy of it, or its source when the campaign system is a real-time copy).
///   Customers turn to touchpoints in proportion to their case arrivals.
public enum CampaignAnalysis {
    /// Share of events a copy has not caught up with, by sync mode.
    public static func suppressionMiss(_ sync: SyncMode) -> Double {
        switch sync {
        case .realtime: 0
        case .daily: 0.05
        case .weekly: 0.2
        case .manual: 0.4
        case .none: 0.9
        }
    }

    /// The figures of every campaign of a model.
    public static func analyse(_ model: OrgModel) -> [CampaignMetrics] {
        let index = ModelIndex(model)
        var touchpointWeight = [Double](repeating: 0, count: model.touchpoints.count)
        for caseType in model.caseTypes {
            for arrival in caseType.arrivals {
                if let t = index.touchpoints[arrival.touchpoint] { touchpointWeight[t] += arrival.perHour }
            }
        }
        let totalWeight = touchpointWeight.reduce(0, +)

        return model.campaigns.map { campaign in
            let system = index.systems[campaign.system].map { model.systems[$0] }
            var irrelevant = 0.0
            var rules: [SuppressionMetrics] = []
            for rule in campaign.suppression {
                let miss: Double
                let reason: String
                if let system, system.holds.contains(rule.data) {
                    miss = system.isCurrent ? 0 : suppressionMiss(system.sync)
                    reason = system.isCurrent
                        ? "'\(system.id)' holds current '\(rule.data)'"
                        : "'\(system.id)' holds '\(rule.data)' but is a copy synced \(system.sync.rawValue)"
                } else {
                    miss = 1
                    reason = "'\(campaign.system)' does not hold '\(rule.data)'; it sits in another silo"
                }
                irrelevant += rule.share * miss
                rules.append(SuppressionMetrics(reason: rule.reason, data: rule.data, share: rule.share, missRate: miss, explanation: reason))
            }
            irrelevant = min(1, irrelevant)

            var invisible: [String] = []
            var invisibleWeight = 0.0
            do {
                for (t, touchpoint) in model.touchpoints.enumerated() where !campaign.touchpoints.contains(touchpoint.id) {
                    let sees = touchpoint.reads.contains { id in
                        guard let s = index.systems[id] else { return false }
                        let read = model.systems[s]
                        return read.id == campaign.system || (read.copyOf == campaign.system && read.sync == .realtime)
                            || (system?.copyOf == read.id && system?.sync == .realtime)
                    }
                    if !sees {
                        invisible.append(touchpoint.id)
                        invisibleWeight += touchpointWeight[t]
                    }
                }
            }
            let inconsistent = totalWeight > 0 ? invisibleWeight / totalWeight : (invisible.isEmpty ? 0 : 1)
            return CampaignMetrics(
                id: campaign.id, name: campaign.name, audience: campaign.audience,
                irrelevantRate: irrelevant, irrelevantContacts: Int(saturating: (Double(campaign.audience) * irrelevant).rounded()),
                inconsistentRate: inconsistent, touchpointsWithoutOffer: invisible, suppression: rules)
        }
    }
}

/// Reporting: for each KPI, how many units produce their own version and from how many
/// systems ("how many truths"), and the staff producing it.
public enum ReportingAnalysis {
    /// The reporting figures of a model.
    public static func analyse(_ model: OrgModel) -> ReportingMetrics {
        let index = ModelIndex(model)
        let kpis = model.reporting.map { kpi in
            let producers = Array(Set(kpi.producedBy)).sorted()
            let sources = Array(Set(kpi.sources)).sorted()
            // Copies synced in real time report the same truth as their source.
            let origins = Set(sources.map { id -> String in
                guard let s = index.systems[id] else { return id }
                let system = model.systems[s]
                return system.role == .copy && system.sync == .realtime ? (system.copyOf ?? id) : id
            })
            let staff = producers.compactMap { index.units[$0] }.reduce(0) { $0 + model.units[$1].staff }
            return KPITruths(id: kpi.id, name: kpi.name, producers: producers, sources: sources,
                             truths: max(1, min(producers.count, origins.count)), reportingStaff: staff)
        }
        let reportingUnits = model.units.filter { $0.kind == .reporting }
        return ReportingMetrics(reportingUnits: reportingUnits.count,
                                reportingStaff: reportingUnits.reduce(0) { $0 + $1.staff }, kpis: kpis)
    }
}
