import SiloscopeModel

/// A Turkish bank of 52 units with handoffs, a CRM team under IT and declared volumes:
/// the size the org views must stay legible at.
enum SampleOrganization {
    static let model: OrgModel = {
        var units: [SiloscopeModel.Unit] = [Unit(id: "ceo", name: "Genel Müdür", kind: .executive, staff: 3)]
        func add(_ id: String, _ name: String, _ kind: UnitKind, _ parent: String, _ staff: Int) {
            units.append(Unit(id: id, name: name, kind: kind, parent: parent, staff: staff))
        }
        add("retail", "Bireysel Bankacılık", .sales, "ceo", 12)
        add("branches", "Şube Ağı Yönetimi", .branch, "retail", 20)
        for (id, name) in [("istanbul", "İstanbul Bölge Şubeleri"), ("ankara", "Ankara Bölge Şubeleri"),
                           ("izmir", "İzmir Bölge Şubeleri"), ("anadolu", "Anadolu Bölge Şubeleri"),
                           ("ege", "Ege ve Akdeniz Şubeleri")] {
            add(id, name, .branch, "branches", 140)
        }
        add("cards", "Kredi Kartları", .product, "retail", 35)
        add("loans", "Bireysel Krediler", .product, "retail", 28)
        add("sme", "KOBİ Bankacılığı", .sales, "retail", 40)
        add("marketing", "Pazarlama", .marketing, "ceo", 10)
        for (id, name, kind, staff) in [("brand", "Marka ve İletişim", UnitKind.marketing, 8),
                                        ("campaigns", "Kampanya Yönetimi", .marketing, 9),
                                        ("digital", "Dijital Pazarlama", .marketing, 11),
                                        ("segments", "Segment Yönetimi", .marketing, 6),
                                        ("mkt_reporting", "Pazarlama Raporlama", .reporting, 5)] {
            add(id, name, kind, "marketing", staff)
        }
        add("service", "Müşteri Deneyimi", .customerService, "ceo", 8)
        add("callcenter", "Çağrı Merkezi", .contactCenter, "service", 180)
        add("complaints", "Şikâyet Yönetimi", .customerService, "service", 22)
        add("social", "Sosyal Medya Destek", .customerService, "service", 7)
        add("quality", "Hizmet Kalitesi", .customerService, "service", 6)
        add("it", "Bilgi Teknolojileri", .it, "ceo", 15)
        for (id, name, kind, staff) in [("infra", "Altyapı ve Operasyon", UnitKind.it, 45),
                                        ("apps", "Uygulama Geliştirme", .it, 80),
                                        ("dwh", "Veri Ambarı", .dataBI, 14),
                                        ("bi", "İş Zekâsı ve Raporlama", .dataBI, 9),
                                        ("crm", "CRM Ekibi", .crm, 12),
                                        ("security", "Bilgi Güvenliği", .it, 10),
                                        ("it_reporting", "BT Raporlama", .reporting, 4)] {
            add(id, name, kind, "it", staff)
        }
        add("ops", "Operasyon", .operations, "ceo", 10)
        for (id, name, staff) in [("card_ops", "Kart Operasyonları", 30), ("payments", "Ödeme Sistemleri", 25),
                                  ("backoffice", "Merkezi Operasyon", 60), ("address", "Müşteri Bilgi Yönetimi", 12),
                                  ("ops_reporting", "Operasyon Raporlama", 5)] {
            add(id, name, .operations, "ops", staff)
        }
        add("finance", "Mali İşler", .finance, "ceo", 9)
        for (id, name, kind, staff) in [("accounting", "Muhasebe", UnitKind.finance, 18),
                                        ("treasury", "Hazine", .finance, 14),
                                        ("budget", "Bütçe ve Planlama", .finance, 6),
                                        ("fin_reporting", "Finansal Raporlama", .reporting, 5)] {
            add(id, name, kind, "finance", staff)
        }
        add("risk", "Risk ve Uyum", .legal, "ceo", 7)
        for (id, name, kind, staff) in [("credit_risk", "Kredi Riski", UnitKind.legal, 16),
                                        ("legal", "Hukuk Müşavirliği", .legal, 12),
                                        ("compliance", "Uyum", .legal, 9),
                                        ("collections", "Tahsilat", .operations, 40)] {
            add(id, name, kind, "risk", staff)
        }
        add("hr", "İnsan Kaynakları", .other, "ceo", 14)
        add("audit", "Teftiş Kurulu", .other, "ceo", 11)

        let handoffs: [Handoff] = [
            Handoff(from: "callcenter", to: "complaints", caseTypes: ["card_fee", "address_change"], channel: .ticket,
                    contextKept: 0.6, volumePerDay: 220),
            Handoff(from: "complaints", to: "card_ops", caseTypes: ["card_fee"], channel: .email, contextKept: 0.4,
                    volumePerDay: 80),
            Handoff(from: "callcenter", to: "address", caseTypes: ["address_change"], channel: .sharedSystem,
                    contextKept: 0.9, volumePerDay: 150),
            Handoff(from: "istanbul", to: "backoffice", channel: .paper, contextKept: 0.3, volumePerDay: 60),
            Handoff(from: "social", to: "callcenter", channel: .phone, contextKept: 0.2, volumePerDay: 40),
            Handoff(from: "complaints", to: "legal", caseTypes: ["card_fee"], channel: .email, volumePerDay: 5),
            Handoff(from: "campaigns", to: "crm", channel: .meeting, volumePerDay: 3),
            Handoff(from: "crm", to: "dwh", channel: .ticket, contextKept: 0.8, volumePerDay: 12),
            Handoff(from: "mkt_reporting", to: "bi", channel: .email, volumePerDay: 6),
            Handoff(from: "collections", to: "callcenter", caseTypes: ["late_payment"], channel: .phone,
                    contextKept: 0.5, volumePerDay: 90),
            Handoff(from: "cards", to: "card_ops", channel: .ticket, volumePerDay: 30),
            Handoff(from: "address", to: "card_ops", caseTypes: ["address_change"], channel: .ticket, contextKept: 0.7,
                    volumePerDay: 45),
        ]
        let caseTypes = [
            CaseType(id: "card_fee", name: "Kart aidatı itirazı", owner: "card_ops"),
            CaseType(id: "address_change", name: "Adres değişikliği", kind: .request, owner: "address"),
            CaseType(id: "late_payment", name: "Geciken ödeme", owner: "collections"),
        ]
        return OrgModel(
            organization: OrganizationInfo(name: "Anadolu Katılım Bankası", sector: "banking"),
            units: units, handoffs: handoffs, caseTypes: caseTypes,
            crm: CRMTeam(unit: "crm", functions: [.campaignManagement, .complaintManagement]))
    }()
}
