import Foundation

/// A horizontal bar chart drawn as inline SVG: one row per bar, its label on the left,
/// the value written on the right, an optional 95 % interval as a whisker.
///
/// The SVG scales to its container (a `viewBox`, no fixed size); text stays text, so it
/// is searchable and prints sharply. Labels longer than the label column are shortened
/// with an ellipsis and keep the full text as a tooltip (`<title>`).
struct BarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Double
        /// The interval's ends, when there is one.
        var low: Double?
        var high: Double?
        /// The value as written for people.
        var valueText: String
        /// Drawn in the highlight colour (the winner, the CRM team).
        var highlighted = false
        /// Tooltip text added to the label's.
        var detail: String?
    }

    var bars: [Bar]
    /// What the chart shows, for screen readers.
    var title: String
    /// The axis maximum; default the largest value or interval end.
    var maximum: Double?
    var color = ReportStyle.Palette.blue
    var highlightColor = ReportStyle.Palette.orange
    /// Axis tick labels: value → text.
    var tick: ((Double) -> String)?

    private let width = 1000.0
    private let labelWidth = 400.0
    private let barStart = 410.0
    private let barEnd = 780.0
    private let rowHeight = 34.0
    private let top = 10.0

    /// The chart.
    func svg() -> Markup {
        let largest = maximum ?? QuantilePlot.niceCeiling(bars.map { max($0.value, $0.high ?? 0) }.max() ?? 1)
        let scale = largest > 0 ? (barEnd - barStart) / largest : 0
        let axisY = top + Double(bars.count) * rowHeight + 4
        let height = axisY + (tick == nil ? 8 : 30)
        var parts: [Markup] = []
        // Grid lines and ticks at quarters of the maximum.
        if let tick, largest > 0 {
            for quarter in 0...4 {
                let value = largest * Double(quarter) / 4
                let x = barStart + value * scale
                parts.append("<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.grid)\" stroke-width=\"1\"/>")
                parts.append("<text x=\"\(SVG.number(x))\" y=\"\(SVG.number(axisY + 20))\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(ReportStyle.Palette.muted)\">\(tick(value))</text>")
            }
        }
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            let fill = bar.highlighted ? highlightColor : color
            let length = max(0, bar.value) * scale
            // DejaVu Sans at 16 units: about 9.7 units a character, 10.6 in bold.
            let label = SVG.shortened(bar.label, to: bar.highlighted ? 37 : 41)
            let tooltip = bar.detail.map { "\(bar.label) — \($0)" } ?? bar.label
            parts.append("<g><title>\(tooltip): \(bar.valueText)</title>")
            parts.append("<text x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(y + 22))\" text-anchor=\"end\" font-size=\"16\"\(bar.highlighted ? " font-weight=\"bold\"" as Markup : "") fill=\"\(ReportStyle.Palette.ink)\">\(label)</text>")
            parts.append("<rect x=\"\(SVG.number(barStart))\" y=\"\(SVG.number(y + 6))\" width=\"\(SVG.number(max(length, bar.value > 0 ? 1.5 : 0)))\" height=\"\(SVG.number(rowHeight - 12))\" fill=\"\(fill)\"/>")
            if let low = bar.low, let high = bar.high, high > low {
                let x1 = barStart + max(low, 0) * scale, x2 = barStart + min(high, largest) * scale
                let mid = y + rowHeight / 2
                parts.append("<path d=\"M\(SVG.number(x1)) \(SVG.number(mid))H\(SVG.number(x2))M\(SVG.number(x1)) \(SVG.number(mid - 7))v14M\(SVG.number(x2)) \(SVG.number(mid - 7))v14\" stroke=\"\(ReportStyle.Palette.ink)\" stroke-width=\"2\" fill=\"none\"/>")
            }
            parts.append("<text x=\"\(SVG.number(barEnd + 12))\" y=\"\(SVG.number(y + 22))\" font-size=\"15\" fill=\"\(ReportStyle.Palette.ink)\">\(bar.valueText)</text></g>")
        }
        parts.append("<line x1=\"\(SVG.number(barStart))\" y1=\"\(SVG.number(top - 4))\" x2=\"\(SVG.number(barStart))\" y2=\"\(SVG.number(axisY))\" stroke=\"\(ReportStyle.Palette.muted)\" stroke-width=\"1.5\"/>")
        return SVG.document(width: width, height: height, title: title, body: Markup.joined(parts, separator: "\n"))
    }
}

/// Helpers for the SVG the report draws itself.
enum SVG {
    /// An `<svg>` element that scales to its container.
    static func document(width: Double, height: Double, title: String, body: Markup) -> Markup {
        """
        <svg viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-label="\(title)" font-family="DejaVu Sans, Arial, sans-serif">
        <title>\(title)</title>
        \(body)
        </svg>
        """
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> Markup {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return .trusted(String(Int(rounded))) }
        return .trusted(String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), rounded))
    }

    /// Text cut to `count` characters with an ellipsis.
    static func shortened(_ text: String, to count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }
}
