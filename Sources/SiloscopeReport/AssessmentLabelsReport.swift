import SiloscopeDiagnosis
import SiloscopeModel

/// The assessment section's words. (The dimensions, levels, items and reasons come from
/// the question set in both languages.)
enum AssessmentLabelsReport {
    static let maturity = LocalizedText(en: "CRM maturity", tr: "CRM olgunluk seviyesi")
    static let maturityCaption = LocalizedText(
        en: "Maturity per dimension on the four levels of article 004. Solid: answered by the company; light with a dashed edge: inferred from the model; a ring: what the model itself shows when it differs from the answer.",
        tr: "004 numaralı makalenin dört seviyesinde boyut başına olgunluk. Koyu: şirketin yanıtı; açık renk ve kesikli kenar: modelden çıkarıldı; halka: yanıttan farklıysa modelin kendisinin gösterdiği seviye.")
    static let overall = LocalizedText(en: "Overall", tr: "Genel")
    static let unknown = LocalizedText(en: "unknown", tr: "bilinmiyor")
    static let answered = LocalizedText(en: "answered", tr: "yanıtlanmış")
    static let inferredLevel = LocalizedText(en: "inferred from the model", tr: "modelden çıkarılmış")
    static let modelShows = LocalizedText(en: "the model shows", tr: "modelin gösterdiği")
    static let dimension = LocalizedText(en: "Dimension", tr: "Boyut")
    static let level = LocalizedText(en: "Level", tr: "Seviye")
    static let statusWord = LocalizedText(en: "Status", tr: "Durum")
    static let looksLike = LocalizedText(en: "What it looks like", tr: "Nasıl görünüyor")
    static let nextStep = LocalizedText(en: "Next step", tr: "Sonraki adım")
    static let readiness = LocalizedText(en: "Readiness scorecard", tr: "CRM karnesi (hazırlık)")
    static let readinessScore = LocalizedText(en: "Readiness (mean of the three groups)", tr: "Hazırlık (üç grubun ortalaması)")
    static let readinessCaption = LocalizedText(
        en: "Article 002's scorecard: business processes, human resources and information technology, each the mean of its items on 0–4.",
        tr: "002 numaralı makalenin karnesi: iş süreçleri, insan kaynakları ve bilgi teknolojileri; her biri maddelerinin 0–4 ortalaması.")
    static let lifecycle = LocalizedText(en: "Lifecycle focus", tr: "Yaşam döngüsü odağı")
    static let determinants = LocalizedText(en: "Placement determinants", tr: "CRM ekibinin yerini belirleyenler")
    static let group = LocalizedText(en: "Group", tr: "Grup")
    static let item = LocalizedText(en: "Item", tr: "Madde")
    static let items = LocalizedText(en: "Every item", tr: "Tüm maddeler")
    static let score = LocalizedText(en: "Score", tr: "Puan")
    static let itemsScored = LocalizedText(en: "Items scored", tr: "Puanlanan madde")
    static let higherIsWorse = LocalizedText(en: "(4 = worst)", tr: "(4 = en kötü)")
    static let unknownTitle = LocalizedText(en: "What is not known", tr: "Bilinmeyenler")
    static let unknownsIntro = LocalizedText(
        en: "Neither answered nor visible in the model; answer them in the model's assessment: section to complete the picture:",
        tr: "Ne yanıtlanmış ne de modelde görünüyor; tabloyu tamamlamak için modelin assessment: bölümünde yanıtlayın:")
    static let nothingUnknown = LocalizedText(en: "Nothing: every item is answered or shown by the model.",
                                              tr: "Yok: her madde yanıtlanmış ya da modelde görünüyor.")
    static let disagreements = LocalizedText(
        en: "Answers that disagree with what the model shows (the answer is used; check it, `siloscope assess` gives the details):",
        tr: "Modelin gösterdiğiyle çelişen yanıtlar (yanıt kullanılıyor; kontrol edin, ayrıntılar `siloscope assess` çıktısında):")
}
