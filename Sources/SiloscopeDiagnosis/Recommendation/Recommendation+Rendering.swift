import SiloscopeEconomics
import Foundation
import SiloscopeModel
import SiloscopeSimulation

extension Recommendation {
    /// The recommendation as an aligned terminal table.
    public func table(language: Language) -> String {
        let tr = language == .tr
        var out: [String] = []
        out.append(tr ? "\(organization) — CRM ekibinin yeri (\(crmUnit), bugün: \(today))" : "\(organization) — where the CRM team should sit (\(crmUnit), today under \(today))")
        out.append(tr ? "Durum: \(statusText(tr: true))" : "Status: \(statusText(tr: false))")
        out.append("")
        out.append(wrap(headline[language], width: 96))
        out.append("")
        let header = tr
            ? "#  yer                             işlev            çözüm dk   Δ bugün      puan   simül.  uyum   P(en iyi)"
            : "#  placement                       function       resolution   Δ today     score   sim.    fit    P(best)"
        out.append(header)
        for result in candidates {
            let name = String(result.candidate.name.prefix(30)) + (result.candidate.isToday ? "*" : "")
            out.append(String(format: "%-2d %@ %@ %7.1f  %+7.1f±%-4.1f  %+5.2f  %+5.2f  %+5.2f  %5.0f%%",
                              result.rank, name.padding(toLength: 31, withPad: " ", startingAt: 0),
                              String(result.candidate.function.prefix(14)).padding(toLength: 14, withPad: " ", startingAt: 0),
                              result.resolutionMinutes.mean, result.deltaResolutionMinutes.mean, result.deltaResolutionMinutes.halfWidth,
                              result.score, result.simulationScore, result.fitScore, result.probabilityBest * 100))
        }
        out.append(tr ? "* bugünkü yer; Δ: bugüne göre vaka başına dakika farkı (eşleştirilmiş, %95 aralık)" : "* today's placement; Δ: minutes per case against today (paired, 95% interval)")
        out.append(contentsOf: moneyLines(language))
        out.append(String(format: tr ? "Ağırlıklar: simülasyon %.2f, uyum %.2f; müşteri dakikası %.1f, çalışan dakikası %.1f; tam simülasyon puanı = %%%.0f iyileşme. %d çalıştırma × %d vaka, tohum %llu."
                                     : "Weights: simulation %.2f, fit %.2f; customer minute %.1f, staff minute %.1f; full simulation score = %.0f%% improvement. %d runs × %d cases, seed %llu.",
                          weights.simulation, weights.fit, weights.customerMinute, weights.staffMinute, weights.improvementScale * 100, runs, casesPerRun, seed))
        out.append("")
        out.append(tr ? "NEDEN" : "WHY")
        for line in explanation { out.append(wrap("- " + line[language], width: 96, indent: "  ")) }
        out.append("")
        out.append(tr ? "SAĞLAMLIK" : "ROBUSTNESS")
        if robustness.samples > 0 {
            let wins = robustness.wins.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out.append(String(format: tr ? "  Belirsiz %d parametre %d kez değiştirildi: kazanan %%%.0f oranında aynı kaldı (%@)."
                                         : "  %d uncertain parameters varied over %d draws: the winner stayed first in %.0f%% of them (%@).",
                              robustness.parameters.count, robustness.samples, robustness.winnerStays * 100, wins))
            if let line = calibrationLine(tr: tr) { out.append("  " + wrap(line, width: 94, indent: "  ")) }
        } else {
            out.append(tr ? "  Atlandı." : "  Skipped.")
        }
        let changing = unknowns.filter(\.couldChangeWinner)
        out.append("")
        out.append(tr ? "BİLİNMEYENLER" : "UNKNOWNS")
        if unknowns.isEmpty {
            out.append(tr ? "  Uyum kurallarının okuduğu her soru yanıtlanmış." : "  Every question the fit rules read is answered.")
        } else {
            out.append((tr ? "  Yanıtlanmamış: " : "  Unanswered: ") + unknowns.map(\.answerID).joined(separator: ", "))
            out.append(changing.isEmpty
                       ? (tr ? "  Hiçbiri, olası herhangi bir yanıtla kazananı değiştirmiyor." : "  None of them would change the winner under any answer.")
                       : (tr ? "  Kazananı değiştirebilecekler: " : "  Could change the winner: ") + changing.map(\.answerID).joined(separator: ", "))
        }
        if !needed.isEmpty {
            out.append("")
            out.append(tr ? "DAHA KESİN BİR YANIT İÇİN" : "TO MAKE THE ANSWER FIRMER")
            for line in needed { out.append(wrap("- " + line[language], width: 96, indent: "  ")) }
        }
        out.append("")
        out.append(String(format: tr ? "%.1f s" : "%.1f s", wallSeconds))
        return out.joined(separator: "\n")
    }

