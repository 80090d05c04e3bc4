import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeSimulation

extension ReportPage {
    /// The recommendation: status and headline, the ranked placements with intervals,
    /// the probability each is best, why, how robust, and what is unknown.
    func recommendationSection() -> Markup {
        guard let recommendation = report.recommendation else {
            return section("recommendation", ReportLabels.recommendation, """
                <p class="lead">\(t(RecommendationLabels.noRecommendation))</p>
                <p>\(report.recommendationProblem ?? "")</p>
                """)
        }
        var highlighted = Set<Int>()
        let rows = recommendation.candidates.enumerated().map { index, result -> [Markup] in
            if result.rank == 1 { highlighted.insert(index) }
            let name = result.candidate.name + (result.candidate.isToday ? " (\(t(ReportLabels.todayLower)))" : "")
            let delta = result.candidate.isToday ? "—" : "\(numbers.decimal(result.deltaResolutionMinutes.mean, sign: true)) ± \(numbers.decimal(result.deltaResolutionMinutes.halfWidth))"
            return [
                "\(numbers.integer(result.rank))", "\(name)", "\(t(RecommendationLabels.function(result.candidate.function)))",
                "\(numbers.interval(result.resolutionMinutes))", "\(delta)", "\(numbers.percent(result.frictionIndex.mean))",
                "\(numbers.decimal(result.score, digits: 2, sign: true))", "\(numbers.decimal(result.simulationScore, digits: 2, sign: true))",
                "\(numbers.decimal(result.fitScore, digits: 2, sign: true))", "\(numbers.percent(result.probabilityBest, digits: 0))",
            ]
        }
        let header = [t(RecommendationLabels.rank), t(RecommendationLabels.placement), t(RecommendationLabels.functionColumn),
                      t(RecommendationLabels.resolution), t(RecommendationLabels.deltaToday), t(ComparisonMetric.sfiCombined.title),
                      t(RecommendationLabels.score), t(RecommendationLabels.simulationScore), t(RecommendationLabels.fitScore),
                      t(RecommendationLabels.probabilityBest)]
        let bars = recommendation.candidates.map { result in
            BarChart.Bar(label: result.candidate.name + (result.candidate.isToday ? " (\(t(ReportLabels.todayLower)))" : ""),
                         value: result.probabilityBest, valueText: numbers.percent(result.probabilityBest, digits: 0),
                         highlighted: result.rank == 1)
        }
        let chart = BarChart(bars: bars, title: t(RecommendationLabels.probabilityChart), maximum: 1,
                             tick: { numbers.percent($0, digits: 0) })
        let weights = recommendation.weights
        return section("recommendation", ReportLabels.recommendation, """
            <p>\(statusBadge(recommendation.status))</p>
            <p class="lead"><strong>\(recommendation.headline[language])</strong></p>
            \(table(header, rows, numeric: [0, 3, 4, 5, 6, 7, 8, 9], highlighted: highlighted))
            <p class="note">\(t(RecommendationLabels.tableNote(numbers.decimal(weights.simulation, digits: 2), numbers.decimal(weights.fit, digits: 2), numbers.integer(recommendation.runs), numbers.integer(recommendation.casesPerRun))))</p>
            <h3>\(t(RecommendationLabels.probabilityChart))</h3>
            \(figure(chart.svg(), caption: t(RecommendationLabels.probabilityCaption)))
            <h3>\(t(RecommendationLabels.why))</h3>
            \(list(recommendation.explanation.map { $0[language] }))
            <h3>\(t(RecommendationLabels.robustness))</h3>
            <p>\(robustness(recommendation.robustness, candidates: recommendation.candidates))</p>
            <h3>\(t(RecommendationLabels.unknowns))</h3>
            \(unknowns(recommendation))
            """)
    }

    private func robustness(_ robustness: Robustness, candidates: [CandidateResult]) -> String {
        guard robustness.samples > 0 else { return t(RecommendationLabels.robustnessSkipped) }
        let names = Dictionary(candidates.map { ($0.candidate.unit, $0.candidate.name) }, uniquingKeysWith: { first, _ in first })
        let wins = robustness.wins.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\(names[$0.key] ?? $0.key) \(numbers.integer($0.value))" }.joined(separator: ", ")
        let text = t(RecommendationLabels.robustnessText(numbers.integer(robustness.parameters.count), numbers.integer(robustness.samples),
                                                         numbers.percent(robustness.winnerStays, digits: 0), wins))
        guard let calibration = robustness.calibration else { return text }
        return text + " " + t(RecommendationLabels.calibrated(calibration, numbers.integer(robustness.fitted.count), robustness.fitted.joined(separator: ", ")))
    }

    private func unknowns(_ recommendation: Recommendation) -> Markup {
        var body: Markup = ""
        if recommendation.unknowns.isEmpty {
            body += "<p>\(t(RecommendationLabels.allAnswered))</p>"
        } else {
            let items = recommendation.unknowns.map { unknown -> String in
                let title = report.assessment.item(answerID: unknown.answerID)?.title[language] ?? unknown.answerID
                let effect = unknown.couldChangeWinner ? t(RecommendationLabels.couldChange) : t(RecommendationLabels.wouldNotChange)
                return "\(title) (\(unknown.answerID)): \(effect)"
            }
            body += "<p>\(t(RecommendationLabels.unanswered))</p>\(list(items))"
        }
        if !recommendation.needed.isEmpty {
            body += "<h3>\(t(RecommendationLabels.needed))</h3>\(list(recommendation.needed.map { $0[language] }))"
        }
        return body
    }
}
