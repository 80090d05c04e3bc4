import SiloscopeModel
extension ComparisonReport {
    /// The comparison as CSV, one row per figure, for spreadsheets.
    ///
    /// Columns: `section,scenario,key,metric,value,low,high,delta,delta_low,delta_high,method,significant,direction`.
    /// `section` is `metric` (a headline figure; `key` empty) or `edge` (one handoff edge,
    /// `key` = `from → to`, with the metrics `added_minutes_per_case`,
    /// `bounces_per_1000` and `cases_per_1000`). Today's rows have no delta. Numbers are
    /// plain decimals (shares as 0–1), empty when not applicable.
    ///
    /// - Returns: CSV text ending in a newline.
    public func csv() -> String {
        var lines = ["section,scenario,key,metric,value,low,high,delta,delta_low,delta_high,method,significant,direction"]
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        for scenario in all {
            for figure in scenario.metrics {
                let delta = figure.delta
                lines.append([
                    "metric", CSVWriter.field(scenario.name), "", figure.metric.rawValue, number(figure.value),
                    number(figure.low), number(figure.high), number(delta?.mean), number(delta?.low), number(delta?.high),
                    delta?.method.rawValue ?? figure.metric.kind.rawValue, delta.map { "\($0.significant)" } ?? "",
                    figure.direction?.rawValue ?? "",
                ].joined(separator: ","))
            }
        }
        for edge in base.edges {
            let key = CSVWriter.field(edge.key)
            lines.append("edge,today,\(key),added_minutes_per_case,\(edge.addedMinutesPerCase.mean),\(edge.addedMinutesPerCase.low),\(edge.addedMinutesPerCase.high),,,,,,")
            lines.append("edge,today,\(key),bounces_per_1000,\(edge.bouncesPer1000),,,,,,,,")
            lines.append("edge,today,\(key),cases_per_1000,\(edge.casesPer1000),,,,,,,,")
        }
        for scenario in scenarios {
            let name = CSVWriter.field(scenario.name)
            for edge in scenario.edgeChanges {
                let key = CSVWriter.field("\(edge.from) → \(edge.to)")
                let d = edge.addedMinutesDelta
                lines.append("edge,\(name),\(key),added_minutes_per_case,\(edge.addedMinutesAfter),,,\(d.mean),\(number(d.low)),\(number(d.high)),\(d.method.rawValue),\(d.significant),\(edge.status.rawValue)")
                lines.append("edge,\(name),\(key),bounces_per_1000,\(edge.bouncesAfter),,,\(edge.bouncesAfter - edge.bouncesBefore),,,,,\(edge.status.rawValue)")
                lines.append("edge,\(name),\(key),cases_per_1000,\(edge.casesAfter),,,\(edge.casesAfter - edge.casesBefore),,,,,\(edge.status.rawValue)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
