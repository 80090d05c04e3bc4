import Testing
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// The model facts the rules read.
@Suite struct AssessmentFactsTests {
    @Test func syncSharesCountCopiesOnly() {
        let facts = ModelFacts(fixtureModel(systems: fixtureSystems(copies: [.realtime, .daily, .manual, .none])))
        #expect(facts[.copyCount]?.value == 4)
        #expect(facts[.unsyncedCopyShare] == FactValue(value: 0.5, count: 2, total: 4))
        #expect(facts[.realtimeCopyShare]?.value == 0.25)
        #expect(facts[.currentTouchpointShare]?.value == 0)
    }

    @Test func sharesOfNothingAreUnknown() {
        let facts = ModelFacts(fixtureModel())
        #expect(facts[.unsyncedCopyShare] == nil)
        #expect(facts[.currentTouchpointShare]?.value == 0)
        #expect(facts[.meanContextKept] == nil)
        #expect(facts[.singleSourceKPIShare] == nil)
        #expect(facts[.crmSingleCustomerView]?.value == 0)
    }

    @Test func ownersAreReachableOnlyAlongHandoffsThatCarryTheCase() {
        let arrivals = [Arrival(touchpoint: "phone", perHour: 2)]
        let caseTypes = [
            CaseType(id: "address", name: "Adres", owner: "it", arrivals: arrivals),
            CaseType(id: "fee", name: "Ücret", owner: "crm_team", arrivals: arrivals),
        ]
        let handoffs = [
            Handoff(from: "call_center", to: "it", caseTypes: ["address"], channel: .email, contextKept: 0.5),
            Handoff(from: "it", to: "crm_team", caseTypes: ["address"], channel: .sharedSystem, contextKept: 0.9),
        ]
        let facts = ModelFacts(fixtureModel(caseTypes: caseTypes, handoffs: handoffs))
        #expect(facts[.ownerReachableShare] == FactValue(value: 0.5, count: 1, total: 2))
        #expect(facts[.complaintOwnerReachableShare]?.value == 0.5)
        // call_center (marketing) → it crosses divisions by e-mail; it → crm_team stays in IT.
        #expect(facts[.crossDivisionHandoffShare]?.value == 0.5)
        #expect(facts[.walledHandoffShare]?.value == 0.5)
        #expect(facts[.systemHandoffShare]?.value == 0.5)
        #expect(abs((facts[.meanContextKept]?.value ?? 0) - 0.7) < 1e-9)
    }

    @Test func suppressionNeedsItsDataInTheCampaignSystem() {
        let systems = [
            DataSystem(id: "core", name: "Ana sistem", holds: ["tax_payments", "address"]),
            DataSystem(id: "campaign_tool", name: "Kampanya aracı", kind: .campaign, holds: ["address"], role: .copy,
                       copyOf: "core", sync: .weekly),
        ]
        let campaigns = [
            Campaign(id: "mtv", name: "MTV", owner: "marketing", touchpoints: ["phone"], system: "campaign_tool",
                     audience: 1000, suppression: [Suppression(reason: "MTV ödenmiş", data: "tax_payments", share: 0.3),
                                                   Suppression(reason: "Taşınmış", data: "address", share: 0.1)]),
            Campaign(id: "kart", name: "Kart", owner: "marketing", system: "core", audience: 500),
        ]
        let facts = ModelFacts(fixtureModel(systems: systems, campaigns: campaigns))
        #expect(facts[.suppressionDataShare]?.value == 0.5)
        #expect(facts[.suppressionCurrentShare]?.value == 0)
        #expect(facts[.unsuppressedCampaignShare]?.value == 0.5)
        #expect(facts[.campaignPlatformShare]?.value == 1)
    }

    @Test func reportingTruthsCountDistinctSources() {
        let systems = [
            DataSystem(id: "dwh", name: "Ambar", kind: .dataWarehouse, holds: ["x"]),
            DataSystem(id: "excel", name: "Excel", kind: .spreadsheet, holds: ["x"], role: .copy, copyOf: "dwh", sync: .manual),
        ]
        let reporting = [
            ReportingKPI(id: "active", name: "Aktif müşteri", producedBy: ["marketing", "it", "crm_team"], sources: ["dwh", "excel", "dwh"]),
            ReportingKPI(id: "sales", name: "Satış", producedBy: ["marketing"], sources: ["dwh"]),
        ]
        let facts = ModelFacts(fixtureModel(systems: systems, reporting: reporting))
        #expect(facts[.maxSourcesPerKPI]?.value == 2)
        #expect(facts[.maxProducersPerKPI]?.value == 3)
        #expect(facts[.singleSourceKPIShare]?.value == 0.5)
        #expect(facts[.warehouseKPIShare]?.value == 0.5)
        #expect(facts[.spreadsheetKPIShare]?.value == 0.5)
    }
}
