import Foundation
import SiloscopeModel

extension SimulationReport {
    /// The report as aligned text for a terminal (about 100 columns).
    public func table(maxEdges: Int = 12) -> String {
        var out: [String] = []
        func pct(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        func ci(_ i: Interval, _ format: String = "%.2f") -> String {
            String(format: "\(format) [\(format) – \(format)]", i.mean, i.low, i.high)
        }
        func ciPct(_ i: Interval) -> String { "\(pct(i.mean)) [\(pct(i.low)) – \(pct(i.high))]" }
        out.append("\(organization) — \(mode) routing, \(runs) runs × \(casesPerRun) cases, seed \(seed)")
        out.append("")
        out.append("SILO FRICTION INDEX (share caused by organizational boundaries, 95% CI)")
        out.append("  customer time  \(ciPct(siloFrictionIndex.customer))   (\(String(format: "%.1f", siloFrictionIndex.actualCustomerMinutes.mean)) min per case vs \(String(format: "%.1f", siloFrictionIndex.twinCustomerMinutes.mean)) straight to the owner)")
        out.append("  staff effort   \(ciPct(siloFrictionIndex.staff))   (\(String(format: "%.1f", siloFrictionIndex.actualStaffMinutes.mean)) staff min per case vs \(String(format: "%.1f", siloFrictionIndex.twinStaffMinutes.mean)))")
        out.append("  combined       \(ciPct(siloFrictionIndex.combined))")
        out.append("")
        out.append("CASES (mean per case, 95% CI)")
        let rows: [(String, String)] = [
            ("resolution minutes", ci(cases.resolutionMinutes, "%.1f")),
            ("  p50 / p90 / p95", String(format: "%.1f / %.1f / %.1f", cases.resolutionP50.mean, cases.resolutionP90.mean, cases.resolutionP95.mean)),
            ("handoffs", ci(cases.handoffs)),
            ("ping-pong bounces", ci(cases.bounces)),
            ("times the story was told", ci(cases.tellings)),
            ("escalations", ci(cases.escalations, "%.3f")),
            ("reopens (stale data)", ci(cases.reopens, "%.3f")),
            ("staff minutes", ci(cases.staffMinutes, "%.1f")),
            ("first-contact resolution", ciPct(cases.firstContactResolution)),
        ]
        for (label, value) in rows { out.append("  " + label.padding(toLength: 28, withPad: " ", startingAt: 0) + value) }
        if !caseTypes.isEmpty {
            out.append("")
            out.append("CASE TYPES".padding(toLength: 40, withPad: " ", startingAt: 0) + "owner".padding(toLength: 22, withPad: " ", startingAt: 0) + "minutes   handoffs")
            for type in caseTypes {
                out.append("  " + String(type.name.prefix(37)).padding(toLength: 38, withPad: " ", startingAt: 0)
                           + String(type.owner.prefix(21)).padding(toLength: 22, withPad: " ", startingAt: 0)
                           + String(format: "%7.1f   %8.2f", type.resolutionMinutes.mean, type.handoffs.mean))
            }
        }
        out.append("")
        out.append("BUSIEST UNITS".padding(toLength: 40, withPad: " ", startingAt: 0) + "handlers  utilisation  queue  wait min")
        for unit in units.sorted(by: { $0.utilisation.mean > $1.utilisation.mean }).prefix(10) {
            out.append("  " + String(unit.name.prefix(37)).padding(toLength: 38, withPad: " ", startingAt: 0)
                       + String(format: "%8d  %10.1f%%  %5.2f  %8.1f", unit.caseHandlers, unit.utilisation.mean * 100, unit.meanQueue.mean, unit.meanWaitMinutes.mean))
        }
        if !edges.isEmpty {
            out.append("")
            out.append("FRICTION BY HANDOFF EDGE (per run)".padding(toLength: 50, withPad: " ", startingAt: 0) + "cases  bounces  retold  added min")
            for edge in edges.prefix(maxEdges) {
                let label = "\(edge.from) → \(edge.to)\(edge.declared ? "" : " (undeclared)")"
                out.append("  " + String(label.prefix(47)).padding(toLength: 48, withPad: " ", startingAt: 0)
                           + String(format: "%5.0f  %7.0f  %6.0f  %9.0f", edge.cases.mean, edge.bounces.mean, edge.retellings.mean, edge.addedMinutes.mean))
            }
            if edges.count > maxEdges { out.append("  … \(edges.count - maxEdges) more edges (the JSON output lists all)") }
        }
        if !campaigns.isEmpty {
            out.append("")
            out.append("CAMPAIGNS".padding(toLength: 40, withPad: " ", startingAt: 0) + "audience  irrelevant  inconsistent")
            for campaign in campaigns {
                out.append("  " + String(campaign.name.prefix(37)).padding(toLength: 38, withPad: " ", startingAt: 0)
                           + String(format: "%8d  %9.1f%%  %11.1f%%", campaign.audience, campaign.irrelevantRate * 100, campaign.inconsistentRate * 100))
            }
        }
        if !reporting.kpis.isEmpty {
            out.append("")
            out.append("REPORTING: \(reporting.reportingUnits) reporting teams, \(reporting.reportingStaff) people")
            for kpi in reporting.kpis {
                out.append("  " + String(kpi.name.prefix(37)).padding(toLength: 38, withPad: " ", startingAt: 0)
                           + "\(kpi.truths) truth\(kpi.truths == 1 ? "" : "s") from \(kpi.sources.count) system\(kpi.sources.count == 1 ? "" : "s"), \(kpi.producers.count) producer\(kpi.producers.count == 1 ? "" : "s")")
            }
        }
        for warning in warnings { out.append("warning: \(warning)") }
        out.append("")
        out.append(String(format: "%d events in %.2f s", events, wallSeconds))
        return out.joined(separator: "\n")
    }

    /// The report as JSON with snake_case keys (docs/simulation.md). The report's types
    /// spell their snake_case keys out (`CodingKeys`): Foundation's `.convertToSnakeCase`
    /// rebuilt every key of every figure on each write (docs/engine.md). Encoders that
    /// embed the report with `.convertToSnakeCase` get the same keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The headline and per-case figures as CSV: `metric,mean,low,high`, then units and
    /// edges as their own sections.
    public func csv() -> String {
        var lines = ["section,key,metric,mean,low,high"]
        func add(_ section: String, _ key: String, _ metric: String, _ i: Interval) {
            lines.append("\(section),\(CSVWriter.field(key)),\(metric),\(i.mean),\(i.low),\(i.high)")
        }
        add("friction", "", "customer", siloFrictionIndex.customer)
        add("friction", "", "staff", siloFrictionIndex.staff)
        add("friction", "", "combined", siloFrictionIndex.combined)
        let c = cases
        for (name, value) in [("resolution_minutes", c.resolutionMinutes), ("resolution_p50", c.resolutionP50),
                              ("resolution_p90", c.resolutionP90), ("resolution_p95", c.resolutionP95),
                              ("handoffs", c.handoffs), ("bounces", c.bounces), ("tellings", c.tellings),
                              ("escalations", c.escalations), ("reopens", c.reopens), ("staff_minutes", c.staffMinutes),
                              ("first_contact_resolution", c.firstContactResolution)] {
            add("cases", "", name, value)
        }
        for unit in units {
            add("unit", unit.id, "utilisation", unit.utilisation)
            add("unit", unit.id, "mean_queue", unit.meanQueue)
            add("unit", unit.id, "mean_wait_minutes", unit.meanWaitMinutes)
        }
        for edge in edges {
            let key = "\(edge.from)->\(edge.to)"
            add("edge", key, "cases", edge.cases)
            add("edge", key, "bounces", edge.bounces)
            add("edge", key, "added_minutes", edge.addedMinutes)
        }
        for campaign in campaigns {
            let rate = Interval(values: [campaign.irrelevantRate, campaign.irrelevantRate])
            add("campaign", campaign.id, "irrelevant_rate", rate)
            add("campaign", campaign.id, "inconsistent_rate", Interval(values: [campaign.inconsistentRate, campaign.inconsistentRate]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
