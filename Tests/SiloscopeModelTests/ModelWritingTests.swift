import SiloscopeTestSupport
import Testing
@testable import SiloscopeModel

/// `OrgModel.yamlText()` writes what `ModelLoader` reads back as an equal model.
@Suite struct ModelWritingTests {
    /// A model that sets every field of every entity to a non-default value.
    static func fullModel() -> OrgModel {
        OrgModel(
            organization: OrganizationInfo(name: "Anadolu Katılım Bankası", sector: "banking", lifecycle: .new,
                                           description: "Çok satırlı\naçıklama: \"tırnak\" # değil"),
            units: [
                Unit(id: "ceo", name: "Genel Müdürlük", kind: .executive, staff: 3, head: "Ayşe Yılmaz"),
                Unit(id: "call_center", name: "Çağrı Merkezi", kind: .contactCenter, parent: "ceo", staff: 120,
                     caseHandlers: 90, handlingMinutes: 7.5, handlingDistribution: .lognormal(cv: 0.8),
                     kpis: [KPI(name: "Ortalama konuşma süresi", customerCentric: false),
                            KPI(name: "İlk temasta çözüm", customerCentric: true)]),
                Unit(id: "it", name: "Bilgi Teknolojileri", kind: .it, parent: "ceo", staff: 40,
                     handlingMinutes: 30, handlingDistribution: .empirical(samples: (1...30).map { Double($0) * 1.25 })),
                Unit(id: "crm", name: "CRM", kind: .crm, parent: "it", staff: 6, handlingDistribution: .fixed),
                Unit(id: "ops", name: "Operasyon", kind: .operations, parent: "ceo", staff: 12,
                     handlingMinutes: 0.1, handlingDistribution: .exponential),
            ],
            handoffs: [
                Handoff(from: "call_center", to: "ops", caseTypes: ["address_change"], channel: .sharedSystem,
                        contextKept: 0.35, transferMinutes: 12.5, volumePerDay: 40.25),
                Handoff(from: "ops", to: "it"),
            ],
            systems: [
                DataSystem(id: "core", name: "Core banking", kind: .operational, owner: "it", holds: ["address", "tax_payments"]),
                DataSystem(id: "dwh", name: "Veri ambarı", kind: .dataWarehouse, owner: "it", holds: ["address"],
                           role: .copy, copyOf: "core", sync: .daily),
            ],
            touchpoints: [
                Touchpoint(id: "phone", name: "Çağrı hattı", channel: .phone, unit: "call_center", reads: ["dwh"]),
                Touchpoint(id: "other_tp", name: "Diğer", channel: .other, unit: "ops"),
            ],
            caseTypes: [
                CaseType(id: "address_change", name: "Adres değişikliği", kind: .request, owner: "ops",
                         dataNeeded: ["address"], arrivals: [Arrival(touchpoint: "phone", perHour: 12.75)],
                         handlingMinutes: 9),
            ],
            campaigns: [
                Campaign(id: "mtv", name: "MTV ödeme kampanyası", owner: "crm", touchpoints: ["phone"], system: "dwh",
                         audience: 250_000, suppression: [Suppression(reason: "MTV bu bankadan ödenmiş", data: "tax_payments", share: 0.3)]),
            ],
            crm: CRMTeam(unit: "crm", functions: [.campaignManagement, .singleCustomerView], candidates: ["ceo", "ops"]),
            reporting: [ReportingKPI(id: "active_customers", name: "Aktif müşteri sayısı", producedBy: ["it", "ops"], sources: ["core", "dwh"])],
            routing: [
                RoutingRow(from: "call_center", to: [RoutingTarget(unit: "ops", probability: 0.25),
                                                     RoutingTarget(unit: "it", probability: 0.125)]),
                RoutingRow(from: "ops", to: []),
            ],
            assessment: [
                AssessmentAnswer(id: "data.storage", value: .number(2)),
                AssessmentAnswer(id: "culture.partners", value: .bool(true)),
                AssessmentAnswer(id: "notes", value: .text("yes")),
                AssessmentAnswer(id: "level", value: .text("12")),
                AssessmentAnswer(id: "ratio", value: .number(0.3333333333333333)),
            ],
            simulation: SimulationSettings(mode: .explicit, parameters: ["declared_context_kept": 0.2, "escalation_hops": 4])
        )
    }

