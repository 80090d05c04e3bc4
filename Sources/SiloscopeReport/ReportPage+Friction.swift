import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering
import SiloscopeSimulation

extension ReportPage {
    /// The friction diagnosis: the index, case figures, the resolution-time distribution,
    /// case types, busiest units, the heatmap of handoffs and the friction per edge.
    func frictionSection() throws(ReportError) -> Markup {
        let simulation = report.simulation
        let sfi = simulation.siloFrictionIndex
        let sfiRows: [[Markup]] = [
            ["\(t(SummaryLabels.customerTime))", "\(numbers.percentInterval(sfi.customer))",
             "\(numbers.minutes(sfi.actualCustomerMinutes.mean))", "\(numbers.minutes(sfi.twinCustomerMinutes.mean))"],
            ["\(t(SummaryLabels.staffEffort))", "\(numbers.percentInterval(sfi.staff))",
             "\(numbers.minutes(sfi.actualStaffMinutes.mean))", "\(numbers.minutes(sfi.twinStaffMinutes.mean))"],
            ["\(t(FrictionLabels.combined))", "\(numbers.percentInterval(sfi.combined))", "", ""],
        ]
        let cases = simulation.cases
        let caseRows: [(LocalizedText, Interval, ComparisonMetric.ReportUnit)] = [
            (ComparisonMetric.resolutionMinutes.title, cases.resolutionMinutes, .minutes),
            (FrictionLabels.median, cases.resolutionP50, .minutes),
            (FrictionLabels.p90, cases.resolutionP90, .minutes),
            (FrictionLabels.p95, cases.resolutionP95, .minutes),
            (ComparisonMetric.staffMinutes.title, cases.staffMinutes, .minutes),
            (ComparisonMetric.handoffs.title, cases.handoffs, .count),
            (ComparisonMetric.bounces.title, cases.bounces, .count),
            (ComparisonMetric.tellings.title, cases.tellings, .count),
            (ComparisonMetric.escalations.title, cases.escalations, .count),
            (ComparisonMetric.reopens.title, cases.reopens, .count),
            (ComparisonMetric.firstContactResolution.title, cases.firstContactResolution, .share),
        ]
        let figureRows = caseRows.map { title, interval, unit -> [Markup] in
            switch unit {
            case .share: return ["\(t(title))", "\(numbers.percent(interval.mean))", "\(numbers.percent(interval.low)) – \(numbers.percent(interval.high))"]
            case .minutes: return ["\(t(title))", "\(numbers.minutes(interval.mean))", "\(numbers.decimal(interval.low)) – \(numbers.decimal(interval.high))"]
            case .count:
                let digits = max(2, NumberStyle.digits(for: interval.mean))
                return ["\(t(title))", "\(numbers.decimal(interval.mean, digits: digits))",
                        "\(numbers.decimal(interval.low, digits: digits)) – \(numbers.decimal(interval.high, digits: digits))"]
            }
        }
        return section("friction", ReportLabels.friction, """
            <p class="lead">\(t(FrictionLabels.intro))</p>
            \(table([t(FrictionLabels.share), t(FrictionLabels.sfiColumn), t(FrictionLabels.actual), t(FrictionLabels.twin)], sfiRows, numeric: [1, 2, 3]))
            <h3>\(t(FrictionLabels.caseFigures))</h3>
            \(table([t(ReportLabels.figure), t(ReportLabels.mean), t(ReportLabels.interval95)], figureRows, numeric: [1, 2]))
            <h3>\(t(FrictionLabels.distribution))</h3>
            \(figure(distributionPlot(), caption: t(FrictionLabels.distributionCaption)))
            \(caseTypeTable())
            \(busiestUnits())
            <h3>\(t(FrictionLabels.heatmap))</h3>
            \(try heatmap())
            <h3>\(t(FrictionLabels.perEdge))</h3>
            \(edgeChart())
            """)
    }

    /// Today's and every scenario's resolution-time distribution on one axis.
    func distributionPlot() -> Markup {
        func row(_ label: String, _ report: SimulationReport, highlighted: Bool) -> QuantilePlot.Row {
            QuantilePlot.Row(label: label, p50: report.cases.resolutionP50.mean, p90: report.cases.resolutionP90.mean,
                             p95: report.cases.resolutionP95.mean, mean: report.cases.resolutionMinutes.mean,
                             highlighted: highlighted)
        }
        var rows = [row(t(ReportLabels.today), report.simulation, highlighted: true)]
        rows += report.scenarios.map { row($0.name, $0.simulation, highlighted: false) }
        let plot = QuantilePlot(
            rows: rows, title: t(FrictionLabels.distribution),
            reference: (report.simulation.siloFrictionIndex.twinCustomerMinutes.mean, t(FrictionLabels.twinLine)),
            tick: { numbers.decimal($0, digits: 0) + (language == .tr ? " dk" : " min") },
            legend: (t(FrictionLabels.boxLegend), t(FrictionLabels.whiskerLegend), t(ReportLabels.mean)))
        return plot.svg()
    }

    private func caseTypeTable() -> Markup {
        let rows = report.simulation.caseTypes.map { caseType -> [Markup] in
            ["\(caseType.name)", "\(unitName(caseType.owner))", "\(numbers.interval(caseType.resolutionMinutes))",
             "\(numbers.decimal(caseType.handoffs.mean, digits: 2))"]
        }
        guard !rows.isEmpty else { return "" }
        return """
            <h3>\(t(FrictionLabels.perCaseType))</h3>
            \(table([t(FrictionLabels.caseType), t(FrictionLabels.owner), t(FrictionLabels.resolutionWithInterval), t(FrictionLabels.handoffsColumn)], rows, numeric: [2, 3]))
            """
    }

