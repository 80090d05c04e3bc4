import SiloscopeSimulation

/// The categories a silo's cost falls into (docs/economics.md).
public enum CostCategory: String, Sendable, Codable, CaseIterable {
    /// Staff hours on the work and on passing it on: first contacts that could not resolve,
    /// transfers, brokering, escalations.
    case handlingAndTransfers = "handling_and_transfers"
    /// Staff hours on reopened cases and the customer's repeat contacts.
    case waitingAndRework = "waiting_and_rework"
    /// Lifetime margin of customers who leave after a high-effort or unresolved complaint.
    case customersLost = "customers_lost"
    /// Campaign contacts suppression should have stopped.
    case irrelevantContacts = "irrelevant_contacts"
    /// Reporting hours spent on a second (third, …) version of the same KPI.
    case duplicateReporting = "duplicate_reporting"
}

/// One priced quantity of a world: what it is, and so which price applies.
enum BillLine: Hashable, Sendable {
    /// Staff minutes per operating hour at a unit, on work that is not rework.
    case staff(unit: String)
    /// Staff minutes per operating hour at a unit on reopened cases.
    case rework(unit: String)
    /// Customer contacts per operating hour through a channel (first and repeat).
    case contacts(channel: String)
    /// Complaints per operating hour closed at least once unresolved.
    case unresolved
    /// Complaints per operating hour with high effort (and not unresolved).
    case highEffort
    /// Irrelevant campaign contacts per wave, over every campaign.
    case irrelevant
    /// Share of KPI versions that duplicate another unit's version of the same KPI.
    case duplicateReporting

    var category: CostCategory {
        switch self {
        case .staff: .handlingAndTransfers
        case .rework, .contacts: .waitingAndRework
        case .unresolved, .highEffort: .customersLost
        case .irrelevant: .irrelevantContacts
        case .duplicateReporting: .duplicateReporting
        }
    }
}

/// The quantities of one world (today, its twin, or a scenario) in one replication.
typealias Bill = [BillLine: Double]

enum Bills {
    /// A replication's quantities per operating hour (cases scaled by the model's arrival
    /// rate), plus the campaign and reporting quantities, which do not depend on the run.
    static func of(_ run: ReplicationConsumption, casesPerHour: Double, campaignsAndReporting: Bill) -> Bill {
        var bill = campaignsAndReporting
        guard run.cases > 0 else { return bill }
        let perHour = casesPerHour / Double(run.cases)
        for (unit, minutes) in run.staffMinutes {
            bill[.staff(unit: unit)] = (minutes - (run.reworkMinutes[unit] ?? 0)) * perHour
        }
        for (unit, minutes) in run.reworkMinutes { bill[.rework(unit: unit)] = minutes * perHour }
        for (channel, contacts) in run.contacts { bill[.contacts(channel: channel)] = Double(contacts) * perHour }
        bill[.unresolved] = Double(run.unresolvedComplaints) * perHour
        bill[.highEffort] = Double(run.highEffortComplaints) * perHour
        return bill
    }

    /// Campaign and reporting quantities of a simulated world.
    static func campaignsAndReporting(_ report: SimulationReport) -> Bill {
        var bill: Bill = [:]
        let irrelevant = report.campaigns.reduce(0) { $0 + Double($1.irrelevantContacts) }
        if irrelevant > 0 { bill[.irrelevant] = irrelevant }
        let versions = report.reporting.kpis.reduce(0) { $0 + $1.producers.count }
        let duplicates = report.reporting.kpis.reduce(0) { $0 + max(0, $1.producers.count - 1) }
        if versions > 0, duplicates > 0 { bill[.duplicateReporting] = Double(duplicates) / Double(versions) }
        return bill
    }

    /// The actual world's bills, replication by replication.
    static func actual(_ report: SimulationReport) -> [Bill] {
        let fixed = campaignsAndReporting(report)
        return report.consumption.actual.map { of($0, casesPerHour: report.consumption.casesPerHour, campaignsAndReporting: fixed) }
    }

    /// The twin world's bills: every case straight to its owner, with full context; no
    /// irrelevant contacts and one version of every KPI.
    static func twin(_ report: SimulationReport) -> [Bill] {
        report.consumption.twin.map { of($0, casesPerHour: report.consumption.casesPerHour, campaignsAndReporting: [:]) }
    }
}
