import SiloscopeDiagnosis
import SiloscopeModel

/// The glossary's terms, in English and Turkish, in the order a reader meets them.
enum Glossary {
    struct Term {
        var term: LocalizedText
        var meaning: LocalizedText
    }

    static let terms: [Term] = [
        Term(term: LocalizedText(en: "Silo Friction Index (SFI)", tr: "Silo Sürtünme Endeksi (SSE)"),
             meaning: LocalizedText(
                en: "The share of customer time and staff effort that exists only because of organizational boundaries: what each case spent beyond its twin, divided by what it spent. Reported for customer time, staff effort and both together.",
                tr: "Müşteri zamanının ve çalışan emeğinin yalnızca organizasyon sınırları yüzünden var olan payı: her vakanın ikizinden fazla harcadığının, toplam harcadığına oranı. Müşteri zamanı, çalışan emeği ve ikisi birlikte için verilir.")),
        Term(term: LocalizedText(en: "Twin world", tr: "İkiz dünya"),
             meaning: LocalizedText(
                en: "The same customers, arriving at the same moments with the same random draws, each sent straight to the unit that owns the case, with full context and synced data. It is the yardstick for friction.",
                tr: "Aynı anlarda, aynı rastgele çekilişlerle gelen aynı müşteriler; her biri vakanın sahibi olan birime doğrudan, tam bağlamla ve güncel veriyle gönderilir. Sürtünmenin ölçütüdür.")),
        Term(term: LocalizedText(en: "Handoff", tr: "Devir"),
             meaning: LocalizedText(
                en: "A case passed from one unit to another (an internal-customer relation). A declared handoff is one the model lists; work can also travel along undeclared ones, with less accuracy and more lost context.",
                tr: "Bir vakanın bir birimden diğerine aktarılması (iç müşteri ilişkisi). Tanımlı devir modelde listelenendir; iş tanımsız yollardan da gidebilir, daha az isabetle ve daha çok bağlam kaybıyla.")),
        Term(term: LocalizedText(en: "Bounce (ping-pong)", tr: "Geri sekme (ping-pong)"),
             meaning: LocalizedText(
                en: "A unit that is not the owner sends the case back or on: \"not our job\".",
                tr: "Sahibi olmayan bir birim vakayı geri ya da başka yere gönderir: \"bu bizim işimiz değil\".")),
        Term(term: LocalizedText(en: "Telling", tr: "Anlatma"),
             meaning: LocalizedText(
                en: "Each time the customer has to tell the story, because the context did not travel with the case. Success in CRM shows when the customer need not tell a complaint six times.",
                tr: "Bağlam vakayla birlikte gitmediği için müşterinin derdini her yeniden anlatışı. CRM'in başarısı, müşterinin şikâyetini altı kez anlatmak zorunda kalmamasında görünür.")),
        Term(term: LocalizedText(en: "Escalation", tr: "Eskalasyon (üst yönetime taşıma)"),
             meaning: LocalizedText(
                en: "After several handoffs the case goes up to the lowest common manager of its current unit and its owner, who hands it straight to the owner.",
                tr: "Birkaç devirden sonra vaka, bulunduğu birimle sahibinin en yakın ortak yöneticisine çıkar; o da vakayı doğrudan sahibine verir.")),
        Term(term: LocalizedText(en: "Reopen", tr: "Yeniden açılma"),
             meaning: LocalizedText(
                en: "A case resolved with data read from a copy that was not in sync is resolved wrongly; the customer comes back.",
                tr: "Eşitlenmemiş bir kopyadan okunan veriyle çözülen vaka yanlış çözülür; müşteri geri gelir.")),
        Term(term: LocalizedText(en: "95% confidence interval", tr: "%95 güven aralığı"),
             meaning: LocalizedText(
                en: "The range that contains the true mean of the simulated organization with 95% confidence, from the spread between independent runs. Two figures whose difference's interval excludes zero differ for real.",
                tr: "Bağımsız çalıştırmalar arasındaki dağılımdan hesaplanan ve simüle edilen organizasyonun gerçek ortalamasını %95 güvenle içeren aralık. Farkının aralığı sıfırı içermeyen iki gösterge gerçekten farklıdır.")),
        Term(term: LocalizedText(en: "Common random numbers", tr: "Ortak rastgele sayılar"),
             meaning: LocalizedText(
                en: "Today, every scenario and every placement are simulated with the same seed, so run r of each sees the same customers. Differences are then paired run by run and much tighter than the figures themselves.",
                tr: "Bugün, her senaryo ve her yerleşim aynı tohumla simüle edilir; böylece her birinin r. çalıştırması aynı müşterileri görür. Farklar çalıştırma çalıştırma eşleştirilir ve göstergelerin kendisinden çok daha dar aralıklı olur.")),
        Term(term: LocalizedText(en: "Probability best", tr: "En iyi olma olasılığı"),
             meaning: LocalizedText(
                en: "The share of runs in which a placement of the CRM team had the best score.",
                tr: "CRM ekibinin bir yerleşiminin en yüksek puanı aldığı çalıştırmaların payı.")),
        Term(term: LocalizedText(en: "Single source of truth", tr: "Tek gerçek kaynağı"),
             meaning: LocalizedText(
                en: "The one system that is right for a customer data item; copies synced from it in real time agree with it, others drift (the address corrected in some systems but not all).",
                tr: "Bir müşteri verisi için doğru kabul edilen tek sistem; ondan anlık eşitlenen kopyalar onunla aynıdır, diğerleri kayar (bazı sistemlerde düzeltilip hepsinde düzeltilmeyen adres gibi).")),
        Term(term: LocalizedText(en: "Suppression", tr: "Eleme (suppression)"),
             meaning: LocalizedText(
                en: "Leaving out of a campaign the customers for whom it is pointless, which needs integrated, current data where the audience is selected.",
                tr: "Kampanyanın anlamsız olduğu müşterileri kampanyadan çıkarmak; bunun için hedef kitlenin seçildiği yerde bütünleşik ve güncel veri gerekir.")),
        Term(term: LocalizedText(en: "Maturity levels", tr: "Olgunluk seviyeleri"),
             meaning: LocalizedText(
                en: "Article 004's four levels per dimension: Beginner (spreadsheets, manual ad-hoc reports), Intermediate (simple databases, rule-based segments, general campaigns), Advanced (micro and real-time segments, personalised omnichannel campaigns, integrated complaint management, BI dashboards), Expert (real-time data, predictive models, every data source integrated). Overall maturity is that of the weakest dimension.",
                tr: "004 numaralı makalenin boyut başına dört seviyesi: Başlangıç (Excel tabloları, elle hazırlanan raporlar), Orta (basit veritabanları, kural tabanlı segmentler, genel kampanyalar), İleri (mikro ve gerçek zamanlı segmentler, kişiselleştirilmiş çok kanallı kampanyalar, bütünleşik şikâyet yönetimi, iş zekâsı panoları), Uzmanlık (gerçek zamanlı veri, tahmin modelleri, tüm veri kaynaklarının bütünleşmesi). Genel olgunluk en zayıf boyutun seviyesidir.")),
        Term(term: LocalizedText(en: "Placement determinants", tr: "Yerleşimi belirleyenler"),
             meaning: LocalizedText(
                en: "Article 000's five groups that decide where CRM should sit: what the company expects of CRM, its structure, its culture, its customer-centric infrastructure and its sense-making. Each is known (answered), inferred from the model, or unknown.",
                tr: "000 numaralı makalenin CRM'in yerini belirleyen beş grubu: şirketin CRM'den beklentisi, yapısı, kültürü, müşteri odaklı altyapısı ve anlamlandırma becerisi. Her biri biliniyor (yanıtlanmış), modelden çıkarılmış ya da bilinmiyor olabilir.")),
    ]
}
