import Foundation
import SiloscopeModel

extension CostCategory {
    /// The category's name for a reader.
    public func label(_ language: Language) -> String {
        switch self {
        case .handlingAndTransfers: language.pick("Handling and transfers", "İşlem ve aktarımlar")
        case .waitingAndRework: language.pick("Rework and repeat contacts", "Yeniden iş ve tekrar temaslar")
        case .customersLost: language.pick("Customers lost", "Kaybedilen müşteriler")
        case .irrelevantContacts: language.pick("Irrelevant campaign contacts", "İlgisiz kampanya temasları")
        case .duplicateReporting: language.pick("Duplicate reporting", "Mükerrer raporlama")
        }
    }
}

extension BusinessCaseReport {
    /// The report as JSON with snake_case keys (docs/economics.md); infinite paybacks are `null`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self)
    }

    /// What the tornado's target is, for a reader.
    public func tornadoTargetLabel(_ language: Language) -> String {
        if tornadoTarget.hasPrefix("annual_saving:") {
            let id = String(tornadoTarget.dropFirst("annual_saving:".count))
            let name = scenarios.first { $0.id == id }?.name ?? id
            return language.pick("the annual saving of '\(name)'", "'\(name)' senaryosunun yıllık tasarrufu")
        }
        return language.pick("today's annual cost of silos", "silo'ların bugünkü yıllık maliyeti")
    }

    /// One line saying where the figures come from.
    public func provenance(_ language: Language) -> String {
        generic
            ? language.pick("GENERIC figures (--economics defaults): published ranges, not this company's; replace them with its own in the model's economics section.",
                            "GENEL rakamlar (--economics defaults): yayımlanmış aralıklar, bu şirketin değil; modelin economics bölümüne şirketin kendi rakamlarını yazın.")
            : language.pick("Figures from the model's economics section (siloscope cost lists each with its source).",
                            "Rakamlar modelin economics bölümünden (siloscope cost her birini kaynağıyla listeler).")
    }

    /// Aligned text for a terminal.
    public func table(language: Language = .en) -> String {
        let money = MoneyFormat(currency: currency, language: language)
        func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
            let gap = String(repeating: " ", count: max(0, width - text.count))
            return right ? gap + text : text + gap
        }
        func row(_ label: String, _ spread: Spread, _ format: (Double) -> String) -> String {
            pad("  " + label, 40) + pad(format(spread.p10), 18, right: true) + pad(format(spread.p50), 18, right: true)
                + pad(format(spread.p90), 18, right: true)
        }
        let l = language
        var out: [String] = []
        out.append(l.pick("\(organization) — the business case in \(currency)",
                          "\(organization) — para cinsinden iş gerekçesi (\(currency))"))
        out.append(l.pick("\(draws) draws of the economic figures × bootstrap of \(replications) replications, seed \(seed)",
                          "Ekonomik rakamlardan \(draws) çekiliş × \(replications) tekrarın bootstrap'i, tohum \(seed)"))
        out.append(provenance(l))
        out.append("")
        out.append(pad(l.pick("TODAY'S ANNUAL COST OF SILOS", "SİLO'LARIN BUGÜNKÜ YILLIK MALİYETİ"), 40)
                   + pad("P10", 18, right: true) + pad("P50", 18, right: true) + pad("P90", 18, right: true))
        for category in CostCategory.allCases {
            guard let spread = today.byCategory[category.rawValue] else { continue }
            out.append(row(category.label(l), spread, money.format))
        }
        out.append(row(l.pick("Total", "Toplam"), today.annualSiloCost, money.format))
        out.append(l.pick("  (today against its direct-to-owner twin, the Silo Friction Index's reference)",
                          "  (bugün, her vakanın doğrudan sahibine gittiği ikiz dünyaya karşı)"))
        out.append("  " + sourcesLine(today.spreadSources, l))
        let q = today.quantities
        out.append(l.pick("  per year: \(Int(q.cases.rounded())) cases, \(Int((q.staffHours - q.twinStaffHours).rounded())) staff hours more than the twin, \(Int(q.unresolvedComplaints.rounded())) complaints reopened, \(Int(q.highEffortComplaints.rounded())) high-effort complaints, \(Int(q.irrelevantContacts.rounded())) irrelevant contacts per campaign wave",
                          "  yılda: \(Int(q.cases.rounded())) vaka, ikizden \(Int((q.staffHours - q.twinStaffHours).rounded())) personel saati fazla, \(Int(q.unresolvedComplaints.rounded())) yeniden açılan şikâyet, \(Int(q.highEffortComplaints.rounded())) yüksek eforlu şikâyet, kampanya dalgası başına \(Int(q.irrelevantContacts.rounded())) ilgisiz temas"))
        if !scenarios.isEmpty {
            out.append("")
            out.append(pad(l.pick("SCENARIOS (common random numbers)", "SENARYOLAR (ortak rastgele sayılar)"), 40)
                       + pad("P10", 18, right: true) + pad("P50", 18, right: true) + pad("P90", 18, right: true))
            for (i, scenario) in scenarios.enumerated() {
                out.append("[\(i + 1)] \(scenario.name)")
                out.append(row(l.pick("annual saving", "yıllık tasarruf"), scenario.annualSaving, money.format))
                out.append(row(l.pick("payback (months)", "geri ödeme (ay)"), scenario.paybackMonths, { months($0, l) }))
                out.append(row(l.pick("NPV", "NBD"), scenario.npv, money.format))
                let p12 = percent(scenario.probabilityPaybackWithin["12"] ?? 0, l)
                let p24 = percent(scenario.probabilityPaybackWithin["24"] ?? 0, l)
                out.append(l.pick("  pays back within 12 months: \(p12), within 24: \(p24); saves money at all: \(percent(scenario.probabilitySaving, l))",
                                  "  12 ayda geri ödeme: \(p12), 24 ayda: \(p24); tasarruf olasılığı: \(percent(scenario.probabilitySaving, l))"))
                out.append("  " + sourcesLine(scenario.spreadSources, l))
            }
        }
        if !tornado.isEmpty {
            out.append("")
            // Names from the model keep their own case (upper-casing Turkish needs its locale).
            out.append(l.pick("WHAT MOVES IT MOST: \(tornadoTargetLabel(l)), each figure at its low and high end",
                              "EN ÇOK NEYLE DEĞİŞİR: \(tornadoTargetLabel(l)), her rakam alt ve üst ucunda"))
            for bar in tornado {
                out.append(pad("  " + bar.parameter, 44) + pad(money.format(bar.low), 18, right: true) + " … "
                           + pad(money.format(bar.high), 18, right: true)
                           + "   (\(Self.number(bar.parameterLow)) … \(Self.number(bar.parameterHigh)))")
            }
        }
        out.append("")
        out.append(l.pick("ASSUMPTIONS", "VARSAYIMLAR"))
        var cited: [String: String] = [:]
        for parameter in assumptions {
            let range = parameter.isRange ? " (\(Self.number(parameter.low)) – \(Self.number(parameter.high)))" : ""
            let origin = parameter.origin == .model ? "" : " [\(parameter.origin.rawValue)]"
            var source = parameter.source.isEmpty ? "" : " — \(parameter.source)"
            if let first = cited[parameter.source], !parameter.source.isEmpty {
                source = l.pick(" — same source as \(first)", " — kaynak: \(first) ile aynı")
            } else {
                cited[parameter.source] = parameter.name
            }
            out.append("  \(parameter.name) = \(Self.number(parameter.value))\(range)\(origin)\(source)")
        }
        if !notPriced.isEmpty {
            out.append("")
            out.append(l.pick("NOT PRICED (counted, but the economics section lacks a figure):",
                              "FİYATLANMADI (sayıldı, ama economics bölümünde rakam yok):"))
            for line in notPriced { out.append("  " + line) }
        }
        return out.joined(separator: "\n")
    }

    /// GitHub-flavoured Markdown.
    public func markdown(language: Language = .en) -> String {
        let money = MoneyFormat(currency: currency, language: language)
        let l = language
        var out: [String] = []
        out.append("# " + l.pick("Business case: \(organization)", "İş gerekçesi: \(organization)"))
        out.append("")
        out.append(provenance(l) + " " + l.pick("\(draws) draws × bootstrap of \(replications) replications, seed \(seed).",
                                                  "\(draws) çekiliş × \(replications) tekrarın bootstrap'i, tohum \(seed)."))
        out.append("")
        out.append("## " + l.pick("Today's annual cost of silos", "Silo'ların bugünkü yıllık maliyeti"))
        out.append("")
        out.append("| \(l.pick("category", "kategori")) | P10 | P50 | P90 |")
        out.append("|---|---:|---:|---:|")
        for category in CostCategory.allCases {
            guard let s = today.byCategory[category.rawValue] else { continue }
            out.append("| \(category.label(l)) | \(money.format(s.p10)) | \(money.format(s.p50)) | \(money.format(s.p90)) |")
        }
        let t = today.annualSiloCost
        out.append("| **\(l.pick("Total", "Toplam"))** | \(money.format(t.p10)) | **\(money.format(t.p50))** | \(money.format(t.p90)) |")
        out.append("")
        out.append(sourcesLine(today.spreadSources, l))
        if !scenarios.isEmpty {
            out.append("")
            out.append("## " + l.pick("Scenarios", "Senaryolar"))
            out.append("")
            out.append("| \(l.pick("scenario", "senaryo")) | \(l.pick("annual saving P10 / P50 / P90", "yıllık tasarruf P10 / P50 / P90")) | \(l.pick("payback P50", "geri ödeme P50")) | \(l.pick("NPV P50", "NBD P50")) | ≤ 12 \(l.pick("mo", "ay")) | ≤ 24 \(l.pick("mo", "ay")) |")
            out.append("|---|---:|---:|---:|---:|---:|")
            for s in scenarios {
                let saving = "\(money.format(s.annualSaving.p10)) / \(money.format(s.annualSaving.p50)) / \(money.format(s.annualSaving.p90))"
                out.append("| \(s.name) | \(saving) | \(months(s.paybackMonths.p50, l)) | \(money.format(s.npv.p50)) | \(percent(s.probabilityPaybackWithin["12"] ?? 0, l)) | \(percent(s.probabilityPaybackWithin["24"] ?? 0, l)) |")
            }
        }
        if !tornado.isEmpty {
            out.append("")
            out.append("## " + l.pick("What moves \(tornadoTargetLabel(l)) most", "\(tornadoTargetLabel(l)) en çok neyle değişir"))
            out.append("")
            out.append("| \(l.pick("figure", "rakam")) | \(l.pick("at low", "alt uçta")) | \(l.pick("at high", "üst uçta")) |")
            out.append("|---|---:|---:|")
            for bar in tornado {
                out.append("| `\(bar.parameter)` (\(Self.number(bar.parameterLow)) – \(Self.number(bar.parameterHigh))) | \(money.format(bar.low)) | \(money.format(bar.high)) |")
            }
        }
        out.append("")
        out.append("## " + l.pick("Assumptions", "Varsayımlar"))
        out.append("")
        out.append("| \(l.pick("figure", "rakam")) | \(l.pick("value", "değer")) | \(l.pick("range", "aralık")) | \(l.pick("source", "kaynak")) |")
        out.append("|---|---:|---|---|")
        for p in assumptions {
            let range = p.isRange ? "\(Self.number(p.low)) – \(Self.number(p.high))" : ""
            let source = (p.origin == .model ? "" : "[\(p.origin.rawValue)] ") + p.source.replacingOccurrences(of: "|", with: "\\|")
            out.append("| `\(p.name)` | \(Self.number(p.value)) | \(range) | \(source) |")
        }
        if !notPriced.isEmpty {
            out.append("")
            out.append(l.pick("Not priced: ", "Fiyatlanmadı: ") + notPriced.joined(separator: "; "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    func sourcesLine(_ sources: SpreadSources, _ l: Language) -> String {
        l.pick("spread: \(percent(sources.simulation, l)) from simulation noise, \(percent(sources.parameters, l)) from the ranges of the economic figures",
               "yayılım: \(percent(sources.simulation, l)) simülasyon gürültüsünden, \(percent(sources.parameters, l)) ekonomik rakamların aralıklarından")
    }

    /// A share as Turkish (`%42`) or English (`42%`) writes it.
    func percent(_ share: Double, _ l: Language) -> String {
        let whole = Int((share * 100).rounded())
        return l == .tr ? "%\(whole)" : "\(whole)%"
    }

    func months(_ value: Double, _ l: Language) -> String {
        guard value.isFinite else { return l.pick("never", "hiç") }
        return String(format: "%.1f", value)
    }

    /// A figure for the assumptions table: up to 4 significant decimals, no trailing zeros.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
