import SiloscopeModel

/// The fixed words of the assessment's renderers, in both languages. (The questions,
/// levels and advice come from the question set.)
enum AssessmentLabels {
    static let title = LocalizedText(en: "CRM assessment", tr: "CRM değerlendirmesi")
    static let model = LocalizedText(en: "Model", tr: "Model")
    static let questionSet = LocalizedText(en: "question set", tr: "soru seti")
    static let article = LocalizedText(en: "article", tr: "makale")
    static let maturity = LocalizedText(en: "CRM maturity", tr: "CRM olgunluk seviyesi")
    static let overall = LocalizedText(en: "Overall", tr: "Genel")
    static let dimension = LocalizedText(en: "Dimension", tr: "Boyut")
    static let level = LocalizedText(en: "Level", tr: "Seviye")
    static let status = LocalizedText(en: "Status", tr: "Durum")
    static let modelShows = LocalizedText(en: "Model shows", tr: "Modelin gösterdiği")
    static let evidence = LocalizedText(en: "Evidence", tr: "Kanıt")
    static let next = LocalizedText(en: "Next", tr: "Sonraki")
    static let stayAtTop = LocalizedText(en: "At the top level", tr: "En üst seviyede")

    /// "Steps to Advanced" / "İleri seviyesine geçiş adımları".
    static func steps(to level: LocalizedText) -> LocalizedText {
        LocalizedText(en: "Steps to \(level.en)", tr: "\(level.tr) seviyesine geçiş adımları")
    }
    static let readiness = LocalizedText(en: "Readiness scorecard", tr: "CRM karnesi (Score Card)")
    static let item = LocalizedText(en: "Item", tr: "Madde")
    static let score = LocalizedText(en: "Score", tr: "Puan")
    static let items = LocalizedText(en: "items scored", tr: "madde puanlandı")
    static let noScore = LocalizedText(en: "no score", tr: "puan yok")
    static let groups = LocalizedText(en: "groups scored", tr: "grup puanlandı")
    static let lifecycle = LocalizedText(en: "Lifecycle focus", tr: "Yaşam döngüsü odağı (Snap Shot)")
    static let focus = LocalizedText(en: "Focus", tr: "Odak")
    static let determinants = LocalizedText(en: "Placement determinants", tr: "CRM ekibinin yerini belirleyenler")
    static let external = LocalizedText(en: "External parameters", tr: "Dışsal parametreler")
    static let unknowns = LocalizedText(en: "Unknown: neither answered nor shown by the model",
                                        tr: "Bilinmeyenler: ne yanıtlanmış ne de modelde görünüyor")
    static let unknownsHint = LocalizedText(en: "Answer these in the model's 'assessment' section to complete the picture.",
                                            tr: "Tabloyu tamamlamak için bunları modelin 'assessment' bölümünde yanıtlayın.")
    static let nothingUnknown = LocalizedText(en: "Nothing: every item is answered or shown by the model.",
                                              tr: "Yok: her madde yanıtlanmış ya da modelde görünüyor.")
    static let findings = LocalizedText(en: "Findings", tr: "Bulgular")
    static let noFindings = LocalizedText(en: "None.", tr: "Yok.")
    static let none = LocalizedText(en: "—", tr: "—")
    static let higherIsWorse = LocalizedText(en: "(4 = worst)", tr: "(4 = en kötü)")
    static let note = LocalizedText(en: "note", tr: "not")

    static func status(_ status: KnowledgeStatus) -> LocalizedText { status.label }

    static func status(_ status: GroupStatus) -> LocalizedText { status.label }

    static func basis(_ basis: LifecycleFocus.Basis) -> LocalizedText {
        switch basis {
        case .answer: LocalizedText(en: "answered", tr: "yanıttan")
        case .organizationLifecycle: LocalizedText(en: "from organization.lifecycle", tr: "organization.lifecycle bilgisinden")
        }
    }

    /// ✓ holds, ✗ does not, ? cannot be told, • an answer or a note.
    static func mark(_ evidence: AssessmentEvidence) -> String {
        guard evidence.kind == .fact else { return "•" }
        switch evidence.holds {
        case true?: return "✓"
        case false?: return "✗"
        case nil: return "?"
        }
    }

    /// "2.5" / "2,5"; whole numbers without decimals.
    static func number(_ value: Double, decimals: Int = 1) -> LocalizedText {
        if value.rounded() == value { return LocalizedText(FactCondition.format(value)) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int(saturating: (value * scale).rounded())
        let whole = scaled / Int(scale), fraction = abs(scaled % Int(scale))
        var digits = String(fraction)
        while digits.count < decimals { digits = "0" + digits }
        return LocalizedText(en: "\(whole).\(digits)", tr: "\(whole),\(digits)")
    }
}