    private func busiestUnits() -> Markup {
        let units = report.simulation.units.sorted { $0.utilisation.mean > $1.utilisation.mean }.prefix(10)
        let crm = report.model.crm?.unit
        var highlighted = Set<Int>()
        let rows = units.enumerated().map { index, unit -> [Markup] in
            if unit.id == crm { highlighted.insert(index) }
            return ["\(unit.name)", "\(numbers.integer(unit.caseHandlers))", "\(numbers.percent(unit.utilisation.mean))",
                    "\(numbers.decimal(unit.meanQueue.mean, digits: 2))", "\(numbers.minutes(unit.meanWaitMinutes.mean))"]
        }
        guard !rows.isEmpty else { return "" }
        return """
            <h3>\(t(FrictionLabels.busiest))</h3>
            \(table([t(ReportLabels.unit), t(FrictionLabels.handlers), t(FrictionLabels.utilisation), t(FrictionLabels.queue), t(FrictionLabels.wait)], rows, numeric: [1, 2, 3, 4], highlighted: highlighted))
            """
    }

    /// The handoffs view coloured by the customer minutes each declared handoff adds.
    private func heatmap() throws(ReportError) -> Markup {
        let model = report.model
        guard !model.handoffs.isEmpty else { return "<p>\(t(FrictionLabels.noHandoffs))</p>" }
        var minutes: [HandoffKey: Double] = [:]
        for edge in report.simulation.edges where edge.declared {
            minutes[HandoffKey(from: edge.from, to: edge.to)] = perCase(edge.addedMinutes.mean)
        }
        let localizer = DiagramLocalizer(language)
        let base: Diagram
        var drawn = model
        var note: String?
        do {
            // A big organization is collapsed as `siloscope render` collapses it, keeping
            // the units of the edges the friction chart lists; the rest of the friction is
            // added up on the boxes' edges.
            let listed = minutes.sorted { ($1.value, $0.key.from, $0.key.to) < ($0.value, $1.key.from, $1.key.to) }
                .prefix(report.options.edgesShown).flatMap { [$0.key.from, $0.key.to] }
            let collapsed = try OrgCollapse(keep: Set(listed)).apply(to: model)
            if collapsed.hiddenUnits > 0 {
                drawn = collapsed.namingCollapsed(language: localizer.diagramLanguage)
                minutes = collapsed.friction(minutes, adding: +)
                note = collapsed.note(language: localizer.diagramLanguage, flags: "siloscope render \(report.modelFile) "
                                          + "--view heatmap --focus UNIT, --depth N, --max-boxes N")
            }
            var view = HandoffView(model: drawn, friction: minutes)
            view.language = localizer.diagramLanguage
            base = try view.diagram()
        } catch {
            throw .rendering(diagram: "handoff heatmap", error)
        }
        let diagram = try InlineDiagram.render(localizer.heatmap(base, model: drawn, minutesPerCase: minutes),
                                               id: "heat", name: t(FrictionLabels.heatmap))
        let largest = minutes.values.max() ?? 0
        // The rendering module's four friction bins (relative to the largest value).
        let colors = ["#2c7bb6", "#e69500", "#d7191c", "#7f0000"]
        var legend = colors.enumerated().map { bin, color -> Markup in
            let low = largest * Double(bin) / 4, high = largest * Double(bin + 1) / 4
            return "<li><span class=\"swatch\" style=\"background:\(color)\"></span>\(numbers.decimal(low, digits: 1))–\(numbers.decimal(high, digits: 1)) \(t(ReportLabels.perCase))</li>"
        }
        legend.append("<li><span class=\"swatch\" style=\"background:#9a9a9a\"></span>\(t(FrictionLabels.noValue))</li>")
        legend.append("<li>\(t(FrictionLabels.solidDashed))</li>")
        return diagramFigure(diagram, legend: legend, caption: t(FrictionLabels.heatmapCaption) + (note.map { " " + $0 } ?? ""))
    }

    /// The handoff edges that add the most customer minutes, with intervals.
    private func edgeChart() -> Markup {
        let edges = report.simulation.edges.prefix(report.options.edgesShown)
        guard !edges.isEmpty else { return "<p>\(t(FrictionLabels.noHandoffs))</p>" }
        let bars = edges.map { edge in
            BarChart.Bar(
                label: "\(unitName(edge.from)) → \(unitName(edge.to))\(edge.declared ? "" : " *")",
                value: perCase(edge.addedMinutes.mean), low: perCase(edge.addedMinutes.low), high: perCase(edge.addedMinutes.high),
                valueText: "\(numbers.decimal(perCase(edge.addedMinutes.mean), digits: 2)) \(t(ReportLabels.perCase))",
                highlighted: !edge.declared,
                detail: t(FrictionLabels.edgeDetail(numbers.integer(Int(saturating: edge.cases.mean.rounded())), numbers.decimal(edge.bounces.mean, digits: 0),
                                                    numbers.decimal(edge.retellings.mean, digits: 0))))
        }
        let chart = BarChart(bars: bars, title: t(FrictionLabels.perEdge), tick: { numbers.decimal($0, digits: 1) })
        let remaining = report.simulation.edges.count - edges.count
        var caption = t(FrictionLabels.perEdgeCaption)
        if remaining > 0 { caption += " " + t(FrictionLabels.moreEdges(numbers.integer(remaining))) }
        return figure(chart.svg(), caption: caption)
    }
}