    @Test func everyFieldRoundTrips() throws {
        let model = Self.fullModel()
        let text = model.yamlText(comment: "Written by a test\n\nwith two lines")
        #expect(text.hasPrefix("# Written by a test\n#\n# with two lines\nsiloscope: 1\n"))
        let loaded = try ModelLoader.load(text: text, file: "written.yaml")
        #expect(loaded.model == model)
    }

    @Test func nonASCIIIsKeptAsWritten() {
        let text = Self.fullModel().yamlText()
        #expect(text.contains("name: Çağrı Merkezi"))
        #expect(text.contains("Anadolu Katılım Bankası"))
        #expect(!text.contains("\\u00"))
    }

    static let hostileStrings: [String] = [
        "yes", "no", "Evet", "hayır", "null", "~", "NULL", "true", "on", "12", "012", "1e3", "-3.5", ".inf", "nan",
        "0x1F", "1_000", "a: b", "key:value", "# not a comment", "a # b", "\"quoted\"", "'single'", "it's",
        " leading space", "trailing space ", "tab\there", "line\nbreak", "crlf\r\n", "back\\slash", "[list]", "{map}",
        "a, b", "- dash", "-", "?", "*alias", "&anchor", "!tag", "%percent", "@at", "`tick`", "|", ">", "",
        "İstanbul Şubesi", "emoji 🙂", "bell\u{07}", "nul\u{0}", "del\u{7F}", "nel\u{85}", "ls\u{2028}", "bom\u{FEFF}",
        "nbsp\u{A0}x", "---", "...", "a  double  space",
    ]

    @Test(arguments: hostileStrings)
    func hostileTextRoundTrips(_ text: String) throws {
        var model = OrgModel(organization: OrganizationInfo(name: text, sector: text, description: text),
                             units: [Unit(id: "root", name: text, head: text)])
        model.units.append(Unit(id: text.isEmpty ? "empty" : text, name: "x", parent: "root", kpis: [KPI(name: text, customerCentric: true)]))
        model.assessment = [AssessmentAnswer(id: "answer", value: .text(text))]
        let yaml = model.yamlText()
        let loaded = try ModelLoader.load(text: yaml, file: "hostile.yaml")
        #expect(loaded.model == model, "written as:\n\(yaml)")
    }

    @Test func numbersRoundTripExactly() throws {
        let values: [Double] = [0.1, 1.0 / 3.0, 1e-7, 123_456_789.123, 2.5e20, 1, 1e15, 0.30000000000000004]
        var model = OrgModel(organization: OrganizationInfo(name: "n"), units: [Unit(id: "root", name: "root")])
        // Every magnitude goes where any number is accepted (assessment answers); the ranged
        // fields (handling minutes, parameters) get the awkward values inside their ranges.
        model.units[0].handlingDistribution = .empirical(samples: values.filter { (0.001...525_600).contains($0) })
        model.assessment = values.enumerated().map { AssessmentAnswer(id: "q\($0.offset)", value: .number($0.element)) }
        model.simulation.parameters = ["retelling_minutes": 1.0 / 3.0, "triage_fraction": 0.30000000000000004,
                                       "declared_transfer_minutes": 0.1, "reopen_delay_minutes": 12_345.678_9]
        let loaded = try ModelLoader.load(text: model.yamlText(), file: "numbers.yaml")
        #expect(loaded.model == model)
    }

    @Test func randomTextRoundTrips() throws {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("aZ0 :#'\"\\\n\t-?,[]{}&*!|>%@`çğİıöşüÇĞÖŞÜ🙂\u{0}\u{85}\u{2028}\u{FEFF}")
        for _ in 0..<200 {
            let length = Int(generator.next() % 12)
            var text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            // The YAML reader drops a byte-order mark at the start of a scalar (documented).
            while text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let model = OrgModel(organization: OrganizationInfo(name: text), units: [Unit(id: "root", name: text)])
            let loaded = try ModelLoader.load(text: model.yamlText(), file: "random.yaml")
            #expect(loaded.model == model, "text \(text.debugDescription)")
        }
    }
}
