import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// Campaign delivery and reporting truths on small models computed by hand.
@Suite("Campaigns and reporting")
struct CampaignAnalysisTests {
    /// A campaign selected from a tool copied weekly from the core system. Suppression
    /// needs tax payments (not in the tool: missed entirely) and contact permissions (in
    /// the tool, a weekly copy: 20 % missed). Customers turn to three touchpoints 2 : 3 : 5.
    static func campaign(toolSync: String = "weekly", toolHolds: String = "[permissions, phone]") -> ModelText {
        ModelText(
            units: [
                "{id: ceo, kind: executive}",
                "{id: marketing, kind: marketing, parent: ceo, staff: 10, case_handlers: 2, handling_minutes: 10}",
                "{id: ops, kind: operations, parent: ceo, staff: 10, case_handlers: 2, handling_minutes: 10}",
                "{id: rep1, kind: reporting, parent: marketing, staff: 4}",
                "{id: rep2, kind: reporting, parent: ops, staff: 5}",
            ],
            systems: [
                "{id: core, holds: [tax, permissions, phone]}",
                "{id: tool, kind: campaign, copy_of: core, sync: \(toolSync), holds: \(toolHolds)}",
                "{id: mirror, copy_of: core, sync: realtime, holds: [tax, phone]}",
                "{id: sheet, kind: spreadsheet, copy_of: core, sync: manual, holds: [tax]}",
            ],
            touchpoints: [
                "{id: sms, channel: sms, unit: marketing, reads: [tool]}",
                "{id: phone, channel: phone, unit: ops, reads: [core]}",
                "{id: shop, channel: store, unit: ops}",
            ],
            caseTypes: [
                "{id: q1, owner: marketing, arrivals: [{touchpoint: sms, per_hour: 2}]}",
                "{id: q2, owner: ops, arrivals: [{touchpoint: phone, per_hour: 3}, {touchpoint: shop, per_hour: 5}]}",
            ],
            campaigns: [
                """
                {id: tax_offer, name: Tax offer, owner: marketing, system: tool, touchpoints: [sms], audience: 1000, \
                suppression: [{reason: already paid, data: tax, share: 0.3}, {reason: no consent, data: permissions, share: 0.1}]}
                """,
            ],
            reporting: [
                "{id: sales, name: Sales, produced_by: [marketing, ops, rep1, rep2], sources: [core, mirror, sheet]}",
                "{id: tax_paid, name: Tax paid, produced_by: [rep1, rep2], sources: [core, mirror]}",
                "{id: nothing, name: Nothing, produced_by: [rep1]}",
            ])
    }

    @Test("Irrelevant contacts: the sum over suppression rules of share × miss rate")
    func irrelevantRate() throws {
        let metrics = CampaignAnalysis.analyse(try Self.campaign().load().model)
        let offer = try #require(metrics.first)
        // 0.3 × 1 (the tool does not hold tax payments) + 0.1 × 0.2 (a weekly copy).
        #expect(abs(offer.irrelevantRate - 0.32) < 1e-12)
        #expect(offer.irrelevantContacts == 320)
        #expect(offer.suppression.map(\.missRate) == [1, 0.2])
        #expect(offer.suppression[0].explanation.contains("does not hold 'tax'"))
        #expect(offer.suppression[1].explanation.contains("synced weekly"))

        // Miss rates by sync mode: realtime 0, daily 0.05, weekly 0.2, manual 0.4, never 0.9.
        for (sync, miss) in [("realtime", 0.0), ("daily", 0.05), ("weekly", 0.2), ("manual", 0.4), ("none", 0.9)] {
            let rate = CampaignAnalysis.analyse(try Self.campaign(toolSync: sync).load().model)[0].irrelevantRate
            #expect(abs(rate - (0.3 + 0.1 * miss)) < 1e-12, "\(sync)")
        }
        // A tool that holds the tax payments, in real time: nobody irrelevant.
        let synced = CampaignAnalysis.analyse(try Self.campaign(toolSync: "realtime", toolHolds: "[tax, permissions]").load().model)
        #expect(synced[0].irrelevantRate == 0 && synced[0].irrelevantContacts == 0)
    }

    @Test("Inconsistent offers: the share of channel use where the offer is invisible")
    func inconsistentRate() throws {
        // The offer goes out by SMS. The phone screen reads the core system, of which the
        // tool is a weekly copy: invisible. The shop reads nothing: invisible. (3 + 5) / 10.
        let weekly = CampaignAnalysis.analyse(try Self.campaign().load().model)[0]
        #expect(abs(weekly.inconsistentRate - 0.8) < 1e-12)
        #expect(weekly.touchpointsWithoutOffer == ["phone", "shop"])
        // A real-time copy shows the offer wherever its source is read: only the shop is left.
        let realtime = CampaignAnalysis.analyse(try Self.campaign(toolSync: "realtime").load().model)[0]
        #expect(abs(realtime.inconsistentRate - 0.5) < 1e-12)
        #expect(realtime.touchpointsWithoutOffer == ["shop"])
    }

    @Test("Reporting truths: distinct origins, at most one per producer; reporting staff")
    func reportingTruths() throws {
        let metrics = ReportingAnalysis.analyse(try Self.campaign().load().model)
        #expect(metrics.reportingUnits == 2 && metrics.reportingStaff == 9)
        let sales = try #require(metrics.kpis.first { $0.id == "sales" })
        // core and its real-time mirror are one truth; the hand-synced sheet is another.
        #expect(sales.truths == 2)
        #expect(sales.sources == ["core", "mirror", "sheet"])
        #expect(sales.producers == ["marketing", "ops", "rep1", "rep2"])
        #expect(sales.reportingStaff == 10 + 10 + 4 + 5)
        let tax = try #require(metrics.kpis.first { $0.id == "tax_paid" })
        #expect(tax.truths == 1 && tax.reportingStaff == 9)
        let nothing = try #require(metrics.kpis.first { $0.id == "nothing" })
        #expect(nothing.truths == 1, "at least one truth")
    }

    @Test("The simulation report carries both analyses")
    func inReport() throws {
        let report = try simulate(Self.campaign(), runs: 2, cases: 500, warmup: 0)
        #expect(report.campaigns.map(\.id) == ["tax_offer"])
        #expect(abs(report.campaigns[0].irrelevantRate - 0.32) < 1e-12)
        #expect(report.reporting.kpis.count == 3)
    }
}
