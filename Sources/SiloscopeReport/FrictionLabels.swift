import SiloscopeDiagnosis
import SiloscopeModel

/// The friction section's words.
enum FrictionLabels {
    static let intro = LocalizedText(
        en: "Every simulated case has a twin with the same arrival and the same random draws that goes straight to its owner, keeps its context and reads synced data. Friction is what the real case spends beyond its twin; the Silo Friction Index is that share.",
        tr: "Simüle edilen her vakanın aynı anda gelen ve aynı rastgele çekilişleri kullanan bir ikizi vardır: doğrudan sahibine gider, bağlamını korur ve güncel veriyi okur. Sürtünme, gerçek vakanın ikizinden fazla harcadığıdır; Silo Sürtünme Endeksi bunun payıdır.")
    static let share = LocalizedText(en: "Share of", tr: "Pay")
    static let sfiColumn = LocalizedText(en: "Friction index [95% interval]", tr: "Sürtünme endeksi [%95 aralık]")
    static let actual = LocalizedText(en: "Actual, per case", tr: "Gerçek, vaka başına")
    static let twin = LocalizedText(en: "Twin (straight to owner)", tr: "İkiz (doğrudan sahibine)")
    static let combined = LocalizedText(en: "both together", tr: "ikisi birlikte")
    static let caseFigures = LocalizedText(en: "Per case", tr: "Vaka başına")
    static let median = LocalizedText(en: "Resolution time, median", tr: "Çözüm süresi, medyan")
    static let p90 = LocalizedText(en: "Resolution time, 90th percentile", tr: "Çözüm süresi, 90. yüzdelik")
    static let p95 = LocalizedText(en: "Resolution time, 95th percentile", tr: "Çözüm süresi, 95. yüzdelik")
    static let distribution = LocalizedText(en: "Resolution-time distribution", tr: "Çözüm süresi dağılımı")
    static let distributionCaption = LocalizedText(
        en: "Minutes from first contact to resolution, today and in each scenario: means over the runs of each run's median, 90th and 95th percentiles and mean. The dashed line is the twin world's mean (every case straight to its owner).",
        tr: "İlk temastan çözüme kadar geçen dakika, bugün ve her senaryoda: her çalıştırmanın medyanı, 90. ve 95. yüzdeliği ve ortalamasının çalıştırmalar üzerinden ortalaması. Kesikli çizgi ikiz dünyanın ortalamasıdır (her vaka doğrudan sahibine).")
    static let twinLine = LocalizedText(en: "twin world: straight to the owner", tr: "ikiz dünya: doğrudan sahibine")
    static let boxLegend = LocalizedText(en: "median to 90th percentile", tr: "medyandan 90. yüzdeliğe")
    static let whiskerLegend = LocalizedText(en: "to 95th percentile", tr: "95. yüzdeliğe kadar")
    static let perCaseType = LocalizedText(en: "Per case type", tr: "Vaka türüne göre")
    static let caseType = LocalizedText(en: "Case type", tr: "Vaka türü")
    static let owner = LocalizedText(en: "Owner", tr: "Sahibi")
    static let resolutionWithInterval = LocalizedText(en: "Resolution min [95% interval]", tr: "Çözüm dk [%95 aralık]")
    static let handoffsColumn = LocalizedText(en: "Handoffs", tr: "Devir")
    static let busiest = LocalizedText(en: "Busiest units", tr: "En yoğun birimler")
    static let handlers = LocalizedText(en: "Case handlers", tr: "Vaka çalışanı")
    static let utilisation = LocalizedText(en: "Utilisation", tr: "Doluluk")
    static let queue = LocalizedText(en: "Mean queue", tr: "Ortalama kuyruk")
    static let wait = LocalizedText(en: "Mean wait", tr: "Ortalama bekleme")
    static let heatmap = LocalizedText(en: "Friction heatmap of the handoffs", tr: "Devirlerin sürtünme ısı haritası")
    static let heatmapCaption = LocalizedText(
        en: "Each declared handoff, coloured and widened by the customer minutes it adds per case (transfers and retelling, averaged over all cases). Work that went along no declared handoff is not drawn here; it is in the chart below, marked *.",
        tr: "Her tanımlı devir, vaka başına eklediği müşteri dakikasına göre renklendirilmiş ve kalınlaştırılmıştır (aktarma ve yeniden anlatma, tüm vakalar üzerinden ortalama). Tanımlı bir devir olmadan giden işler burada çizilmez; aşağıdaki grafikte * ile işaretlidir.")
    static let noValue = LocalizedText(en: "no case went this way", tr: "bu yoldan vaka geçmedi")
    static let solidDashed = LocalizedText(en: "solid: across divisions (a silo wall); dashed: inside a division",
                                           tr: "düz: bölümler arası (silo duvarı); kesikli: bölüm içi")
    static let noHandoffs = LocalizedText(en: "No handoffs.", tr: "Devir yok.")
    static let perEdge = LocalizedText(en: "Friction per handoff edge", tr: "Devir hattı başına sürtünme")
    static let perEdgeCaption = LocalizedText(
        en: "Customer minutes each edge adds to the average case, with 95% intervals. Orange and * : no declared handoff (work went along no agreed relation).",
        tr: "Her hattın ortalama vakaya eklediği müşteri dakikası, %95 aralıklarıyla. Turuncu ve *: tanımlı devir yok (iş, üzerinde anlaşılmış bir ilişki olmadan gitti).")

    static func moreEdges(_ count: String) -> LocalizedText {
        LocalizedText(en: "\(count) more edges add less (siloscope simulate --format json lists them all).",
                      tr: "\(count) hat daha, daha az ekliyor (siloscope simulate --format json hepsini listeler).")
    }

    static func edgeDetail(_ cases: String, _ bounces: String, _ retold: String) -> LocalizedText {
        LocalizedText(en: "\(cases) cases per run, \(bounces) bounced back, \(retold) retold",
                      tr: "çalıştırma başına \(cases) vaka, \(bounces) geri sekme, \(retold) yeniden anlatma")
    }
}
