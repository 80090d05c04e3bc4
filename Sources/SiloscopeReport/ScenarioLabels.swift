import SiloscopeDiagnosis
import SiloscopeModel

/// The scenario section's words.
enum ScenarioLabels {
    static let noScenarios = LocalizedText(
        en: "No scenario was given. Add scenario files with --scenario to compare what-if changes with today.",
        tr: "Senaryo verilmedi. \"Ya şöyle olsaydı\" değişikliklerini bugünle karşılaştırmak için --scenario ile senaryo dosyaları ekleyin.")
    static let intro = LocalizedText(
        en: "Each scenario was simulated with the same seed, runs and cases as today, so run r of the scenario saw the same customers as run r of today: their differences are paired, and the 95% intervals are those of the paired differences.",
        tr: "Her senaryo bugünle aynı tohum, çalıştırma ve vaka sayısıyla simüle edildi; senaryonun r. çalıştırması bugünün r. çalıştırmasıyla aynı müşterileri gördü: farklar eşleştirilmiştir ve %95 aralıklar eşleştirilmiş farkların aralıklarıdır.")
    static let changes = LocalizedText(en: "Changes", tr: "Değişiklikler")
    static let scenario = LocalizedText(en: "Scenario", tr: "Senaryo")
    static let delta = LocalizedText(en: "Difference [95% interval]", tr: "Fark [%95 aralık]")
    static let difference = LocalizedText(en: "Difference", tr: "Fark")
    static let relativeChange = LocalizedText(en: "change relative to today", tr: "bugüne göre göreli değişim")
    static let chartCaption = LocalizedText(
        en: "Each figure's paired difference from today as a share of today's value, with its 95% interval. Green: better; vermillion: worse; grey: within the noise of the simulation.",
        tr: "Her göstergenin bugünden eşleştirilmiş farkı, bugünkü değerin payı olarak, %95 aralığıyla. Yeşil: daha iyi; kırmızı-turuncu: daha kötü; gri: simülasyonun gürültüsü içinde.")
    static let less = LocalizedText(en: "less than today", tr: "bugünden az")
    static let more = LocalizedText(en: "more than today", tr: "bugünden fazla")
    static let exactNote = LocalizedText(
        en: "Campaign and reporting figures are computed from the model, not sampled: any difference in them is exact.",
        tr: "Kampanya ve raporlama göstergeleri örneklenmez, modelden hesaplanır: bunlardaki her fark kesindir.")
}