    /// What the model's parameters rest on, when it was calibrated on a ticket log.
    func calibrationLine(tr: Bool) -> String? {
        guard let calibration = robustness.calibration else { return nil }
        let names = robustness.fitted.joined(separator: ", ")
        return tr ? "Modelin parametreleri bir bilet kaydından uyduruldu (\(calibration)); sağlamlık denetimi \(robustness.fitted.count) parametreyi (\(names)) varsayılan aralıklar yerine uydurulmuş %95 aralıklarından çekti."
                  : "The model's parameters were fitted to a ticket log (\(calibration)); the robustness check drew \(robustness.fitted.count) of them (\(names)) from their fitted 95 % intervals instead of the default ranges."
    }

    /// The recommendation as Markdown.
    public func markdown(language: Language) -> String {
        let tr = language == .tr
        var out: [String] = []
        out.append("# " + (tr ? "CRM ekibinin yeri — \(organization)" : "Where the CRM team should sit — \(organization)"))
        out.append("")
        out.append("**\(tr ? "Durum" : "Status"):** \(statusText(tr: tr))")
        out.append("")
        out.append(headline[language])
        out.append("")
        out.append(tr ? "| # | Yer | İşlev | Çözüm (dk) | Δ bugün | Puan | Simülasyon | Uyum | P(en iyi) |" : "| # | Placement | Function | Resolution (min) | Δ today | Score | Simulation | Fit | P(best) |")
        out.append("|---|---|---|---|---|---|---|---|---|")
        for r in candidates {
            out.append(String(format: "| %d | %@%@ | %@ | %.1f | %+.1f ± %.1f | %+.2f | %+.2f | %+.2f | %.0f%% |", r.rank, r.candidate.name,
                              r.candidate.isToday ? " *" : "", r.candidate.function, r.resolutionMinutes.mean,
                              r.deltaResolutionMinutes.mean, r.deltaResolutionMinutes.halfWidth, r.score, r.simulationScore,
                              r.fitScore, r.probabilityBest * 100))
        }
        let money = moneyLines(language)
        if !money.isEmpty {
            out.append("")
            out.append(contentsOf: money.map { $0.hasPrefix("  ") ? "-" + $0.dropFirst(1) : $0 })
        }
        out.append("")
        out.append("## " + (tr ? "Neden" : "Why"))
        for line in explanation { out.append("- " + line[language]) }
        if let line = calibrationLine(tr: tr) {
            out.append("")
            out.append(line)
        }
        if !needed.isEmpty {
            out.append("")
            out.append("## " + (tr ? "Daha kesin bir yanıt için" : "To make the answer firmer"))
            for line in needed { out.append("- " + line[language]) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Placements by expected annual saving, with P10–P90 and the probability of saving
    /// the most; or the one line saying how to add money.
    func moneyLines(_ language: Language) -> [String] {
        let tr = language == .tr
        guard let currency else { return moneyNote.map { [""] + [$0] } ?? [] }
        let money = MoneyFormat(currency: currency, language: language)
        var out = ["", tr ? "YILLIK TASARRUFA GÖRE (bugüne karşı, P50 [P10 – P90], en çok tasarruf olasılığı)"
                          : "BY EXPECTED ANNUAL SAVING (against today, P50 [P10 – P90], probability of saving the most)"]
        for result in byAnnualSaving {
            guard let saving = result.annualSaving else { continue }
            let name = result.candidate.name + (result.candidate.isToday ? "*" : "")
            out.append("  \(name): \(money.format(saving.p50)) [\(money.format(saving.p10)) – \(money.format(saving.p90))], "
                       + String(format: "%.0f%%", (result.probabilityBestSaving ?? 0) * 100))
        }
        if let moneyNote { out.append("  " + moneyNote) }
        return out
    }

    /// The recommendation as JSON with snake_case keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    func statusText(tr: Bool) -> String {
        switch status {
        case .recommended: tr ? "öneriliyor" : "recommended"
        case .provisional: tr ? "geçici (bilinmeyenler veya belirsiz parametreler değiştirebilir)" : "provisional (unknowns or uncertain parameters could change it)"
        case .tooCloseToCall: tr ? "ayırt edilemiyor" : "too close to call"
        case .cannotRecommendYet: tr ? "henüz önerilemiyor" : "cannot recommend yet"
        }
    }

    func wrap(_ text: String, width: Int, indent: String = "") -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty {
                lines.append(line)
                line = indent + word
            } else {
                line += line.isEmpty || line == indent ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
