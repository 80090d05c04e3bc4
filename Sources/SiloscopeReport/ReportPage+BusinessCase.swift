import SiloscopeEconomics
import SiloscopeModel

extension ReportPage {
    /// What the silos cost a year, what each scenario saves, what moves the answer, and
    /// every figure's source (docs/economics.md); one paragraph saying how to add money
    /// when the model has no economics section.
    func businessCaseSection() -> Markup {
        guard let money = report.businessCase else {
            return section("business", BusinessCaseLabels.title, "<p>\(t(BusinessCaseLabels.noEconomics))</p>")
        }
        let format = MoneyFormat(currency: money.currency, language: language)
        let l = BusinessCaseLabels.self
        var body: Markup = "<p class=\"lead\">\(t(l.intro(numbers.integer(money.draws), numbers.integer(money.replications))))</p>"
        if money.generic { body += "<p class=\"warning\"><strong>\(t(l.generic))</strong></p>" }

        // Today by category, then the total.
        var rows = CostCategory.allCases.compactMap { category -> RangeChart.Row? in
            guard let spread = money.today.byCategory[category.rawValue] else { return nil }
            return row(category.label(language), spread, format, color: ReportStyle.Palette.vermillion)
        }
        let total = money.today.annualSiloCost
        rows.append(row(t(l.total), total, format, color: ReportStyle.Palette.purple))
        let caption = l.todayCaption(format.format(total.p50), "\(format.format(total.p10)) – \(format.format(total.p90))",
                                     numbers.percent(money.today.spreadSources.simulation, digits: 0))
        body += figure(RangeChart(rows: rows, title: t(l.todayChart), tick: { format.compact($0) }).svg(), caption: t(caption))

        if !money.scenarios.isEmpty {
            body += "<h3>\(t(l.savingsChart))</h3>"
            let savings = money.scenarios.map { s in
                row(s.name, s.annualSaving, format, color: s.annualSaving.p50 >= 0 ? ReportStyle.Palette.green : ReportStyle.Palette.vermillion)
            }
            body += figure(RangeChart(rows: savings, title: t(l.savingsChart), tick: { format.compact($0) }).svg(), caption: t(l.savingsCaption))
            let table = money.scenarios.map { s -> [Markup] in
                let payback = s.paybackMonths.p50.isFinite ? numbers.decimal(s.paybackMonths.p50, digits: 1) : t(l.never)
                return ["\(s.name)", "\(format.format(s.annualSaving.p50)) (\(format.format(s.annualSaving.p10)) – \(format.format(s.annualSaving.p90)))",
                        "\(payback)", "\(format.format(s.npv.p50))",
                        "\(numbers.percent(s.probabilityPaybackWithin["12"] ?? 0, digits: 0))",
                        "\(numbers.percent(s.probabilityPaybackWithin["24"] ?? 0, digits: 0))"]
            }
            body += self.table([t(l.scenario), t(l.saving), t(l.payback), t(l.npv), t(l.within12), t(l.within24)], table,
                               numeric: [1, 2, 3, 4, 5])
        }

        if !money.tornado.isEmpty {
            let target = money.tornadoTargetLabel(language)
            body += "<h3>\(t(l.tornadoChart(target)))</h3>"
            let bars = money.tornado.map { bar in
                RangeChart.Row(label: bar.parameter, low: bar.low, mid: .nan, high: bar.high,
                               valueText: "\(format.format(bar.low)) … \(format.format(bar.high))", color: ReportStyle.Palette.blue)
            }
            let base = money.tornadoTarget == "annual_silo_cost" ? money.today.annualSiloCost.p50
                : money.scenarios.first { "annual_saving:\($0.id)" == money.tornadoTarget }?.annualSaving.p50
            body += figure(RangeChart(rows: bars, title: t(l.tornadoChart(target)), reference: base, tick: { format.compact($0) }).svg(),
                           caption: t(l.tornadoCaption))
        }

        body += "<h3>\(t(l.assumptions))</h3>"
        let assumptions = money.assumptions.map { p -> [Markup] in
            let range = p.isRange ? "\(BusinessCaseReport.number(p.low)) – \(BusinessCaseReport.number(p.high))" : "—"
            let origin = p.origin == .model ? "" : "[\(p.origin.rawValue)] "
            return ["<code>\(p.name)</code>", "\(BusinessCaseReport.number(p.value))", "\(range)", "\(origin + p.source)"]
        }
        body += table([t(l.figure), t(l.value), t(l.range), t(l.source)], assumptions, numeric: [1])
        if !money.notPriced.isEmpty {
            body += "<p>\(t(l.notPriced))</p>" + list(money.notPriced)
        }
        return section("business", l.title, body)
    }

    private func row(_ label: String, _ spread: Spread, _ format: MoneyFormat, color: String) -> RangeChart.Row {
        RangeChart.Row(label: label, low: spread.p10, mid: spread.p50, high: spread.p90,
                       valueText: "\(format.format(spread.p50))", color: color)
    }
}
