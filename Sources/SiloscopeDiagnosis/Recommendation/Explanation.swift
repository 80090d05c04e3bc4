import Foundation
import SiloscopeModel
import SiloscopeSimulation

/// Plain-language reasons for a recommendation, in English and Turkish: which
/// mechanisms, edges and units move, and which assessment facts weigh.
enum Explanation {
    static func headline(status: RecommendationStatus, winner: PlacementCandidate, runnerUp: PlacementCandidate,
                         today: PlacementCandidate, improvement: Interval) -> LocalizedText {
        let percent = String(format: "%.1f", improvement.mean * 100)
        let turkishPercent = String(format: "%.1f", locale: .turkish, improvement.mean * 100)
        switch status {
        case .recommended, .provisional:
            let provisional = status == .provisional
            let prefix = provisional ? LocalizedText(en: "Provisionally: ", tr: "Şimdilik: ") : LocalizedText("")
            if winner.isToday {
                return prefix + LocalizedText(
                    en: "\(provisional ? "k" : "K")eep the CRM team under \(winner.name); no other placement does better on the simulated outcome and the fit together.",
                    tr: "CRM ekibi \(winner.name) altında kalsın; simülasyon sonucu ve uyum birlikte değerlendirildiğinde daha iyi bir yer yok.")
            }
            return prefix + LocalizedText(
                en: "\(provisional ? "p" : "P")lace the CRM team under \(winner.name) — \(percent)% less customer and staff time per case than today under \(today.name), and the best score with the assessment's fit.",
                tr: "CRM ekibini \(winner.name) altına bağlayın — bugünkü \(today.name) bağlılığına göre vaka başına %\(turkishPercent) daha az müşteri ve çalışan zamanı, uyumla birlikte en yüksek puan.")
        case .tooCloseToCall:
            return LocalizedText(
                en: "\(winner.name) and \(runnerUp.name) cannot be told apart with these data: their difference lies within the noise of the simulation. Decide between them on what the simulation cannot see.",
                tr: "\(winner.name) ile \(runnerUp.name) bu verilerle ayırt edilemiyor: aradaki fark simülasyonun gürültüsü içinde. Aralarında simülasyonun göremediği konulara göre karar verin.")
        case .cannotRecommendYet:
            return LocalizedText(
                en: "Siloscope cannot recommend a placement yet: most placement determinants are unknown and the simulated placements do not separate. Answer the assessment questions listed below first.",
                tr: "Siloscope henüz bir yer öneremiyor: konumlandırmayı belirleyen etkenlerin çoğu bilinmiyor ve simüle edilen seçenekler birbirinden ayrışmıyor. Önce aşağıdaki değerlendirme sorularını yanıtlayın.")
        }
    }

    static func build(reports: [SimulationReport], candidates: [PlacementCandidate], ranked: [CandidateResult],
                      today: Int, winner: Int, runnerUp: Int, separable: Bool, model: OrgModel) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        let name = { (id: String) in model.units.first { $0.id == id }?.name ?? id }
        let compare = winner == today ? runnerUp : winner
        let (a, b) = (reports[today], reports[compare])
        let target = candidates[compare]
        func change(_ before: Double, _ after: Double) -> String {
            guard before != 0 else { return String(format: "%+.2f", after - before) }
            return String(format: "%+.0f%%", (after - before) / before * 100)
        }
        /// The same change in Turkish style: decimal comma, the percent sign first.
        func turkishChange(_ before: Double, _ after: Double) -> String {
            guard before != 0 else { return String(format: "%+.2f", locale: .turkish, after - before) }
            let value = (after - before) / before * 100
            return (value < 0 ? "−%" : "+%") + String(format: "%.0f", locale: .turkish, abs(value))
        }
        let movedVerb = LocalizedText(en: "Moving the CRM team under \(target.name)", tr: "CRM ekibini \(target.name) altına taşımak")
        lines.append(movedVerb + LocalizedText(
            en: String(format: " changes a case's resolution time from %.1f to %.1f minutes (%@), staff time from %.1f to %.1f minutes, bounces from %.3f to %.3f (%@), tellings from %.2f to %.2f and escalations from %.3f to %.3f.",
                       a.cases.resolutionMinutes.mean, b.cases.resolutionMinutes.mean, change(a.cases.resolutionMinutes.mean, b.cases.resolutionMinutes.mean),
                       a.cases.staffMinutes.mean, b.cases.staffMinutes.mean, a.cases.bounces.mean, b.cases.bounces.mean,
                       change(a.cases.bounces.mean, b.cases.bounces.mean), a.cases.tellings.mean, b.cases.tellings.mean,
                       a.cases.escalations.mean, b.cases.escalations.mean),
            tr: String(format: " vaka çözüm süresini %.1f dakikadan %.1f dakikaya (%@), çalışan süresini %.1f dakikadan %.1f dakikaya, geri sekmeleri %.3f'ten %.3f'e (%@), anlatma sayısını %.2f'den %.2f'ye ve eskalasyonları %.3f'ten %.3f'e değiştiriyor.", locale: .turkish,
                       a.cases.resolutionMinutes.mean, b.cases.resolutionMinutes.mean, turkishChange(a.cases.resolutionMinutes.mean, b.cases.resolutionMinutes.mean),
                       a.cases.staffMinutes.mean, b.cases.staffMinutes.mean, a.cases.bounces.mean, b.cases.bounces.mean,
                       turkishChange(a.cases.bounces.mean, b.cases.bounces.mean), a.cases.tellings.mean, b.cases.tellings.mean,
                       a.cases.escalations.mean, b.cases.escalations.mean)))

