import SiloscopeDiagnosis
import SiloscopeModel

/// The campaign and reporting section's words.
enum CampaignLabels {
    static let intro = LocalizedText(
        en: "A campaign is irrelevant to a customer whom suppression should have left out (the car-tax offer to someone who already paid that tax through the same bank) and inconsistent when the channel the customer turns to next does not know the offer. Both are computed from where each campaign's data sits, not sampled.",
        tr: "Bir kampanya, elemenin dışarıda bırakması gereken müşteriye gidiyorsa ilgisizdir (vergisini zaten aynı bankadan ödemiş birine MTV teklifi) ve müşterinin başvurduğu sonraki kanal teklifi bilmiyorsa tutarsızdır. İkisi de örneklenmez; her kampanyanın verisinin nerede durduğundan hesaplanır.")
    static let noCampaigns = LocalizedText(en: "The model has no campaigns.", tr: "Modelde kampanya yok.")
    static let irrelevantChart = LocalizedText(en: "Irrelevant contacts per campaign", tr: "Kampanya başına ilgisiz temas")
    static let irrelevantCaption = LocalizedText(
        en: "Share of each campaign's audience that suppression should have removed but could not, and the number of such contacts.",
        tr: "Her kampanyanın hedef kitlesinde, elemenin çıkarması gerekip çıkaramadığı pay ve bu temasların sayısı.")
    static let campaign = LocalizedText(en: "Campaign", tr: "Kampanya")
    static let audience = LocalizedText(en: "Audience", tr: "Hedef kitle")
    static let irrelevant = LocalizedText(en: "Irrelevant", tr: "İlgisiz")
    static let irrelevantContacts = LocalizedText(en: "Irrelevant contacts", tr: "İlgisiz temas")
    static let inconsistent = LocalizedText(en: "Inconsistent", tr: "Tutarsız")
    static let withoutOffer = LocalizedText(en: "Touchpoints that do not see the offer", tr: "Teklifi görmeyen temas noktaları")
    static let suppression = LocalizedText(en: "Suppression rules", tr: "Eleme kuralları")
    static let noRules = LocalizedText(en: "No campaign declares a suppression rule.", tr: "Hiçbir kampanyada eleme kuralı tanımlı değil.")
    static let rule = LocalizedText(en: "Rule", tr: "Kural")
    static let data = LocalizedText(en: "Data needed", tr: "Gereken veri")
    static let shouldRemove = LocalizedText(en: "Should remove", tr: "Çıkarması gereken")
    static let missed = LocalizedText(en: "Missed", tr: "Kaçırılan")
    static let why = LocalizedText(en: "Why", tr: "Neden")
    static let reporting = LocalizedText(en: "Reporting truths", tr: "Raporlama gerçekleri")
    static let truths = LocalizedText(en: "Truths", tr: "Gerçek sayısı")
    static let truthsCaption = LocalizedText(
        en: "Distinct numbers in circulation for each KPI: each producing unit publishes its own, and units reading the same origin agree. One is the single source of truth; more than one (vermillion) means meetings argue about whose number is right.",
        tr: "Her KPI için dolaşımdaki farklı rakam sayısı: her üreten birim kendi rakamını yayımlar, aynı kaynağı okuyan birimler aynı rakamı verir. Bir, tek gerçek kaynağıdır; birden fazlası (kırmızı-turuncu) toplantılarda kimin rakamının doğru olduğunun tartışılması demektir.")
    static let kpi = LocalizedText(en: "KPI", tr: "KPI")
    static let producers = LocalizedText(en: "Produced by", tr: "Üreten birimler")
    static let sources = LocalizedText(en: "From systems", tr: "Kaynak sistemler")

    static func reportingTeams(_ teams: String, _ staff: String) -> LocalizedText {
        LocalizedText(en: "\(teams) reporting teams, \(staff) people in them.",
                      tr: "\(teams) raporlama ekibi, bu ekiplerde \(staff) kişi.")
    }

    static func notHeld(_ system: String) -> LocalizedText {
        LocalizedText(en: "the audience is selected in \(system), which does not hold this data: it sits in another silo",
                      tr: "hedef kitle bu veriyi tutmayan \(system) üzerinden seçiliyor: veri başka bir siloda")
    }

    static func heldCurrent(_ system: String) -> LocalizedText {
        LocalizedText(en: "\(system) holds it current", tr: "\(system) bu veriyi güncel tutuyor")
    }

    static func heldCopy(_ system: String, _ mode: SyncMode) -> LocalizedText {
        if mode == .none {
            return LocalizedText(en: "\(system) holds a copy that is never synced",
                                 tr: "\(system) verinin hiç eşitlenmeyen bir kopyasını tutuyor")
        }
        return LocalizedText(en: "\(system) holds a copy synced \(sync(mode).en)",
                             tr: "\(system) verinin \(sync(mode).tr) eşitlenen bir kopyasını tutuyor")
    }

    static func sync(_ mode: SyncMode) -> LocalizedText {
        switch mode {
        case .realtime: LocalizedText(en: "in real time", tr: "anlık")
        case .daily: LocalizedText(en: "daily", tr: "günlük")
        case .weekly: LocalizedText(en: "weekly", tr: "haftalık")
        case .manual: LocalizedText(en: "by hand", tr: "elle")
        case .none: LocalizedText(en: "never", tr: "hiç")
        }
    }
}
