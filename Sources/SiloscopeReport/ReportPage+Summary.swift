import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeSimulation

extension ReportPage {
    /// The cover: organization, date, model file, seed, runs, scenarios.
    func coverSection() -> Markup {
        let organization = report.model.organization
        let simulation = report.simulation
        let lifecycle = organization.lifecycle == .new ? ReportLabels.new : ReportLabels.established
        let scenarios = report.scenarios.isEmpty
            ? t(ReportLabels.none)
            : report.scenarios.map { "\($0.name) (\($0.applied.scenario.file))" }.joined(separator: "; ")
        var description: Markup = ""
        if let text = organization.description, !text.isEmpty { description = "<p class=\"lead\">\(text)</p>" }
        return """
            <header class="cover" id="cover">
            <div class="kicker">\(t(ReportLabels.kicker))</div>
            <h1>\(organization.name)</h1>
            <p class="lead">\(t(ReportLabels.question))</p>
            \(description)
            <dl>
            <dt>\(t(ReportLabels.date))</dt><dd>\(formattedDate(report.options.date))</dd>
            <dt>\(t(ReportLabels.sector))</dt><dd>\(organization.sector)</dd>
            <dt>\(t(ReportLabels.lifecycle))</dt><dd>\(t(lifecycle))</dd>
            <dt>\(t(ReportLabels.modelFile))</dt><dd><code>\(report.modelFile)</code></dd>
            <dt>\(t(ReportLabels.seed))</dt><dd>\(String(simulation.seed))</dd>
            <dt>\(t(ReportLabels.runs))</dt><dd>\(t(ReportLabels.runsAndCases(numbers.integer(simulation.runs), numbers.integer(simulation.casesPerRun))))</dd>
            <dt>\(t(ReportLabels.scenarioFiles))</dt><dd>\(scenarios)</dd>
            </dl>
            </header>
            """
    }

    /// The executive summary: the friction index, the recommendation, the worst edges,
    /// campaigns, maturity and the scenarios at a glance.
    func summarySection() -> Markup {
        let sfi = report.simulation.siloFrictionIndex
        var cards: [Markup] = []
        cards.append("""
            <div class="card"><h3>\(t(SummaryLabels.sfi))</h3>
            <div class="big">\(numbers.percent(sfi.combined.mean))</div>
            <p>\(t(SummaryLabels.sfiMeaning))</p>
            <p class="note">\(t(ReportLabels.interval95)): \(numbers.percent(sfi.combined.low)) – \(numbers.percent(sfi.combined.high)) · \(t(SummaryLabels.customerTime)) \(numbers.percent(sfi.customer.mean)) · \(t(SummaryLabels.staffEffort)) \(numbers.percent(sfi.staff.mean))</p></div>
            """)
        if let recommendation = report.recommendation {
            cards.append("""
                <div class="card"><h3>\(t(ReportLabels.recommendation))</h3>
                <p>\(statusBadge(recommendation.status))</p>
                <p>\(recommendation.headline[language])</p></div>
                """)
        } else if let problem = report.recommendationProblem {
            cards.append("<div class=\"card\"><h3>\(t(ReportLabels.recommendation))</h3><p>\(t(RecommendationLabels.noRecommendation))</p><p class=\"note\">\(problem)</p></div>")
        }
        let edges = report.simulation.edges.prefix(3).map { edge in
            "\(unitName(edge.from)) → \(unitName(edge.to)): +\(numbers.minutes(perCase(edge.addedMinutes.mean)))/\(t(SummaryLabels.caseWord))"
        }
        cards.append("""
            <div class="card"><h3>\(t(SummaryLabels.topEdges))</h3>\(list(edges))</div>
            """)
        if let worst = report.simulation.campaigns.max(by: { $0.irrelevantRate < $1.irrelevantRate }) {
            let total = report.simulation.campaigns.reduce(0) { $0 + $1.irrelevantContacts }
            cards.append("""
                <div class="card"><h3>\(t(SummaryLabels.campaigns))</h3>
                <div class="big">\(numbers.integer(total))</div>
                <p>\(t(SummaryLabels.irrelevantContacts(numbers.integer(report.simulation.campaigns.count))))</p>
                <p class="note">\(t(SummaryLabels.worstCampaign)): \(worst.name) — \(numbers.percent(worst.irrelevantRate))</p></div>
                """)
        }
        let overall = report.assessment.maturity.overall
        cards.append("""
            <div class="card"><h3>\(t(AssessmentLabelsReport.maturity))</h3>
            <div class="big">\(overall.levelName.map { $0[language] } ?? t(AssessmentLabelsReport.unknown))</div>
            <p>\(overall.reason[language])</p></div>
            """)
        var glance: Markup = ""
        if !report.scenarios.isEmpty {
            let rows = report.scenarios.map { outcome -> [Markup] in
                ["\(outcome.name)" as Markup, deltaCell(outcome.metric(.resolutionMinutes)), deltaCell(outcome.metric(.sfiCombined))]
            }
            glance = """
                <h3>\(t(SummaryLabels.scenariosAtAGlance))</h3>
                \(table([t(ReportLabels.scenarioFiles), t(ComparisonMetric.resolutionMinutes.title), t(ComparisonMetric.sfiCombined.title)], rows, numeric: [1, 2]))
                <p class="note">\(t(ReportLabels.significanceNote))</p>
                """
        }
        return section("summary", ReportLabels.summary, "<div class=\"cards\">\(cards)</div>\n\(glance)")
    }

