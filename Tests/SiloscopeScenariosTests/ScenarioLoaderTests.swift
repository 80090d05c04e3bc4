import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

@Suite struct ScenarioLoaderTests {
    /// Loads scenario text that must fail and returns its errors.
    private func loadErrors(_ text: String, file: String = "s.yaml") -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(text: text, file: file)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func fixtureBaseModelIsValid() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let base = try fixture.base()
        #expect(base.model.units.count == 12)
        #expect(!base.warnings.hasErrors)
    }

    @Test func readsHeaderAndEveryChangeKind() throws {
        let text = """
            siloscope_scenario: 1
            name: "CRM Pazarlama GMY'ye bağlı"
            description: What it tests.
            base: ../org-models/bank.yaml
            changes:
              - move: {unit: crm, to: marketing}
              - move_crm: {to: ceo}
              - merge: {units: [rep_ops, rep_fin], into: {id: rep_hub, name: Reporting Hub, parent: finance}}
              - split: {unit: call_center, into: [{id: cc_retail, staff: 80, touchpoints: [phone]}, {id: cc_corporate, staff: 20}]}
              - set_unit: {units: [call_center, cards], add_kpis: [{name: NPS, customer_centric: true}], handling_minutes: 9}
              - add_unit: {id: cx, name: Customer Experience, parent: ceo, staff: 4, kind: customer_service}
              - add_handoff: {from: marketing, to: cards, context_kept: 0.7, channel: shared_system}
              - remove_handoff: {from: call_center, to: rep_ops}
              - change_handoff: {from: call_center, to: cards, context_kept: 0.9}
              - source_of_truth: {system: crm_db, former_source_sync: realtime}
              - sync: {system: screen, mode: realtime}
              - add_system: {id: mova, kind: data_warehouse, holds: [address]}
              - retire: {system: fin_excel}
              - single_customer_record: {system: core, campaigns: yes}
              - screens: {touchpoint: phone, reads: [core, crm_db]}
              - add_touchpoint: {id: chat, unit: call_center, channel: chat, reads: [core]}
              - add_case_type: {id: lost_card, owner: cards, arrivals: [{touchpoint: phone, per_hour: 1}]}
              - add_campaign: {id: loyalty, owner: marketing, system: core, audience: 500}
              - set_case_type: {case_type: card_fee, owner: crm}
              - set_crm: {add_functions: [complaint_management]}
              - set_simulation: {parameters: {escalation_hops: 2}}
            """
        let scenario = try ScenarioLoader.load(text: text, file: "scenarios/x.yaml")
        #expect(scenario.name == "CRM Pazarlama GMY'ye bağlı")
        #expect(scenario.description == "What it tests.")
        #expect(scenario.base == "../org-models/bank.yaml")
        #expect(scenario.basePosition?.line == 4)
        #expect(scenario.changes.map(\.action.keyword) == ChangeAction.keywords)
        #expect(scenario.changes[0].action == .move(unit: "crm", to: "marketing"))
        #expect(scenario.changes[0].position?.line == 6)
        #expect(scenario.changes[0].path.description == "changes[0].move")
        #expect(scenario.changes[2].action == .merge(units: ["rep_ops", "rep_fin"],
                                                     into: MergedUnit(id: "rep_hub", name: "Reporting Hub", parent: "finance")))
        guard case let .split(unit, parts) = scenario.changes[3].action else {
            Issue.record("expected a split")
            return
        }
        #expect(unit == "call_center")
        #expect(parts.map(\.id) == ["cc_retail", "cc_corporate"])
        #expect(parts[0].touchpoints == ["phone"])
        guard case let .setUnit(units, edit) = scenario.changes[4].action else {
            Issue.record("expected set_unit")
            return
        }
        #expect(units == ["call_center", "cards"])
        #expect(edit.addKPIs == [KPI(name: "NPS", customerCentric: true)])
        #expect(edit.handlingMinutes == 9)
        #expect(scenario.changes[8].action == .changeHandoff(from: "call_center", to: "cards", HandoffEdit(contextKept: 0.9)))
        #expect(scenario.changes[9].action == .sourceOfTruth(system: "crm_db", formerSourceSync: .realtime))
        #expect(scenario.changes[11].action == .addSystem(DataSystem(id: "mova", name: "mova", kind: .dataWarehouse, holds: ["address"])))
        #expect(scenario.changes[13].action == .singleCustomerRecord(system: "core", campaigns: true, reporting: false))
        #expect(scenario.changes[14].action == .screens(touchpoint: "phone", reads: ["core", "crm_db"]))
        #expect(scenario.changes[19].action == .setCRM(CRMEdit(addFunctions: [.complaintManagement])))
        #expect(scenario.changes[20].action == .setSimulation(mode: nil, parameters: ["escalation_hops": 2]))
    }

    @Test func mergeIntoMayBeJustAnID() throws {
        let scenario = try ScenarioLoader.load(text: "siloscope_scenario: 1\nchanges:\n  - merge: {units: [a, b], into: a}\n", file: "s.yaml")
        #expect(scenario.changes.first?.action == .merge(units: ["a", "b"], into: MergedUnit(id: "a")))
    }

    @Test func recordsFieldPositionsForErrors() throws {
        let text = """
            siloscope_scenario: 1
            changes:
              - merge:
                  units:
                    - a
                    - b
                  into: {id: c, parent: d}
            """
        let change = try #require(try ScenarioLoader.load(text: text, file: "s.yaml").changes.first)
        #expect(change.position?.line == 3)
        #expect(change.position(of: "units[1]")?.line == 6)
        #expect(change.position(of: "into.parent")?.line == 7)
        #expect(change.position(of: "into.kind")?.line == 7, "an absent field falls back to its enclosing one")
        #expect(change.path(of: "units[1]") == "changes[0].merge.units[1]")
    }

    @Test func nameDefaultsToFileNameAndEmptyChangesIsAControl() throws {
        let scenario = try ScenarioLoader.load(text: "siloscope_scenario: 1\nchanges: []\n", file: "dir/bank-control.yaml")
        #expect(scenario.name == "bank-control")
        #expect(scenario.changes.isEmpty)
        #expect(scenario.base == nil)
    }

    @Test func unknownChangeKindSuggestsTheClosest() {
        let errors = loadErrors("siloscope_scenario: 1\nchanges:\n  - mvoe: {unit: a, to: b}\n")
        #expect(errors.count == 1)
        #expect(errors.first?.position?.line == 3)
        #expect(errors.first?.path == "changes[0]")
        #expect(errors.first?.message.contains("unknown change 'mvoe' (did you mean 'move'?)") == true)
    }

    @Test func twoKindsInOneItemIsAnError() {
        let errors = loadErrors("siloscope_scenario: 1\nchanges:\n  - move: {unit: a, to: b}\n    retire: {system: x}\n")
        #expect(errors.first?.position?.line == 4)
        #expect(errors.first?.message.contains("one change per list item") == true)
    }

    @Test(arguments: [
        ("  - set_unit: {unit: a, staff: many}", "changes[0].set_unit.staff", "expected a number"),
        ("  - set_unit: {unit: a, staff: 2.5}", "changes[0].set_unit.staff", "expected a whole number"),
        ("  - set_unit: {unit: a, staff: -3}", "changes[0].set_unit.staff", "expected a number from 1 to 1000000 (people)"),
        ("  - set_unit: {unit: a, handling_minutes: 1e308}", "changes[0].set_unit.handling_minutes", "to 525600 (minutes, up to a year)"),
        ("  - set_simulation: {parameters: {retelling_minuts: 5}}", "changes[0].set_simulation.parameters.retelling_minuts", "did you mean 'retelling_minutes'"),
        ("  - set_simulation: {parameters: {triage_fraction: 1e308}}", "changes[0].set_simulation.parameters.triage_fraction", "from 0 to 1"),
        ("  - change_handoff: {from: a, to: b, context_kept: 1.5}", "changes[0].change_handoff.context_kept", "probability"),
        ("  - sync: {system: x, mode: hourly}", "changes[0].sync.mode", "unknown value 'hourly'"),
        ("  - move: {unit: [a, b], to: c}", "changes[0].move.unit", "expected text"),
        ("  - move: {unit: a, too: c}", "changes[0].move.too", "did you mean 'to'?"),
        ("  - move: {unit: a}", "changes[0].move.to", "missing required field 'to'"),
        ("  - merge: {units: [a], into: b}", "changes[0].merge.units", "at least two units"),
        ("  - merge: {units: [a, b, a], into: c}", "changes[0].merge.units[2]", "listed twice"),
        ("  - split: {unit: a, into: [{id: b, staff: 1}]}", "changes[0].split.into", "at least two parts"),
        ("  - set_unit: {unit: a}", "changes[0].set_unit", "nothing to change"),
        ("  - set_crm: {add_functions: [complaints]}", "changes[0].set_crm.add_functions[0]", "unknown CRM function"),
        ("  - single_customer_record: {system: x, campaigns: maybe}", "changes[0].single_customer_record.campaigns", "true or false"),
        ("  - move: a", "changes[0].move", "expected a mapping of fields"),
        ("  - retire:", "changes[0].retire", "needs fields"),
    ] as [(String, String, String)])
    func wrongFieldTypesPointAtTheField(change: String, path: String, message: String) throws {
        let errors = loadErrors("siloscope_scenario: 1\nchanges:\n\(change)\n")
        let error = try #require(errors.first { $0.path == path }, "\(errors)")
        #expect(error.position?.line == 3)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.file == "s.yaml")
    }

    @Test func aModelFileIsNotAScenario() throws {
        let errors = loadErrors(ScenarioFixture.baseModel, file: "bank.yaml")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("this is a model file, not a scenario") == true)
    }

    @Test func headerProblems() {
        #expect(loadErrors("").first?.message.contains("the file is empty") == true)
        #expect(loadErrors("changes: []\n").first?.message.contains("missing required field 'siloscope_scenario'") == true)
        let version = loadErrors("siloscope_scenario: 2\nchanges: []\n")
        #expect(version.first?.message.contains("unsupported scenario format version 2") == true)
        #expect(version.first?.position?.line == 1)
        #expect(loadErrors("siloscope_scenario: 1\n").first?.message.contains("missing required field 'changes'") == true)
        let unknown = loadErrors("siloscope_scenario: 1\nchanges: []\nbases: x.yaml\n")
        #expect(unknown.first?.message.contains("did you mean 'base'?") == true)
        #expect(unknown.first?.position?.line == 3)
    }

    @Test func reportsEveryProblemAtOnce() {
        let errors = loadErrors("""
            siloscope_scenario: 1
            changes:
              - mvoe: {unit: a, to: b}
              - sync: {system: x, mode: hourly}
              - set_unit: {unit: a, staff: lots}
            """)
        #expect(errors.map { $0.position?.line } == [3, 4, 5])
    }

    @Test func yamlSyntaxErrorHasItsLine() {
        let errors = loadErrors("siloscope_scenario: 1\nchanges:\n  - move: {unit: a, to: b\n")
        #expect(errors.first?.message.contains("YAML syntax error") == true)
        #expect(errors.first?.position != nil)
    }

    @Test func missingFileIsUnreadable() {
        do {
            _ = try ScenarioLoader.load(path: "/nonexistent/scenario.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.errors.first?.message == "no such file")
        }
    }

    @Test func resolvesTheBaseRelativeToTheScenarioFile() throws {
        let fixture = try ScenarioFixture()
        defer { fixture.remove() }
        let scenario = try ScenarioLoader.load(path: fixture.writeScenario("[]"))
        #expect(scenario.resolvedBasePath == Scenario.canonicalPath(fixture.basePath))
        let base = try ScenarioLoader.loadBase(of: scenario)
        #expect(base.model.units.count == 12)
        #expect(ScenarioLoader.collapsingDotDot("scenarios/../org-models/bank.yaml") == "org-models/bank.yaml")
        #expect(ScenarioLoader.collapsingDotDot("../a/./b.yaml") == "../a/b.yaml")
    }
}
