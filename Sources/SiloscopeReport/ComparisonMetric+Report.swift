import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel

extension ComparisonMetric {
    /// How a figure is written.
    enum ReportUnit {
        /// Minutes.
        case minutes
        /// A count (per case, per KPI, people).
        case count
        /// A 0–1 share, written as a percentage; its differences in percentage points.
        case share
    }

    /// How the figure is written.
    var reportUnit: ReportUnit {
        if isShare { return .share }
        switch self {
        case .resolutionMinutes, .resolutionP90, .staffMinutes: return .minutes
        default: return .count
        }
    }

    /// The figure's name in both languages.
    public var title: LocalizedText {
        switch self {
        case .resolutionMinutes: LocalizedText(en: "Resolution time per case", tr: "Vaka başına çözüm süresi")
        case .resolutionP90: LocalizedText(en: "Resolution time, 90th percentile", tr: "Çözüm süresi, 90. yüzdelik")
        case .staffMinutes: LocalizedText(en: "Staff time per case", tr: "Vaka başına çalışan süresi")
        case .handoffs: LocalizedText(en: "Handoffs per case", tr: "Vaka başına devir")
        case .bounces: LocalizedText(en: "Ping-pong bounces per case", tr: "Vaka başına geri sekme (ping-pong)")
        case .tellings: LocalizedText(en: "Times the customer told the story", tr: "Müşterinin derdini anlatma sayısı")
        case .escalations: LocalizedText(en: "Escalations per case", tr: "Vaka başına eskalasyon")
        case .reopens: LocalizedText(en: "Reopens (stale data) per case", tr: "Vaka başına yeniden açılma (eski veri)")
        case .firstContactResolution: LocalizedText(en: "First-contact resolution", tr: "İlk temasta çözüm")
        case .sfiCustomer: LocalizedText(en: "SFI, customer time", tr: "SSE, müşteri zamanı")
        case .sfiStaff: LocalizedText(en: "SFI, staff effort", tr: "SSE, çalışan emeği")
        case .sfiCombined: LocalizedText(en: "Silo Friction Index", tr: "Silo Sürtünme Endeksi")
        case .campaignIrrelevantRate: LocalizedText(en: "Irrelevant campaign contacts", tr: "İlgisiz kampanya temasları")
        case .campaignInconsistentRate: LocalizedText(en: "Offer invisible at the next channel", tr: "Sonraki kanalda görünmeyen teklif")
        case .reportingTruths: LocalizedText(en: "Truths per reported KPI", tr: "Raporlanan KPI başına gerçek sayısı")
        case .reportingStaff: LocalizedText(en: "Reporting staff", tr: "Raporlama çalışanı")
        }
    }

    /// A value written for people.
    func format(_ value: Double, _ numbers: NumberStyle) -> String {
        switch reportUnit {
        case .minutes: numbers.minutes(value)
        case .share: numbers.percent(value)
        case .count:
            value == value.rounded() && abs(value) >= 1
                ? numbers.decimal(value, digits: 0)
                : numbers.decimal(value, digits: max(2, NumberStyle.digits(for: value)))
        }
    }

    /// A difference written for people, with its sign: minutes, counts, or percentage
    /// points for shares (`−0.8 pp`, `−0,8 puan`). `precision` is the interval's half
    /// width, so that a small difference still shows its digits.
    func formatDelta(_ value: Double, precision: Double, _ numbers: NumberStyle) -> String {
        let scale = reportUnit == .share ? 100 * max(abs(value), precision) : max(abs(value), precision)
        let digits = scale == 0 ? 1 : scale < 0.1 ? 3 : scale < 1 ? 2 : scale < 1_000 ? 1 : 0
        switch reportUnit {
        case .minutes: return numbers.minutes(value, digits: digits, sign: true)
        case .share:
            return numbers.decimal(value * 100, digits: digits, sign: true) + (numbers.language == .tr ? " puan" : " pp")
        case .count:
            if value == value.rounded() && precision == 0 { return numbers.decimal(value, digits: 0, sign: true) }
            return numbers.decimal(value, digits: max(digits, 2), sign: true)
        }
    }
}
