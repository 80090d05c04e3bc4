import Foundation
import SiloscopeModel
@testable import SiloscopeDiagnosis

/// The bundled question set, loaded once per test process.
let bundledQuestions: AssessmentQuestionSet = {
    do { return try AssessmentQuestionSet.bundled() } catch { fatalError("bundled question set: \(error)") }
}()

/// A small organization built in code: a chief executive, marketing and IT divisions,
/// a call centre under marketing, a CRM team under IT, and the given systems and
/// touchpoints. No assessment answers unless given.
func fixtureModel(
    systems: [DataSystem] = [], touchpoints: [Touchpoint]? = nil, crm: [CRMFunction] = [],
    caseTypes: [CaseType] = [], handoffs: [Handoff] = [], campaigns: [Campaign] = [],
    reporting: [ReportingKPI] = [], lifecycle: Lifecycle = .established, answers: [String: AnswerValue] = [:]
) -> OrgModel {
    OrgModel(
        organization: OrganizationInfo(name: "Deneme Bankası", sector: "banking", lifecycle: lifecycle),
        units: [
            Unit(id: "ceo", name: "Genel Müdür", kind: .executive),
            Unit(id: "marketing", name: "Pazarlama", kind: .marketing, parent: "ceo", staff: 20),
            Unit(id: "it", name: "BT", kind: .it, parent: "ceo", staff: 30),
            Unit(id: "call_center", name: "Çağrı Merkezi", kind: .contactCenter, parent: "marketing", staff: 100),
            Unit(id: "crm_team", name: "CRM Ekibi", kind: .crm, parent: "it", staff: 5),
        ],
        handoffs: handoffs,
        systems: systems,
        touchpoints: touchpoints ?? [Touchpoint(id: "phone", name: "Telefon", channel: .phone, unit: "call_center",
                                                reads: systems.map(\.id))],
        caseTypes: caseTypes,
        campaigns: campaigns,
        crm: CRMTeam(unit: "crm_team", functions: crm),
        reporting: reporting,
        assessment: answers.sorted { $0.key < $1.key }.map { AssessmentAnswer(id: $0.key, value: $0.value) })
}

/// A core source of truth and `copies` copies of it synced as given.
func fixtureSystems(copies: [SyncMode], kind: SystemKind = .operational) -> [DataSystem] {
    [DataSystem(id: "core", name: "Ana sistem", kind: .operational, holds: ["address", "payments"])]
        + copies.enumerated().map { index, sync in
            DataSystem(id: "copy\(index)", name: "Kopya \(index)", kind: kind, holds: ["address"], role: .copy,
                       copyOf: "core", sync: sync)
        }
}

/// Assesses a model built in code (no source positions).
func fixtureAssess(_ model: OrgModel, with set: AssessmentQuestionSet = bundledQuestions) -> AssessmentReport {
    Assessment.assess(model, sources: ModelSourceMap(file: "test.yaml"), questionSet: set)
}

/// Loads YAML model text and assesses it, so that findings have lines.
func fixtureAssess(yaml: String, file: String = "bank.yaml") throws -> AssessmentReport {
    Assessment.assess(try ModelLoader.load(text: yaml, file: file), questionSet: bundledQuestions)
}

/// A valid model file with the given lines appended under `assessment:`.
func fixtureYAML(assessment lines: [String], lifecycle: String = "established") -> String {
    """
    siloscope: 1
    organization:
      name: Deneme Bankası
      lifecycle: \(lifecycle)
    units:
      - {id: ceo, name: Genel Müdür, kind: executive}
      - {id: it, name: BT, kind: it, parent: ceo}
      - {id: crm_team, name: CRM Ekibi, kind: crm, parent: it}
    systems:
      - {id: core, name: Ana sistem, holds: [address]}
      - {id: cc_copy, name: Çağrı ekranı, role: copy, copy_of: core, sync: none, holds: [address]}
    crm:
      unit: crm_team
      functions: [campaign_management]
    assessment:
    """ + "\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
}
