import Foundation
import SiloscopeModel
@testable import SiloscopeScenarios

/// A small organization and a scratch directory holding it as `models/base.yaml`, with
/// helpers that write a scenario to `scenarios/<name>.yaml` (its `base:` is
/// `../models/base.yaml`) and load or apply it.
///
/// The scenario text starts with four header lines, so the first change is on line 5.
struct ScenarioFixture {
    /// The scratch directory (removed by ``remove()``).
    let directory: URL
    /// The base model's path.
    let basePath: String

    static let baseModel = """
        siloscope: 1
        organization: {name: Test Bank, sector: banking}
        units:
          - {id: ceo, name: CEO, kind: executive, staff: 2}
          - {id: it, name: IT, kind: executive, parent: ceo, staff: 3}
          - {id: crm, name: CRM Team, kind: crm, parent: it, staff: 6, case_handlers: 2, handling_minutes: 15}
          - {id: crm_analytics, name: CRM Analytics, kind: data_bi, parent: crm, staff: 3}
          - {id: marketing, name: Marketing, kind: marketing, parent: ceo, staff: 10, kpis: [Campaign count]}
          - {id: ops, name: Operations, kind: executive, parent: ceo, staff: 2}
          - {id: call_center, name: Call Centre, kind: contact_center, parent: ops, staff: 100, case_handlers: 10, handling_minutes: 8, kpis: [AHT, {name: First-contact resolution, customer_centric: true}]}
          - {id: cards, name: Card Operations, kind: operations, parent: ops, staff: 20, handling_minutes: 20, kpis: [SLA]}
          - {id: rep_ops, name: Ops Reporting, kind: reporting, parent: ops, staff: 4, handling_minutes: 30, kpis: [Reports on time]}
          - {id: finance, name: Finance, kind: finance, parent: ceo, staff: 8}
          - {id: rep_fin, name: Finance Reporting, kind: reporting, parent: finance, staff: 5, handling_minutes: 60, kpis: [Reports on time, Budget accuracy]}
          - {id: rep_fin_excel, name: Finance Excel desk, kind: reporting, parent: rep_fin, staff: 1}
        handoffs:
          - {from: call_center, to: cards, case_types: [card_fee], channel: ticket, context_kept: 0.6, transfer_minutes: 30, volume_per_day: 30}
          - {from: call_center, to: rep_ops, channel: email, context_kept: 0.4, volume_per_day: 2}
          - {from: rep_ops, to: rep_fin, channel: email, context_kept: 0.5, volume_per_day: 1}
          - {from: rep_fin, to: rep_ops, channel: email, context_kept: 0.7, volume_per_day: 1}
          - {from: cards, to: rep_fin, channel: email, context_kept: 0.2, volume_per_day: 3}
          - {from: cards, to: rep_ops, channel: ticket, context_kept: 0.8, volume_per_day: 1}
          - {from: marketing, to: crm, channel: ticket, context_kept: 0.6}
        systems:
          - {id: core, name: Core, owner: it, role: source_of_truth, holds: [address, accounts]}
          - {id: crm_db, name: CRM DB, kind: crm, owner: crm, role: copy, copy_of: core, sync: daily, holds: [address, segment]}
          - {id: screen, name: CC Screen, owner: call_center, role: copy, copy_of: crm_db, sync: daily, holds: [address]}
          - {id: cards_sys, name: Card System, owner: cards, role: source_of_truth, holds: [card_fees]}
          - {id: fin_excel, name: Finance Excel, kind: spreadsheet, owner: rep_fin, role: copy, copy_of: core, sync: manual, holds: [accounts]}
          - {id: ops_excel, name: Ops Excel, kind: spreadsheet, owner: rep_ops, role: copy, copy_of: core, sync: weekly, holds: [accounts]}
        touchpoints:
          - {id: phone, name: Phone, channel: phone, unit: call_center, reads: [screen, cards_sys]}
          - {id: app, name: App, channel: mobile, unit: call_center, reads: [core]}
          - {id: sms, name: SMS, channel: sms, unit: marketing, reads: [crm_db]}
        case_types:
          - {id: card_fee, name: Card fee objection, owner: cards, data_needed: [card_fees], arrivals: [{touchpoint: phone, per_hour: 4}, {touchpoint: app, per_hour: 1}]}
          - {id: address_change, name: Address change, kind: request, owner: call_center, data_needed: [address], arrivals: [{touchpoint: phone, per_hour: 2}]}
          - {id: report_request, name: Report request, kind: request, owner: rep_ops, arrivals: [{touchpoint: phone, per_hour: 0.1}]}
        campaigns:
          - {id: card_offer, name: Card offer, owner: marketing, system: crm_db, touchpoints: [sms], audience: 1000, suppression: [{reason: complained, data: address, share: 0.1}]}
          - {id: fin_mail, name: Finance mailing, owner: rep_fin, system: fin_excel, touchpoints: [sms], audience: 100}
        crm: {unit: crm, functions: [campaign_management], candidates: [ceo, marketing, it]}
        reporting:
          - {id: active_customers, name: Active customers, produced_by: [rep_ops, rep_fin, crm], sources: [ops_excel, fin_excel, crm_db]}
          - {id: fees, name: Fee income, produced_by: [rep_fin], sources: [fin_excel]}
        routing:
          call_center: {cards: 0.3, rep_ops: 0.1}
          rep_ops: {rep_fin: 0.5}
          rep_fin: {rep_ops: 0.2, cards: 0.1}
        simulation: {mode: structural, parameters: {escalation_hops: 3}}

        """

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("siloscope-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("models"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        basePath = directory.appendingPathComponent("models/base.yaml").path
        try Self.baseModel.write(toFile: basePath, atomically: true, encoding: .utf8)
    }

    /// Deletes the scratch directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes a scenario whose `changes:` list is `changes` (each line indented by two
    /// spaces) and returns its path. The first change is on line 5.
    func writeScenario(_ changes: String, name: String = "s", base: String = "../models/base.yaml") throws -> String {
        let indented = changes.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  \($0)" }
        let text = "siloscope_scenario: 1\nname: \(name)\nbase: \(base)\nchanges:\n" + indented.joined(separator: "\n") + "\n"
        let path = directory.appendingPathComponent("scenarios/\(name).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The loaded base model.
    func base() throws(DiagnosticsError) -> LoadedModel {
        try ModelLoader.load(path: basePath)
    }

    /// Writes, loads and applies a scenario.
    func apply(_ changes: String) throws -> AppliedScenario {
        let scenario = try ScenarioLoader.load(path: writeScenario(changes))
        return try scenario.apply(to: base())
    }

    /// Writes, loads and applies a scenario that must fail; returns the errors (empty when
    /// it unexpectedly succeeded).
    func errors(_ changes: String) throws -> [Diagnostic] {
        let path = try writeScenario(changes)
        do {
            let scenario = try ScenarioLoader.load(path: path)
            _ = try scenario.apply(to: base())
            return []
        } catch {
            return error.errors
        }
    }
}

extension OrgModel {
    /// The unit with an id, if any.
    func unit(_ id: String) -> SiloscopeModel.Unit? { units.first { $0.id == id } }
    /// The system with an id, if any.
    func system(_ id: String) -> DataSystem? { systems.first { $0.id == id } }
    /// Handoffs from one unit to another.
    func handoffs(_ from: String, _ to: String) -> [Handoff] { handoffs.filter { $0.from == from && $0.to == to } }
}
