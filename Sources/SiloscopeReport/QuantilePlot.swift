import Foundation

/// Resolution-time distributions as box-and-whisker rows: the box spans the median to
/// the 90th percentile, the whisker runs on to the 95th, a diamond marks the mean. One
/// row per world (today, each scenario), on one shared minute axis, with an optional
/// dashed reference line (the twin world: every case straight to its owner).
///
/// The simulation reports quantiles per replication rather than a histogram; the plot
/// draws their means over replications.
struct QuantilePlot {
    /// One world's distribution.
    struct Row {
        var label: String
        var p50: Double
        var p90: Double
        var p95: Double
        var mean: Double
        var highlighted = false
    }

    var rows: [Row]
    /// What the chart shows, for screen readers.
    var title: String
    /// A vertical reference line and its label.
    var reference: (value: Double, label: String)?
    /// Axis tick labels.
    var tick: (Double) -> String
    /// Legend texts: box (median to p90), whisker (to p95), mean.
    var legend: (box: String, whisker: String, mean: String)

    private let width = 1000.0
    private let labelWidth = 290.0
    private let plotStart = 300.0
    private let plotEnd = 970.0
    private let rowHeight = 44.0
    private let top = 16.0

    /// The chart.
    func svg() -> Markup {
        let largest = max(rows.map(\.p95).max() ?? 1, reference?.value ?? 0, 1e-9)
        let axisMax = Self.niceCeiling(largest * 1.05)
        let scale = (plotEnd - plotStart) / axisMax
        let x = { (value: Double) in SVG.number(plotStart + value * scale) }
        let axisY = top + Double(rows.count) * rowHeight
        var parts: [Markup] = []
        for step in 0...5 {
            let value = axisMax * Double(step) / 5
            parts.append("<line x1=\"\(x(value))\" y1=\"\(SVG.number(top - 6))\" x2=\"\(x(value))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.grid)\"/>")
            parts.append("<text x=\"\(x(value))\" y=\"\(SVG.number(axisY + 20))\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(ReportStyle.Palette.muted)\">\(tick(value))</text>")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let mid = y + rowHeight / 2
            let fill = row.highlighted ? ReportStyle.Palette.orange : ReportStyle.Palette.skyBlue
            parts.append("<g><title>\(row.label): p50 \(tick(row.p50)), p90 \(tick(row.p90)), p95 \(tick(row.p95)), \(legend.mean) \(tick(row.mean))</title>")
            parts.append("<text x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(mid + 6))\" text-anchor=\"end\" font-size=\"16\" fill=\"\(ReportStyle.Palette.ink)\">\(SVG.shortened(row.label, to: 30))</text>")
            parts.append("<path d=\"M\(x(0)) \(SVG.number(mid))H\(x(row.p95))M\(x(row.p95)) \(SVG.number(mid - 9))v18\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"2\" fill=\"none\"/>")
            parts.append("<rect x=\"\(x(row.p50))\" y=\"\(SVG.number(mid - 12))\" width=\"\(SVG.number(max((row.p90 - row.p50) * scale, 1)))\" height=\"24\" fill=\"\(fill)\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"1.5\"/>")
            let mx = plotStart + row.mean * scale
            parts.append("<path d=\"M\(SVG.number(mx)) \(SVG.number(mid - 9))l9 9l-9 9l-9 -9z\" fill=\"\(ReportStyle.Palette.ink)\"/></g>")
        }
        if let reference {
            parts.append("<line x1=\"\(x(reference.value))\" y1=\"\(SVG.number(top - 10))\" x2=\"\(x(reference.value))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.green)\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>")
        }
        // Legend under the axis.
        let legendY = axisY + 50
        var legendParts: [Markup] = [
            "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(legendY - 13))\" width=\"30\" height=\"16\" fill=\"\(ReportStyle.Palette.skyBlue)\" stroke=\"\(ReportStyle.Palette.ink)\"/>",
            "<text x=\"\(SVG.number(plotStart + 38))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.box)</text>",
            "<path d=\"M\(SVG.number(plotStart + 250)) \(SVG.number(legendY - 5))h30M\(SVG.number(plotStart + 280)) \(SVG.number(legendY - 12))v14\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"2\"/>",
            "<text x=\"\(SVG.number(plotStart + 288))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.whisker)</text>",
            "<path d=\"M\(SVG.number(plotStart + 470)) \(SVG.number(legendY - 13))l8 8l-8 8l-8 -8z\" fill=\"\(ReportStyle.Palette.ink)\"/>",
            "<text x=\"\(SVG.number(plotStart + 484))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.mean)</text>",
        ]
        var height = legendY + 12
        if let reference {
            let y = legendY + 26
            legendParts.append("<line x1=\"\(SVG.number(plotStart))\" y1=\"\(SVG.number(y - 5))\" x2=\"\(SVG.number(plotStart + 30))\" y2=\"\(SVG.number(y - 5))\" stroke=\"\(ReportStyle.Palette.green)\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>")
            legendParts.append("<text x=\"\(SVG.number(plotStart + 38))\" y=\"\(SVG.number(y))\" font-size=\"14\">\(reference.label)</text>")
            height = y + 12
        }
        parts += legendParts
        return SVG.document(width: width, height: height, title: title, body: Markup.joined(parts, separator: "\n"))
    }

    /// 1, 1.2, 1.5, 2, 2.5 or 5 times a power of ten, at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 1.2, 1.5, 2, 2.5, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }
}