        // The edges whose friction moves most.
        var before: [String: EdgeFigures] = [:]
        for edge in a.edges { before["\(edge.from)\u{1F}\(edge.to)"] = edge }
        var deltas: [(EdgeFigures, Double, Double)] = []
        for edge in b.edges {
            let old = before["\(edge.from)\u{1F}\(edge.to)"]?.addedMinutes.mean ?? 0
            deltas.append((edge, old, edge.addedMinutes.mean))
        }
        for edge in a.edges where !b.edges.contains(where: { $0.from == edge.from && $0.to == edge.to }) {
            deltas.append((edge, edge.addedMinutes.mean, 0))
        }
        for (edge, old, new) in deltas.sorted(by: { abs($0.2 - $0.1) > abs($1.2 - $1.1) }).prefix(3) where abs(new - old) > 1 {
            lines.append(LocalizedText(
                en: String(format: "On %@ → %@ the minutes added per run go from %.0f to %.0f (%@).", name(edge.from), name(edge.to), old, new, change(old, new)),
                tr: String(format: "%@ → %@ hattında çalıştırma başına eklenen dakika %.0f'dan %.0f'a iniyor/çıkıyor (%@).", locale: .turkish, name(edge.from), name(edge.to), old, new, turkishChange(old, new))))
        }
        // The units whose waits move most.
        var waits: [(String, Double, Double)] = []
        for unit in b.units {
            if let old = a.units.first(where: { $0.id == unit.id }) {
                waits.append((unit.id, old.meanWaitMinutes.mean, unit.meanWaitMinutes.mean))
            }
        }
        if let (id, old, new) = waits.max(by: { abs($0.2 - $0.1) < abs($1.2 - $1.1) }), abs(new - old) > 0.5 {
            lines.append(LocalizedText(
                en: String(format: "The largest change in waiting is at %@: %.1f → %.1f minutes per visit, because the CRM team's requests %@ there.", name(id), old, new, new < old ? "now join the queue first" : "now wait behind local work"),
                tr: String(format: "Bekleme süresindeki en büyük değişim %@ biriminde: ziyaret başına %.1f → %.1f dakika; çünkü CRM ekibinin talepleri orada %@.", locale: .turkish, name(id), old, new, new < old ? "artık önce ele alınıyor" : "artık yerel işlerin arkasında bekliyor")))
        }
        if !separable {
            lines.append(LocalizedText(
                en: "The top two placements' scores differ by less than their 95% interval: more replications would not change the fact that the simulated organization barely distinguishes them.",
                tr: "İlk iki seçeneğin puan farkı %95 güven aralığının içinde: simüle edilen organizasyon bu ikisini neredeyse hiç ayırt etmiyor."))
        }
        // The assessment facts behind the fit.
        if let best = ranked.first {
            for reason in best.fitReasons.sorted(by: { abs($0.contribution) > abs($1.contribution) }).prefix(2) {
                lines.append(reason.text)
            }
        }
        if let current = ranked.first(where: { $0.candidate.isToday }), current.rank != 1,
           let worst = current.fitReasons.min(by: { $0.contribution < $1.contribution }), worst.contribution < 0 {
            lines.append(LocalizedText(en: "Today's placement: ", tr: "Bugünkü yer: ") + worst.text)
        }
        return lines
    }

    static func needed(status: RecommendationStatus, unknowns: [UnknownDeterminant], assessment: AssessmentReport) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        for unknown in unknowns where unknown.couldChangeWinner {
            lines.append(LocalizedText(
                en: "Answer '\(unknown.answerID)': if it were 0 the winner would be \(unknown.winnerIfLow); if 4, \(unknown.winnerIfHigh).",
                tr: "'\(unknown.answerID)' sorusunu yanıtlayın: 0 olsaydı kazanan \(unknown.winnerIfLow), 4 olsaydı \(unknown.winnerIfHigh) olurdu."))
        }
        for group in assessment.determinants where group.status == .unknown {
            lines.append(LocalizedText(en: "Nothing is known about the determinant group '\(group.title.en)' (article \(group.source)).",
                                       tr: "'\(group.title.tr)' belirleyici grubu hakkında hiçbir şey bilinmiyor (makale \(group.source))."))
        }
        if status == .tooCloseToCall {
            lines.append(LocalizedText(en: "Calibrate routing and handling times from a ticket log (siloscope import events) so the simulation can separate the placements.",
                                       tr: "Simülasyonun seçenekleri ayırabilmesi için yönlendirme ve işlem sürelerini bir kayıt dökümünden kalibre edin (siloscope import events)."))
        }
        return lines
    }
}

extension Locale {
    /// Turkish number style (decimal comma) for the Turkish texts.
    static let turkish = Locale(identifier: "tr_TR")
}