    /// A difference with its interval and significance mark, coloured by direction.
    func deltaCell(_ comparison: MetricComparison?) -> Markup {
        guard let comparison, let delta = comparison.delta else { return "—" }
        let metric = comparison.metric
        var text = metric.formatDelta(delta.mean, precision: delta.halfWidth, numbers)
        if let low = delta.low, let high = delta.high {
            text += " [\(metric.formatDelta(low, precision: delta.halfWidth, numbers)) – \(metric.formatDelta(high, precision: delta.halfWidth, numbers))]"
        }
        switch comparison.direction {
        case .better?: return "<span class=\"better\">● \(text)</span>"
        case .worse?: return "<span class=\"worse\">● \(text)</span>"
        default: return "<span class=\"flat\">○ \(text)</span>"
        }
    }

    /// The recommendation's status as a badge.
    func statusBadge(_ status: RecommendationStatus) -> Markup {
        let (className, text): (String, LocalizedText) = switch status {
        case .recommended: ("status-recommended", RecommendationLabels.recommended)
        case .provisional: ("status-provisional", RecommendationLabels.provisional)
        case .tooCloseToCall: ("status-close", RecommendationLabels.tooClose)
        case .cannotRecommendYet: ("status-none", RecommendationLabels.cannotYet)
        }
        return "<span class=\"badge \(className)\">\(t(text))</span>"
    }

    /// A date as `23 November 2025` / `23 Kasım 2025`, in the machine's time zone.
    func formattedDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let months = language == .tr
            ? ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let month = months[min(max((parts.month ?? 1) - 1, 0), 11)]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970)"
    }
}

/// The summary's words.
enum SummaryLabels {
    static let sfi = LocalizedText(en: "Silo Friction Index", tr: "Silo Sürtünme Endeksi")
    static let sfiMeaning = LocalizedText(
        en: "of customer time and staff effort exists only because of organizational boundaries.",
        tr: "müşteri zamanının ve çalışan emeğinin yalnızca organizasyon sınırları yüzünden harcanıyor.")
    static let customerTime = LocalizedText(en: "customer time", tr: "müşteri zamanı")
    static let staffEffort = LocalizedText(en: "staff effort", tr: "çalışan emeği")
    static let topEdges = LocalizedText(en: "Where friction accumulates (top 3 handoffs)", tr: "Sürtünmenin biriktiği yerler (ilk 3 devir)")
    static let caseWord = LocalizedText(en: "case", tr: "vaka")
    static let campaigns = LocalizedText(en: "Irrelevant campaign contacts", tr: "İlgisiz kampanya temasları")
    static func irrelevantContacts(_ count: String) -> LocalizedText {
        LocalizedText(en: "contacts across \(count) campaigns that suppression with integrated data would have stopped.",
                      tr: "temas, \(count) kampanyada, bütünleşik veriyle yapılan bir eleme ile engellenebilirdi.")
    }
    static let worstCampaign = LocalizedText(en: "Least relevant", tr: "En ilgisiz")
    static let scenariosAtAGlance = LocalizedText(en: "Scenarios at a glance (difference from today)", tr: "Senaryolara kısa bakış (bugüne göre fark)")
}
