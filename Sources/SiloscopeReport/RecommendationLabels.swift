import SiloscopeDiagnosis
import SiloscopeModel

/// The recommendation section's words.
enum RecommendationLabels {
    static let recommended = LocalizedText(en: "recommended", tr: "öneriliyor")
    static let provisional = LocalizedText(en: "provisional", tr: "geçici")
    static let tooClose = LocalizedText(en: "too close to call", tr: "ayırt edilemiyor")
    static let cannotYet = LocalizedText(en: "cannot recommend yet", tr: "henüz önerilemiyor")
    static let noRecommendation = LocalizedText(en: "No placement could be recommended.", tr: "Bir yer önerilemedi.")
    static let rank = LocalizedText(en: "#", tr: "#")
    static let placement = LocalizedText(en: "CRM team under", tr: "CRM ekibinin bağlı olduğu birim")
    static let functionColumn = LocalizedText(en: "Function", tr: "İşlev")
    static let resolution = LocalizedText(en: "Resolution min [95%]", tr: "Çözüm dk [%95]")
    static let deltaToday = LocalizedText(en: "Δ today, min", tr: "Bugüne göre Δ, dk")
    static let score = LocalizedText(en: "Score", tr: "Puan")
    static let simulationScore = LocalizedText(en: "Simulation", tr: "Simülasyon")
    static let fitScore = LocalizedText(en: "Fit", tr: "Uyum")
    static let probabilityBest = LocalizedText(en: "P(best)", tr: "P(en iyi)")
    static let probabilityChart = LocalizedText(en: "Probability each placement is best", tr: "Her seçeneğin en iyi olma olasılığı")
    static let probabilityCaption = LocalizedText(
        en: "Share of the simulation runs in which each placement had the best score (simulated outcome and fit together), with common random numbers: every placement saw the same customers.",
        tr: "Her seçeneğin en yüksek puanı (simülasyon sonucu ve uyum birlikte) aldığı simülasyon çalıştırmalarının payı; ortak rastgele sayılarla: her seçenek aynı müşterileri gördü.")
    static let why = LocalizedText(en: "Why", tr: "Neden")
    static let robustness = LocalizedText(en: "Robustness", tr: "Sağlamlık")
    static let robustnessSkipped = LocalizedText(en: "The robustness check was skipped.", tr: "Sağlamlık kontrolü atlandı.")
    static let unknowns = LocalizedText(en: "What is unknown, and what would make the answer firmer",
                                        tr: "Bilinmeyenler ve yanıtı daha kesin yapacaklar")
    static let allAnswered = LocalizedText(en: "Every question the fit rules read is answered.",
                                           tr: "Uyum kurallarının okuduğu her soru yanıtlanmış.")
    static let unanswered = LocalizedText(en: "Unanswered determinants the fit reads:", tr: "Uyumun okuduğu, yanıtlanmamış belirleyiciler:")
    static let couldChange = LocalizedText(en: "its answer could change the winner", tr: "yanıtı kazananı değiştirebilir")
    static let wouldNotChange = LocalizedText(en: "no answer would change the winner", tr: "hiçbir yanıt kazananı değiştirmez")
    static let needed = LocalizedText(en: "To make the answer firmer", tr: "Daha kesin bir yanıt için")

    static func tableNote(_ simulation: String, _ fit: String, _ runs: String, _ cases: String) -> LocalizedText {
        LocalizedText(
            en: "Score = \(simulation) × simulation score + \(fit) × fit score (each −1…1). Δ today: minutes per case against today's placement, paired run by run (95% interval). \(runs) runs × \(cases) cases per placement.",
            tr: "Puan = \(simulation) × simülasyon puanı + \(fit) × uyum puanı (her biri −1…1). Bugüne göre Δ: bugünkü yere göre vaka başına dakika farkı, çalıştırma çalıştırma eşleştirilmiş (%95 aralık). Seçenek başına \(runs) çalıştırma × \(cases) vaka.")
    }

    static func calibrated(_ summary: String, _ count: String, _ names: String) -> LocalizedText {
        LocalizedText(en: "The model's parameters were fitted to a ticket log (\(summary)); \(count) of them (\(names)) were drawn from their fitted 95 % intervals instead of the default ranges.",
                      tr: "Modelin parametreleri bir bilet kaydından uyduruldu (\(summary)); \(count) tanesi (\(names)) varsayılan aralıklar yerine uydurulmuş %95 aralıklarından çekildi.")
    }
    static func robustnessText(_ parameters: String, _ samples: String, _ stays: String, _ wins: String) -> LocalizedText {
        LocalizedText(
            en: "\(parameters) uncertain simulation parameters were varied together over \(samples) draws: the winner stayed first in \(stays) of them (wins: \(wins)).",
            tr: "Belirsiz \(parameters) simülasyon parametresi birlikte \(samples) kez değiştirildi: kazanan bu denemelerde \(stays) oranında birinci kaldı (kazanmalar: \(wins)).")
    }

    /// A placement's function (`chief_executive`, or a unit kind) in words.
    static func function(_ function: String) -> LocalizedText {
        switch function {
        case "chief_executive": LocalizedText(en: "chief executive", tr: "genel müdür")
        case "executive": LocalizedText(en: "executive", tr: "yönetim")
        case "marketing": LocalizedText(en: "marketing", tr: "pazarlama")
        case "sales": LocalizedText(en: "sales", tr: "satış")
        case "it": LocalizedText(en: "IT", tr: "BT")
        case "customer_service": LocalizedText(en: "customer service", tr: "müşteri hizmetleri")
        case "contact_center": LocalizedText(en: "contact centre", tr: "çağrı merkezi")
        case "branch": LocalizedText(en: "branches", tr: "şubeler")
        case "operations": LocalizedText(en: "operations", tr: "operasyon")
        case "finance": LocalizedText(en: "finance", tr: "finans")
        case "product": LocalizedText(en: "product", tr: "ürün")
        case "legal": LocalizedText(en: "legal", tr: "hukuk")
        case "data_bi": LocalizedText(en: "data & BI", tr: "veri ve iş zekâsı")
        case "reporting": LocalizedText(en: "reporting", tr: "raporlama")
        case "crm": LocalizedText(en: "CRM", tr: "CRM")
        default: LocalizedText(function)
        }
    }
}
