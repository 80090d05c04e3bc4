import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeSimulation

extension ReportPage {
    /// Campaign irrelevance and inconsistency, suppression rules, and reporting truths.
    func campaignSection() -> Markup {
        let model = report.model
        let campaigns = report.simulation.campaigns
        let touchpointNames = Dictionary(model.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var body: Markup = "<p class=\"lead\">\(t(CampaignLabels.intro))</p>"
        if campaigns.isEmpty {
            body += "<p>\(t(CampaignLabels.noCampaigns))</p>"
        } else {
            let rows = campaigns.map { campaign -> [Markup] in
                let missing = campaign.touchpointsWithoutOffer.map { touchpointNames[$0] ?? $0 }.joined(separator: ", ")
                return ["\(campaign.name)", "\(numbers.integer(campaign.audience))", "\(numbers.percent(campaign.irrelevantRate))",
                        "\(numbers.integer(campaign.irrelevantContacts))", "\(numbers.percent(campaign.inconsistentRate))",
                        "\(missing.isEmpty ? "—" : missing)"]
            }
            let bars = campaigns.map { campaign in
                BarChart.Bar(label: campaign.name, value: campaign.irrelevantRate,
                             valueText: "\(numbers.percent(campaign.irrelevantRate)) · \(numbers.integer(campaign.irrelevantContacts))")
            }
            let chart = BarChart(bars: bars, title: t(CampaignLabels.irrelevantChart), maximum: 1,
                                 color: ReportStyle.Palette.vermillion, tick: { numbers.percent($0, digits: 0) })
            body += """
                \(figure(chart.svg(), caption: t(CampaignLabels.irrelevantCaption)))
                \(table([t(CampaignLabels.campaign), t(CampaignLabels.audience), t(CampaignLabels.irrelevant), t(CampaignLabels.irrelevantContacts), t(CampaignLabels.inconsistent), t(CampaignLabels.withoutOffer)], rows, numeric: [1, 2, 3, 4]))
                <h3>\(t(CampaignLabels.suppression))</h3>
                \(suppressionTable(campaigns))
                """
        }
        body += reportingTruths()
        return section("campaigns", ReportLabels.campaigns, body)
    }

    private func suppressionTable(_ campaigns: [CampaignMetrics]) -> Markup {
        let model = report.model
        let rows = campaigns.flatMap { campaign in
            campaign.suppression.map { rule -> [Markup] in
                ["\(campaign.name)", "\(rule.reason)", "<code>\(rule.data)</code>", "\(numbers.percent(rule.share))",
                 "\(numbers.percent(rule.missRate, digits: 0))", "\(suppressionReason(rule, campaign: campaign, model: model))"]
            }
        }
        guard !rows.isEmpty else { return "<p>\(t(CampaignLabels.noRules))</p>" }
        return table([t(CampaignLabels.campaign), t(CampaignLabels.rule), t(CampaignLabels.data), t(CampaignLabels.shouldRemove), t(CampaignLabels.missed), t(CampaignLabels.why)],
                     rows, numeric: [3, 4])
    }

    /// Why a rule misses, from the campaign's selection system.
    private func suppressionReason(_ rule: SuppressionMetrics, campaign: CampaignMetrics, model: OrgModel) -> String {
        let systemID = model.campaigns.first { $0.id == campaign.id }?.system ?? ""
        guard let system = model.systems.first(where: { $0.id == systemID }), system.holds.contains(rule.data) else {
            return t(CampaignLabels.notHeld(systemName(systemID)))
        }
        if system.isCurrent { return t(CampaignLabels.heldCurrent(system.name)) }
        return t(CampaignLabels.heldCopy(system.name, system.sync))
    }

    private func systemName(_ id: String) -> String {
        report.model.systems.first { $0.id == id }?.name ?? id
    }

    private func reportingTruths() -> Markup {
        let reporting = report.simulation.reporting
        let rows = reporting.kpis.map { kpi -> [Markup] in
            ["\(kpi.name)", "\(numbers.integer(kpi.truths))", "\(kpi.producers.map(unitName).joined(separator: ", "))",
             "\(kpi.sources.map(systemName).joined(separator: ", "))"]
        }
        let bars = reporting.kpis.map { kpi in
            BarChart.Bar(label: kpi.name, value: Double(kpi.truths), valueText: numbers.integer(kpi.truths), highlighted: kpi.truths > 1)
        }
        let chart = BarChart(bars: bars, title: t(CampaignLabels.truths), maximum: Double(max(reporting.kpis.map(\.truths).max() ?? 1, 1)),
                             color: ReportStyle.Palette.green, highlightColor: ReportStyle.Palette.vermillion,
                             tick: { numbers.decimal($0, digits: 0) })
        return """
            <h3>\(t(CampaignLabels.reporting))</h3>
            <p>\(t(CampaignLabels.reportingTeams(numbers.integer(reporting.reportingUnits), numbers.integer(reporting.reportingStaff))))</p>
            \(rows.isEmpty ? "" : figure(chart.svg(), caption: t(CampaignLabels.truthsCaption)))
            \(rows.isEmpty ? "" : table([t(CampaignLabels.kpi), t(CampaignLabels.truths), t(CampaignLabels.producers), t(CampaignLabels.sources)], rows, numeric: [1]))
            """
    }
}
