import SiloscopeModel

/// How well a placement fits what the company is, from its assessment: the articles'
/// arguments turned into rules, each citing its source and the answers it reads.
///
/// The articles disagree — 001 wants Marketing or Sales to steer CRM, 002 wants IT to
/// prepare and run it — and Siloscope does not take a side: each rule applies only when
/// the company's own answers make its premise true, and an unknown premise is reported,
/// not guessed.
public struct FitReason: Sendable, Codable, Equatable {
    /// The rule's id.
    public var rule: String
    /// The source article (000–004).
    public var article: String
    /// Contribution to the fit, −1…1 before normalisation.
    public var contribution: Double
    /// Why, in plain words.
    public var text: LocalizedText
}

/// The inputs the fit rules read, taken from an assessment (or set directly in tests and
/// in the sensitivity analysis).
public struct FitInputs: Sendable, Equatable {
    /// 0–4 scores by answer id (`structure.silo_level`, `readiness.it.*`, …).
    public var scores: [String: Double]
    /// Maturity levels 1–4 by dimension id.
    public var maturity: [String: Int]
    /// Lifecycle stages in focus (`acquisition_selection`, `retention`, `deepening`).
    public var lifecycle: [String]
    /// Whether the CRM team brokers complaints.
    public var crmHandlesComplaints: Bool

    /// Reads the inputs from an assessment report.
    public init(_ report: AssessmentReport, model: OrgModel) {
        var scores: [String: Double] = [:]
        for group in report.readiness.groups + report.determinants {
            for item in group.items { if let score = item.score { scores[item.answerID] = score } }
        }
        self.scores = scores
        var maturity: [String: Int] = [:]
        for dimension in report.maturity.dimensions { if let level = dimension.level { maturity[dimension.id] = level } }
        self.maturity = maturity
        lifecycle = report.lifecycleFocus.stages.map(\.id)
        crmHandlesComplaints = model.crm?.has(.complaintManagement) ?? false
    }

    /// Inputs given directly.
    public init(scores: [String: Double] = [:], maturity: [String: Int] = [:], lifecycle: [String] = [], crmHandlesComplaints: Bool = false) {
        self.scores = scores
        self.maturity = maturity
        self.lifecycle = lifecycle
        self.crmHandlesComplaints = crmHandlesComplaints
    }

    /// The mean of the given scores that are known, or nil.
    func mean(_ ids: [String]) -> Double? {
        let known = ids.compactMap { scores[$0] }
        return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }
}

/// The fit rules.
public enum PlacementFit {
    /// Answer ids the rules read; an unknown one is a gap in the evidence.
    public static let inputs = [
        "structure.silo_level", "structure.internal_customer_culture", "culture.technology",
        "culture.information_management", "expectations.mass_campaigns", "expectations.lifecycle_segmentation",
        "expectations.cost_reduction", "readiness.it.service_automation", "readiness.it.customer_data",
        "readiness.it.automation_infrastructure", "sensemaking.customer_insight",
    ]

    static let itReadiness = ["readiness.it.service_automation", "readiness.it.customer_data", "readiness.it.automation_infrastructure"]
    static let marketingLike: Set<String> = ["marketing", "sales", "crm"]
    static let serviceLike: Set<String> = ["customer_service", "contact_center"]

