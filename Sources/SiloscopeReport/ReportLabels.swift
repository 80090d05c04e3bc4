import SiloscopeDiagnosis
import SiloscopeModel

/// The report's fixed words in English and Turkish. Texts that come with the data (the
/// assessment's titles and reasons, the recommendation's headline and explanation) are
/// used as the diagnosis module gives them.
enum ReportLabels {
    static let reportTitle = LocalizedText(en: "Workshop report", tr: "Çalıştay raporu")
    static let kicker = LocalizedText(en: "Siloscope workshop report", tr: "Siloscope çalıştay raporu")
    static let question = LocalizedText(en: "Where do the silos cost us, and where should the CRM team sit?",
                                        tr: "Silolar bize nerede maliyet yaratıyor, CRM ekibi nerede durmalı?")
    static let contents = LocalizedText(en: "Contents", tr: "İçindekiler")

    // Section titles.
    static let summary = LocalizedText(en: "Executive summary", tr: "Yönetici özeti")
    static let organization = LocalizedText(en: "The organization", tr: "Organizasyon")
    static let assessment = LocalizedText(en: "Assessment", tr: "Değerlendirme")
    static let friction = LocalizedText(en: "Friction diagnosis", tr: "Sürtünme teşhisi")
    static let campaigns = LocalizedText(en: "Campaigns and reporting truths", tr: "Kampanyalar ve raporlama gerçekleri")
    static let recommendation = LocalizedText(en: "Where the CRM team should sit", tr: "CRM ekibi nerede durmalı")
    static let scenarios = LocalizedText(en: "Scenarios against today", tr: "Senaryolar ve bugünkü durum")
    static let glossary = LocalizedText(en: "Glossary", tr: "Sözlük")
    static let method = LocalizedText(en: "Method and assumptions", tr: "Yöntem ve varsayımlar")

    // Cover.
    static let date = LocalizedText(en: "Date", tr: "Tarih")
    static let sector = LocalizedText(en: "Sector", tr: "Sektör")
    static let lifecycle = LocalizedText(en: "Lifecycle", tr: "Yaşam evresi")
    static let modelFile = LocalizedText(en: "Model file", tr: "Model dosyası")
    static let seed = LocalizedText(en: "Seed", tr: "Tohum (seed)")
    static let runs = LocalizedText(en: "Simulation", tr: "Simülasyon")
    static let scenarioFiles = LocalizedText(en: "Scenarios", tr: "Senaryolar")
    static let none = LocalizedText(en: "none", tr: "yok")
    static let established = LocalizedText(en: "established", tr: "yerleşik")
    static let new = LocalizedText(en: "new", tr: "yeni")

    static func runsAndCases(_ runs: String, _ cases: String) -> LocalizedText {
        LocalizedText(en: "\(runs) runs × \(cases) cases per world (common random numbers)",
                      tr: "dünya başına \(runs) çalıştırma × \(cases) vaka (ortak rastgele sayılar)")
    }

    // Shared words.
    static let today = LocalizedText(en: "Today", tr: "Bugün")
    static let todayLower = LocalizedText(en: "today", tr: "bugün")
    static let unit = LocalizedText(en: "Unit", tr: "Birim")
    static let figure = LocalizedText(en: "Figure", tr: "Gösterge")
    static let mean = LocalizedText(en: "Mean", tr: "Ortalama")
    static let interval95 = LocalizedText(en: "95% interval", tr: "%95 güven aralığı")
    static let perCase = LocalizedText(en: "min/case", tr: "dk/vaka")
    static let showActualSize = LocalizedText(en: "actual size (scroll)", tr: "gerçek boyut (kaydırın)")
    static let significant = LocalizedText(en: "significant", tr: "anlamlı")
    static let withinNoise = LocalizedText(en: "within noise", tr: "gürültü içinde")
    static let significanceNote = LocalizedText(
        en: "● the 95% interval of the paired difference excludes zero (a real difference); ○ it includes zero (the simulation cannot tell).",
        tr: "● eşleştirilmiş farkın %95 güven aralığı sıfırı içermiyor (gerçek bir fark); ○ sıfırı içeriyor (simülasyon ayırt edemiyor).")
}
