import Foundation
import Testing
@testable import SiloscopeModel

/// A small valid model used across tests; Turkish names on purpose.
let sampleModel = """
siloscope: 1
organization:
  name: "Anadolu Bankası"
  sector: banking
  lifecycle: established
units:
  - id: ceo
    name: Genel Müdür
    kind: executive
  - id: marketing
    name: Pazarlama GMY
    kind: marketing
    parent: ceo
    staff: 40
    kpis:
      - {name: "Kampanya dönüşümü", customer_centric: false}
  - id: it
    name: Bilgi Teknolojileri
    kind: it
    parent: ceo
    staff: 120
    handling_minutes: 20
  - id: call_center
    name: Çağrı Merkezi
    kind: contact_center
    parent: marketing
    staff: 200
    case_handlers: 150
    handling_minutes: 8.5
    handling_distribution: lognormal
    handling_cv: 0.7
  - id: crm_team
    name: CRM Ekibi
    kind: crm
    parent: it
    staff: 8
handoffs:
  - {from: call_center, to: it, case_types: [login], channel: ticket, context_kept: 0.6, transfer_minutes: 30, volume_per_day: 40}
systems:
  - {id: core, name: Ana Sistem, holds: [address, payments], owner: it}
  - {id: cc_copy, name: Çağrı Merkezi Ekranı, role: copy, copy_of: core, sync: daily, holds: [address]}
touchpoints:
  - {id: phone, name: Telefon, channel: phone, unit: call_center, reads: [cc_copy]}
case_types:
  - id: login
    name: Mobil giriş sorunu
    owner: it
    data_needed: [address]
    arrivals: [{touchpoint: phone, per_hour: 4}]
campaigns:
  - id: mtv
    name: MTV kampanyası
    owner: marketing
    system: cc_copy
    audience: 50000
    touchpoints: [phone]
    suppression: [{reason: "MTV ödenmiş", data: payments, share: 0.3}]
crm:
  unit: crm_team
  functions: [campaign_management, single_customer_view]
  candidates: [ceo, marketing]
reporting:
  - {id: active_customers, name: Aktif müşteri, produced_by: [marketing, it], sources: [core, cc_copy]}
assessment:
  maturity:
    data_storage: 2
  goal: retention
simulation:
  mode: structural
  parameters: {escalation_hops: 4}
"""

@Suite struct ModelLoadingTests {
    @Test func loadsEveryField() throws {
        let loaded = try ModelLoader.load(text: sampleModel, file: "bank.yaml")
        let model = loaded.model
        #expect(model.organization.name == "Anadolu Bankası")
        #expect(model.units.count == 5)
        let callCenter = try #require(model.units.first { $0.id == "call_center" })
        #expect(callCenter.name == "Çağrı Merkezi")
        #expect(callCenter.servers == 150)
        #expect(callCenter.handlingDistribution == .lognormal(cv: 0.7))
        #expect(model.units[1].kpis == [KPI(name: "Kampanya dönüşümü", customerCentric: false)])
        #expect(model.handoffs.first?.contextKept == 0.6)
        #expect(model.systems[1].role == .copy && model.systems[1].sync == .daily && model.systems[1].copyOf == "core")
        #expect(model.caseTypes.first?.totalPerHour == 4)
        #expect(model.campaigns.first?.suppression.first?.share == 0.3)
        #expect(model.crm?.functions == [.campaignManagement, .singleCustomerView])
        #expect(model.assessment.contains(AssessmentAnswer(id: "maturity.data_storage", value: .number(2))))
        #expect(model.assessment.contains(AssessmentAnswer(id: "goal", value: .text("retention"))))
        #expect(model.simulation.parameters["escalation_hops"] == 4)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func jsonIsAcceptedWithLineNumbers() throws {
        let json = """
        {
          "siloscope": 1,
          "organization": {"name": "Şirket"},
          "units": [
            {"id": "ceo", "name": "Genel Müdür"},
            {"id": "x", "parent": "nobody"}
          ]
        }
        """
        let error = #expect(throws: DiagnosticsError.self) { try ModelLoader.load(text: json, file: "m.json") }
        let diagnostic = try #require(error?.errors.first)
        #expect(diagnostic.position?.line == 6)
        #expect(diagnostic.path == "units[1].parent")
    }

    @Test func handlesBOMAndUTF16() throws {
        let utf8BOM = Data([0xEF, 0xBB, 0xBF]) + Data(sampleModel.utf8)
        #expect(try TextFile.decode(utf8BOM, file: "a") == sampleModel)
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(sampleModel.data(using: .utf16LittleEndian) ?? Data())
        #expect(try TextFile.decode(utf16, file: "a") == sampleModel)
    }

    @Test func rejectsWindows1254WithByteOffsetAndLine() {
        // "Şube" in Windows-1254 is 0xDE 'u' 'b' 'e': not UTF-8.
        let bytes = Data("a: 1\nname: ".utf8) + Data([0xDE]) + Data("ube\n".utf8)
        let error = #expect(throws: DiagnosticsError.self) { try TextFile.decode(bytes, file: "t.yaml") }
        #expect(error?.diagnostics.first?.position?.line == 2)
        #expect(error?.diagnostics.first?.message.contains("byte 11") == true)
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        let error = #expect(throws: DiagnosticsError.self) { try YAMLDocument.parse(text: deep, file: "d.yaml") }
        #expect(error?.description.lowercased().contains("nesting") == true)
        let moderate = String(repeating: "[", count: 300)
        let capped = #expect(throws: DiagnosticsError.self) { try YAMLDocument.parse(text: moderate, file: "d.yaml") }
        #expect(capped?.description.contains("deeper than 256") == true)
        let dashes = String(repeating: "- ", count: 50_000) + "x\n"
        #expect(throws: DiagnosticsError.self) { try YAMLDocument.parse(text: dashes, file: "d.yaml") }
    }

    @Test func emptyAndNonMappingFilesAreErrors() {
        for text in ["", "# only a comment\n", "- a\n- b\n", "just text"] {
            #expect(throws: DiagnosticsError.self) { try ModelLoader.load(text: text, file: "e.yaml") }
        }
    }

    @Test func missingFileIsUnreadable() {
        let error = #expect(throws: DiagnosticsError.self) { try ModelLoader.load(path: "/nonexistent/siloscope.yaml") }
        #expect(error?.kind == .unreadable)
    }
}