    /// The fit of a placement under `function`, in −1…1, with its reasons.
    public static func evaluate(function: String, inputs: FitInputs) -> (score: Double, reasons: [FitReason]) {
        var reasons: [FitReason] = []
        func add(_ rule: String, _ article: String, _ value: Double, en: String, tr: String) {
            reasons.append(FitReason(rule: rule, article: article, contribution: value, text: LocalizedText(en: en, tr: tr)))
        }
        let isMarketing = marketingLike.contains(function)
        let isIT = function == "it" || function == "data_bi"
        let isTop = function == "chief_executive"
        let analytics = inputs.maturity["analytics_segmentation"]
        let dataIntegration = inputs.maturity["data_integration"]

        // 001: CRM is not a technology project; Marketing or Sales must steer it.
        if isMarketing {
            add("business_steers", "001", 0.5, en: "Marketing or Sales people steer CRM, as article 001 requires (\"CRM is not a technology project\").",
                tr: "CRM'in direksiyonunda Pazarlama veya Satış kökenli yöneticiler var (makale 001: \"CRM teknoloji projesi değildir\").")
        }
        if isIT, analytics != nil || dataIntegration != nil {
            let level = min(analytics ?? 4, dataIntegration ?? 4)
            let penalty = level <= 2 ? -0.5 : -0.2
            add("technology_project_risk", "001", penalty,
                en: "At \(level <= 2 ? "beginner or intermediate" : "advanced") data maturity (level \(level)) an IT-led CRM tends to become a technology project (article 001).",
                tr: "Veri olgunluğu \(level <= 2 ? "başlangıç/orta" : "ileri") düzeydeyken (seviye \(level)) BT'ye bağlı CRM bir teknoloji projesine dönüşme eğilimindedir (makale 001).")
        }
        // 002: IT prepares and runs CRM — when its competences are there.
        if isIT, let it = inputs.mean(itReadiness) {
            let value = 0.6 * (it / 4) - 0.1
            add("it_competence", "002", value,
                en: String(format: "IT readiness scores %.1f of 4; article 002 argues IT should prepare and run CRM when it has the know-how.", it),
                tr: String(format: "BT hazırlık puanı 4 üzerinden %.1f; makale 002, bilgi birikimi varsa CRM'i BT'nin hazırlayıp işletmesini savunur.", locale: .turkish, it))
        }
        // 000/001: the more siloed the company, the more reach the team needs.
        if let silo = inputs.scores["structure.silo_level"] {
            let value = isTop ? 0.5 * silo / 4 : (silo >= 3 ? -0.15 : 0)
            if value != 0 {
                add("reach_against_silos", "000", value,
                    en: isTop ? String(format: "Silo level %.0f of 4: under the chief executive the team reaches every unit (articles 000, 001).", silo)
                        : String(format: "Silo level %.0f of 4: under one division the team's reach stops at the division's wall (article 000).", silo),
                    tr: isTop ? String(format: "Silolaşma düzeyi 4 üzerinden %.0f: Genel Müdüre bağlı ekip her birime erişir (makale 000, 001).", silo)
                        : String(format: "Silolaşma düzeyi 4 üzerinden %.0f: tek bir bölüme bağlı ekibin erişimi bölüm duvarında biter (makale 000).", silo))
            }
        }
        if let culture = inputs.scores["structure.internal_customer_culture"], culture >= 3, isIT {
            add("internal_customer", "001", -0.2,
                en: "A strong internal-customer culture: IT would treat Marketing as an internal customer, which raises silo walls (article 001).",
                tr: "İç müşteri kültürü güçlü: BT, Pazarlamayı iç müşteri olarak görür ve silo duvarları yükselir (makale 001).")
        }
        // 000: what the company expects of CRM.
        if let campaigns = inputs.scores["expectations.mass_campaigns"], campaigns >= 3, isMarketing {
            add("expects_campaigns", "000", 0.2, en: "The company expects mass campaigns from CRM: a marketing home fits (article 000).",
                tr: "Şirket CRM'den kitlesel kampanya bekliyor: Pazarlama uygun bir yer (makale 000).")
        }
        if let segmentation = inputs.scores["expectations.lifecycle_segmentation"], segmentation >= 3, isMarketing || function == "data_bi" {
            add("expects_segmentation", "000", 0.2, en: "The company expects behavioural, life-stage segmentation: analytics must sit with the people who make offers (article 000).",
                tr: "Şirket davranışsal ve yaşam evresine göre segmentasyon bekliyor: analitik, teklifi yapanların yanında olmalı (makale 000).")
        }
        if let cost = inputs.scores["expectations.cost_reduction"], cost >= 3, isIT || function == "operations" || function == "finance" {
            add("expects_cost", "000", 0.2, en: "The company expects CRM to cut costs: an operations or technology home fits that aim (article 000).",
                tr: "Şirket CRM'den maliyet düşürmesini bekliyor: operasyon veya teknoloji yanında olması bu amaca uyar (makale 000).")
        }
        // Complaint brokering needs a service home or reach.
        if inputs.crmHandlesComplaints, serviceLike.contains(function) {
            add("complaints_home", "001", 0.2, en: "The team brokers complaints; a customer-service home keeps it close to the customer's story (article 001).",
                tr: "Ekip şikayetleri yönlendiriyor; müşteri hizmetleri yanında müşterinin hikayesine yakın kalır (makale 001).")
        }
        // 002: lifecycle focus.
        if inputs.lifecycle.contains("acquisition_selection"), function == "sales" || function == "marketing" {
            add("lifecycle_acquisition", "002", 0.15, en: "The focus is acquiring customers, which Sales and Marketing drive (article 002).",
                tr: "Odak müşteri edinme; bunu Satış ve Pazarlama yürütür (makale 002).")
        }
        if !inputs.lifecycle.isEmpty, !inputs.lifecycle.contains("acquisition_selection"), isMarketing || serviceLike.contains(function) {
            add("lifecycle_retention", "002", 0.15, en: "The focus is retaining and deepening customers, close to Marketing and service (article 002).",
                tr: "Odak müşteriyi koruma ve derinleştirme; Pazarlama ve hizmete yakın (makale 002).")
        }
        // 000: sense-making — a siloed data team turns reactive.
        if let insight = inputs.scores["sensemaking.customer_insight"], insight <= 1, isIT {
            add("reactive_data_team", "000", -0.15, en: "Weak customer insight: a CRM team inside IT risks becoming reactive, answering statistics requests (article 000).",
                tr: "Müşteri içgörüsü zayıf: BT içindeki CRM ekibi istatistik taleplerine yanıt veren reaktif bir ekibe dönüşebilir (makale 000).")
        }
        let total = reasons.reduce(0) { $0 + $1.contribution }
        return (max(-1, min(1, total)), reasons)
    }
}
