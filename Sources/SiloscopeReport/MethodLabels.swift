import SiloscopeDiagnosis
import SiloscopeModel

/// The method section's words, and the simulation parameters' meanings in Turkish.
enum MethodLabels {
    static let structuralMode = LocalizedText(en: "structural routing (routing emerges from the org chart)",
                                              tr: "yapısal yönlendirme (yönlendirme organizasyon şemasından doğar)")
    static let explicitMode = LocalizedText(en: "explicit routing (routing probabilities given in the model)",
                                            tr: "açık yönlendirme (yönlendirme olasılıkları modelde verilmiş)")
    static let assumptions = LocalizedText(
        en: "Every assumption of the simulation is a parameter with a documented default; the model file may override any of them. Campaign and reporting figures are computed exactly from where the data sits. The assessment reads the company's answers and the model; the recommendation combines the simulated outcome of every placement with the fit to the assessment.",
        tr: "Simülasyonun her varsayımı, varsayılan değeri belgelenmiş bir parametredir; model dosyası bunların herhangi birini değiştirebilir. Kampanya ve raporlama göstergeleri verinin nerede durduğundan kesin olarak hesaplanır. Değerlendirme şirketin yanıtlarını ve modeli okur; öneri, her yerleşimin simülasyon sonucunu değerlendirmeyle uyumuyla birleştirir.")
    static let parameters = LocalizedText(en: "Parameters", tr: "Parametreler")
    static let parameter = LocalizedText(en: "Parameter", tr: "Parametre")
    static let value = LocalizedText(en: "Value", tr: "Değer")
    static let defaultValue = LocalizedText(en: "Default", tr: "Varsayılan")
    static let meaning = LocalizedText(en: "Meaning", tr: "Anlamı")
    static let starNote = LocalizedText(en: "★ set by the model file instead of the default.",
                                        tr: "★ varsayılan yerine model dosyasında belirlenmiş.")
    static let warnings = LocalizedText(en: "Warnings from the simulation", tr: "Simülasyon uyarıları")
    static let reproduce = LocalizedText(en: "To reproduce this report", tr: "Bu raporu yeniden üretmek için")
    static let documents = LocalizedText(
        en: "The same seed gives the same figures on any machine. The model format, the simulation's mechanisms and the scenario format are described in docs/model.md, docs/simulation.md and docs/scenarios.md.",
        tr: "Aynı tohum her makinede aynı rakamları verir. Model biçimi, simülasyonun mekanizmaları ve senaryo biçimi docs/model.md, docs/simulation.md ve docs/scenarios.md dosyalarında anlatılır.")

    static func run(_ mode: String, _ runs: String, _ cases: String, _ warmup: String, _ seed: String) -> LocalizedText {
        LocalizedText(
            en: "Discrete-event simulation, \(mode): \(runs) independent runs of \(cases) measured cases each, after \(warmup) warm-up cases, seed \(seed). Intervals are 95% confidence intervals over the runs.",
            tr: "Kesikli olay simülasyonu, \(mode): her biri \(warmup) ısınma vakasından sonra \(cases) ölçülen vakadan oluşan \(runs) bağımsız çalıştırma, tohum \(seed). Aralıklar, çalıştırmalar üzerinden %95 güven aralıklarıdır.")
    }

    /// A parameter's meaning: the simulation module's English text, and a Turkish
    /// translation for the parameters known when this was written (English otherwise).
    static func parameterMeaning(_ name: String, english: String) -> LocalizedText {
        LocalizedText(en: english, tr: turkish[name] ?? english)
    }

    private static let turkish: [String: String] = [
        "declared_routing_accuracy": "Çözemediği bir vakayı, sahibine o vaka türünü taşıyan tanımlı bir devir varken bir birimin doğrudan sahibine gönderme olasılığı.",
        "undeclared_routing_accuracy": "Tanımlı devir yokken, sahibi organizasyon şemasında 2 adım uzaktayken (kardeş birim) sahibini bulma olasılığı.",
        "accuracy_decay_per_level": "Organizasyonel uzaklığın her ek adımı, tanımsız isabeti bu katsayıyla çarpar.",
        "bounce_back_probability": "Yanlış alıcı vakayı gönderene geri yollar (\"bizim işimiz değil\"); yoksa kendisi başka yere aktarır.",
        "declared_context_kept": "Kendi context_kept değeri olmayan tanımlı bir devirde vaka bağlamının korunma olasılığı.",
        "undeclared_context_kept": "Tanımlı bir ilişki olmayan devirde bağlamın korunma olasılığı.",
        "record_context_recovery": "Alan birimin ekranı vakanın verisini içeren güncel müşteri kaydını gösterdiğinde kaybolan bağlamın geri kazanılan payı.",
        "retelling_minutes": "Müşteri derdini yeniden anlatmak zorunda kaldığında alıcının (ve müşterinin) harcadığı ek dakika.",
        "triage_fraction": "Bir birimin sahibi olmadığı bir vakaya, devretmeden önce olağan işlem süresinden harcadığı pay.",
        "declared_transfer_minutes": "transfer_minutes belirtmeyen tanımlı bir ilişki üzerinden devrin ortalama dakikası.",
        "undeclared_transfer_minutes": "Tanımlı bir ilişki olmadan devrin ortalama dakikası.",
        "transfer_minutes_per_level": "Devrin aştığı her organizasyonel uzaklık adımı için ortalama dakikaya eklenen süre.",
        "escalation_hops": "Vakanın, bulunduğu birim ile sahibinin en yakın ortak yöneticisine çıktığı devir sayısı (0 eskalasyonu kapatır).",
        "stale_risk_daily": "Günlük eşitlenen bir kopyadan yapılan çözümün yanlış olma, yani müşterinin geri gelme olasılığı.",
        "stale_risk_weekly": "Aynısı, haftalık eşitlenen bir kopya için.",
        "stale_risk_manual": "Aynısı, elle eşitlenen bir kopya için.",
        "stale_risk_none": "Aynısı, hiç eşitlenmeyen bir kopya için.",
        "reopen_delay_minutes": "Vakası yanlış çözülen müşterinin geri gelmesine kadar geçen ortalama dakika (bir iş günü).",
        "max_reopens": "Bir vaka en fazla bu kadar yeniden açılır; sonra çözüm kalıcı olur.",
        "priority_enabled": "1: müşteri odaklı KPI'ı olmayan bir birim diğer bölümlerden gelen vakalara kendi işlerinden sonra bakar; 0: herkes sırayla (FIFO) çalışır.",
        "crm_routing_accuracy": "Bir şikâyete aracılık eden CRM ekibinin onu doğru sahibine gönderme olasılığı (müşterinin tamamını görür).",
        "crm_out_of_reach_priority": "1: CRM ekibinin yöneticisinin etki alanı dışındaki sahipler ekibin taleplerine kendi işlerinden sonra bakar; 0: yetki etkisi yok.",
    ]
}
