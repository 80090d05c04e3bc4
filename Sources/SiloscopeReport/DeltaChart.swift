import Foundation

/// Differences from today as bars around zero, with their 95 % intervals: left of the
/// axis is less, right is more. Bars are green when the change is an improvement,
/// vermillion when it is worse, grey when the interval includes zero (the simulation
/// cannot tell); the written value repeats it with ● or ○, so colour is never the only
/// cue.
struct DeltaChart {
    /// One difference, as a share of today's value (−0.05 = 5 % less).
    struct Row {
        var label: String
        var mean: Double
        var low: Double
        var high: Double
        var isSignificant: Bool
        var isImprovement: Bool
        var valueText: String
    }

    var rows: [Row]
    /// What the chart shows, for screen readers.
    var title: String
    /// Axis tick labels.
    var tick: (Double) -> String
    /// The words under the axis ends: "less than today", "more than today".
    var ends: (less: String, more: String)

    private let width = 1000.0
    private let labelWidth = 400.0
    private let plotStart = 410.0
    private let plotEnd = 790.0
    private let rowHeight = 34.0
    private let top = 10.0

    /// Half the axis: a round number covering every row, except that one or two rows far
    /// larger than the rest (a −100 % on reopens next to −5 % elsewhere) are left off the
    /// axis, so the others stay readable.
    static func extent(_ rows: [Row]) -> Double {
        let sizes = rows.map { max(abs($0.low), abs($0.high), abs($0.mean)) }.sorted(by: >)
        guard let largest = sizes.first else { return 0.01 }
        var covered = largest
        for index in 0..<min(2, sizes.count - 1) where sizes[index] > 3 * sizes[index + 1] {
            covered = sizes[index + 1] * 1.2
        }
        return QuantilePlot.niceCeiling(max(covered, 0.005))
    }

    /// The chart.
    func svg() -> Markup {
        let extent = Self.extent(rows)
        let zero = (plotStart + plotEnd) / 2
        let scale = (plotEnd - plotStart) / 2 / extent
        let x = { (value: Double) in SVG.number(zero + max(-extent, min(extent, value)) * scale) }
        let axisY = top + Double(rows.count) * rowHeight + 4
        var parts: [Markup] = []
        for step in -2...2 {
            let value = extent * Double(step) / 2
            parts.append("<line x1=\"\(x(value))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(x(value))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(step == 0 ? ReportStyle.Palette.ink : ReportStyle.Palette.grid)\" stroke-width=\"\(step == 0 ? 2 : 1)\"/>")
            parts.append("<text x=\"\(x(value))\" y=\"\(SVG.number(axisY + 20))\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(ReportStyle.Palette.muted)\">\(tick(value))</text>")
        }
        parts.append("<text x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(axisY + 40))\" font-size=\"14\" fill=\"\(ReportStyle.Palette.muted)\">← \(ends.less)</text>")
        parts.append("<text x=\"\(SVG.number(plotEnd))\" y=\"\(SVG.number(axisY + 40))\" text-anchor=\"end\" font-size=\"14\" fill=\"\(ReportStyle.Palette.muted)\">\(ends.more) →</text>")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let mid = y + rowHeight / 2
            let color = !row.isSignificant ? "#9a9a9a" : row.isImprovement ? ReportStyle.Palette.green : ReportStyle.Palette.vermillion
            let start = zero + min(0, max(-extent, row.mean)) * scale
            let length = abs(max(-extent, min(extent, row.mean))) * scale
            let clipped = abs(row.mean) > extent
            parts.append("<g><title>\(row.label): \(row.valueText)</title>")
            parts.append("<text x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(y + 22))\" text-anchor=\"end\" font-size=\"16\" fill=\"\(ReportStyle.Palette.ink)\">\(SVG.shortened(row.label, to: 41))</text>")
            parts.append("<rect x=\"\(SVG.number(start))\" y=\"\(SVG.number(y + 7))\" width=\"\(SVG.number(max(length, 1.5)))\" height=\"\(SVG.number(rowHeight - 14))\" fill=\"\(color)\"/>")
            if clipped {
                // Off the axis: an arrowhead at the end says so; the value is written.
                let end = row.mean < 0 ? plotStart : plotEnd
                let direction = row.mean < 0 ? 1.0 : -1.0
                parts.append("<path d=\"M\(SVG.number(end)) \(SVG.number(mid))l\(SVG.number(direction * 12)) -10v20z\" fill=\"\(ReportStyle.Palette.ink)\"/>")
            } else if row.high > row.low {
                parts.append("<path d=\"M\(x(row.low)) \(SVG.number(mid))H\(x(row.high))M\(x(row.low)) \(SVG.number(mid - 7))v14M\(x(row.high)) \(SVG.number(mid - 7))v14\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"2\" fill=\"none\"/>")
            }
            parts.append("<text x=\"\(SVG.number(plotEnd + 14))\" y=\"\(SVG.number(y + 22))\" font-size=\"15\" fill=\"\(ReportStyle.Palette.ink)\">\(row.valueText)</text></g>")
        }
        return SVG.document(width: width, height: axisY + 50, title: title, body: Markup.joined(parts, separator: "\n"))
    }
}
