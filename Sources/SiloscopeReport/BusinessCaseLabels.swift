import SiloscopeModel

/// The business-case section's words.
enum BusinessCaseLabels {
    static let title = LocalizedText(en: "The business case in money", tr: "Para cinsinden iş gerekçesi")
    static let noEconomics = LocalizedText(
        en: "No money is shown: the model has no economics section. Add one (docs/economics.md) with the company's cost per staff hour, contact costs and customer margin, or run siloscope cost --economics defaults for generic published ranges.",
        tr: "Para gösterilmiyor: modelde economics bölümü yok. Şirketin personel saat maliyeti, temas maliyetleri ve müşteri marjıyla bir bölüm ekleyin (docs/economics.md) ya da genel yayımlanmış aralıklar için siloscope cost --economics defaults çalıştırın.")
    static func intro(_ draws: String, _ runs: String) -> LocalizedText {
        LocalizedText(
            en: "What the silos cost a year, in the company's currency: the simulated quantities (staff hours per unit, contacts, complaints by effort, irrelevant campaign contacts, duplicate reports) priced with \(draws) draws of the economic figures over a bootstrap of the \(runs) replications. Bars run from P10 to P90; the black mark is the median (P50).",
            tr: "Silo'ların yıllık maliyeti, şirketin para biriminde: simülasyonun saydığı miktarlar (birim başına personel saati, temaslar, efora göre şikâyetler, ilgisiz kampanya temasları, mükerrer raporlar), ekonomik rakamlardan \(draws) çekilişle ve \(runs) tekrarın bootstrap'iyle fiyatlandı. Çubuklar P10'dan P90'a uzanır; siyah çizgi medyandır (P50).")
    }
    static let generic = LocalizedText(
        en: "These are GENERIC figures (--economics defaults), published ranges and not this company's: replace them with its own.",
        tr: "Bunlar GENEL rakamlardır (--economics defaults): yayımlanmış aralıklar, bu şirketin değil; şirketin kendi rakamlarıyla değiştirin.")
    static let todayChart = LocalizedText(en: "Today's annual cost of silos by category", tr: "Silo'ların bugünkü yıllık maliyeti, kategoriye göre")
    static func todayCaption(_ total: String, _ range: String, _ simulation: String) -> LocalizedText {
        LocalizedText(
            en: "Today against its direct-to-owner twin (every case straight to its owner with full context): \(total) a year (P10–P90 \(range)). \(simulation) of the spread is simulation noise, the rest the ranges of the economic figures.",
            tr: "Bugün, her vakanın tam bağlamla doğrudan sahibine gittiği ikiz dünyaya karşı: yılda \(total) (P10–P90 \(range)). Yayılımın \(simulation) kadarı simülasyon gürültüsü, kalanı ekonomik rakamların aralıkları.")
    }
    static let total = LocalizedText(en: "Total", tr: "Toplam")
    static let savingsChart = LocalizedText(en: "Annual saving of each scenario against today", tr: "Her senaryonun bugüne göre yıllık tasarrufu")
    static let savingsCaption = LocalizedText(
        en: "Today's yearly cost minus the scenario's, with common random numbers, times the share of the saving the scenario file expects to be realised.",
        tr: "Bugünkü yıllık maliyet eksi senaryonunki, ortak rastgele sayılarla, senaryo dosyasının gerçekleşmesini beklediği payla çarpılmış.")
    static let scenario = LocalizedText(en: "Scenario", tr: "Senaryo")
    static let saving = LocalizedText(en: "Annual saving P50 (P10–P90)", tr: "Yıllık tasarruf P50 (P10–P90)")
    static let payback = LocalizedText(en: "Payback, months (P50)", tr: "Geri ödeme, ay (P50)")
    static let npv = LocalizedText(en: "NPV (P50)", tr: "NBD (P50)")
    static let within12 = LocalizedText(en: "Pays back ≤ 12 months", tr: "≤ 12 ayda geri öder")
    static let within24 = LocalizedText(en: "≤ 24 months", tr: "≤ 24 ayda")
    static let never = LocalizedText(en: "never", tr: "hiç")
    static func tornadoChart(_ target: String) -> LocalizedText {
        LocalizedText(en: "What moves \(target) most", tr: "\(target) en çok neyle değişir")
    }
    static let tornadoCaption = LocalizedText(
        en: "Each figure set to the low and to the high end of its range, every other at its value; the dashed line is the value with every figure at its best estimate. Better figures for the longest bars narrow the answer most.",
        tr: "Her rakam aralığının alt ve üst ucuna konur, diğerleri değerinde kalır; kesikli çizgi her rakam en iyi tahmininde iken bulunan değerdir. En uzun çubukların rakamlarını iyileştirmek cevabı en çok daraltır.")
    static let assumptions = LocalizedText(en: "Assumptions", tr: "Varsayımlar")
    static let figure = LocalizedText(en: "Figure", tr: "Rakam")
    static let value = LocalizedText(en: "Value", tr: "Değer")
    static let range = LocalizedText(en: "Range", tr: "Aralık")
    static let source = LocalizedText(en: "Source", tr: "Kaynak")
    static let notPriced = LocalizedText(en: "Counted but not priced (the economics section lacks a figure):", tr: "Sayıldı ama fiyatlanmadı (economics bölümünde rakam yok):")
}
