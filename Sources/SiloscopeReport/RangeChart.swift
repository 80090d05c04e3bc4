import Foundation

/// Ranges on one money axis that may cross zero: each row a bar from its low to its high
/// end with a mark at its middle value (P10–P90 with the P50; a tornado bar from the
/// figure's low end to its high end with the base value as a line). The zero line is
/// drawn; labels sit on the left, the written value on the right.
struct RangeChart {
    struct Row {
        var label: String
        var low: Double
        var mid: Double
        var high: Double
        var valueText: String
        var color: String
    }

    var rows: [Row]
    /// What the chart shows, for screen readers.
    var title: String
    /// A vertical reference line (the tornado's base value), if any.
    var reference: Double?
    /// Axis tick labels.
    var tick: (Double) -> String

    private let width = 1000.0
    private let labelWidth = 330.0
    private let plotStart = 340.0
    private let plotEnd = 720.0
    private let rowHeight = 34.0
    private let top = 10.0

    func svg() -> Markup {
        let values = rows.flatMap { [$0.low, $0.high, $0.mid] }.filter(\.isFinite) + [0] + (reference.map { [$0] } ?? [])
        var lower = values.min() ?? 0, upper = values.max() ?? 1
        if upper - lower <= 0 { upper = lower + 1 }
        let pad = (upper - lower) * 0.04
        lower -= lower < 0 ? pad : 0
        upper += pad
        let scale = (plotEnd - plotStart) / (upper - lower)
        func x(_ value: Double) -> Double { plotStart + (min(max(value, lower), upper) - lower) * scale }
        let axisY = top + Double(rows.count) * rowHeight + 4
        var parts: [Markup] = []
        for quarter in 0...4 {
            let value = lower + (upper - lower) * Double(quarter) / 4
            parts.append("<line x1=\"\(SVG.number(x(value)))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(SVG.number(x(value)))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.grid)\" stroke-width=\"1\"/>")
            parts.append("<text x=\"\(SVG.number(x(value)))\" y=\"\(SVG.number(axisY + 20))\" text-anchor=\"middle\" font-size=\"13\" fill=\"\(ReportStyle.Palette.muted)\">\(tick(value))</text>")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let x1 = x(min(row.low, row.high)), x2 = x(max(row.low, row.high))
            parts.append("<g><title>\(row.label): \(row.valueText)</title>")
            parts.append("<text x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(y + 22))\" text-anchor=\"end\" font-size=\"15\" fill=\"\(ReportStyle.Palette.ink)\">\(SVG.shortened(row.label, to: 36))</text>")
            parts.append("<rect x=\"\(SVG.number(x1))\" y=\"\(SVG.number(y + 8))\" width=\"\(SVG.number(max(x2 - x1, 1.5)))\" height=\"\(SVG.number(rowHeight - 16))\" fill=\"\(row.color)\" fill-opacity=\"0.75\"/>")
            if row.mid.isFinite {
                parts.append("<line x1=\"\(SVG.number(x(row.mid)))\" y1=\"\(SVG.number(y + 3))\" x2=\"\(SVG.number(x(row.mid)))\" y2=\"\(SVG.number(y + rowHeight - 3))\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"3\"/>")
            }
            parts.append("<text x=\"\(SVG.number(plotEnd + 12))\" y=\"\(SVG.number(y + 22))\" font-size=\"14\" fill=\"\(ReportStyle.Palette.ink)\">\(row.valueText)</text></g>")
        }
        parts.append("<line x1=\"\(SVG.number(x(0)))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(SVG.number(x(0)))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.muted)\" stroke-width=\"1.5\"/>")
        if let reference {
            parts.append("<line x1=\"\(SVG.number(x(reference)))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(SVG.number(x(reference)))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>")
        }
        return SVG.document(width: width, height: axisY + 30, title: title, body: Markup.joined(parts, separator: "\n"))
    }
}
