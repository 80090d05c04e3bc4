import Foundation

/// Maturity levels per dimension as a ladder: one row per dimension, one column per level
/// (Beginner … Expert), cells filled up to the dimension's level. A known (answered)
/// level is filled solid, an inferred one lighter with a dashed edge, an unknown one left
/// empty and written as such; a ring marks the level the model itself shows when it
/// differs from the answer.
struct LevelChart {
    /// One dimension.
    struct Row {
        var label: String
        /// 1–4, or `nil` when unknown.
        var level: Int?
        /// The level the model shows, when it differs from `level`.
        var modelShows: Int?
        var isInferred: Bool
        /// The level and status in words, for the tooltip and the unknown row.
        var text: String
    }

    var rows: [Row]
    /// The level names, 1 to 4.
    var levelNames: [String]
    var title: String
    /// Legend: known, inferred, model shows.
    var legend: (known: String, inferred: String, modelShows: String)

    private let width = 1000.0
    private let labelWidth = 330.0
    private let gridStart = 340.0
    private let cellWidth = 160.0
    private let rowHeight = 38.0
    private let top = 36.0

    /// The chart.
    func svg() -> Markup {
        var parts: [Markup] = []
        for (index, name) in levelNames.prefix(4).enumerated() {
            let x = gridStart + (Double(index) + 0.5) * cellWidth
            parts.append("<text x=\"\(SVG.number(x))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"\(ReportStyle.Palette.muted)\">\(index + 1) · \(SVG.shortened(name, to: 16))</text>")
        }
        for (row, dimension) in rows.enumerated() {
            let y = top + Double(row) * rowHeight
            parts.append("<g><title>\(dimension.label): \(dimension.text)</title>")
            parts.append("<text x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(y + 25))\" text-anchor=\"end\" font-size=\"16\" fill=\"\(ReportStyle.Palette.ink)\">\(SVG.shortened(dimension.label, to: 34))</text>")
            for level in 1...4 {
                let x = gridStart + Double(level - 1) * cellWidth + 3
                let filled = (dimension.level ?? 0) >= level
                let fill = filled ? (dimension.isInferred ? ReportStyle.Palette.skyBlue : ReportStyle.Palette.blue) : "#ffffff"
                let dash: Markup = filled && dimension.isInferred ? " stroke-dasharray=\"6 4\"" : ""
                parts.append("<rect x=\"\(SVG.number(x))\" y=\"\(SVG.number(y + 5))\" width=\"\(SVG.number(cellWidth - 6))\" height=\"\(SVG.number(rowHeight - 10))\" rx=\"4\" fill=\"\(fill)\" stroke=\"\(ReportStyle.Palette.muted)\" stroke-width=\"1.5\"\(dash)/>")
            }
            if dimension.level == nil {
                parts.append("<text x=\"\(SVG.number(gridStart + 2 * cellWidth))\" y=\"\(SVG.number(y + 25))\" text-anchor=\"middle\" font-size=\"15\" font-style=\"italic\" fill=\"\(ReportStyle.Palette.muted)\">\(dimension.text)</text>")
            }
            if let shown = dimension.modelShows, (1...4).contains(shown) {
                let cx = gridStart + (Double(shown) - 0.5) * cellWidth
                parts.append("<circle cx=\"\(SVG.number(cx))\" cy=\"\(SVG.number(y + rowHeight / 2))\" r=\"9\" fill=\"#ffffff\" stroke=\"\(ReportStyle.Palette.vermillion)\" stroke-width=\"4\"/>")
            }
            parts.append("</g>")
        }
        let legendY = top + Double(rows.count) * rowHeight + 26
        parts.append("<rect x=\"\(SVG.number(gridStart))\" y=\"\(SVG.number(legendY - 14))\" width=\"30\" height=\"18\" rx=\"3\" fill=\"\(ReportStyle.Palette.blue)\"/>")
        parts.append("<text x=\"\(SVG.number(gridStart + 38))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.known)</text>")
        parts.append("<rect x=\"\(SVG.number(gridStart + 200))\" y=\"\(SVG.number(legendY - 14))\" width=\"30\" height=\"18\" rx=\"3\" fill=\"\(ReportStyle.Palette.skyBlue)\" stroke=\"\(ReportStyle.Palette.muted)\" stroke-dasharray=\"6 4\"/>")
        parts.append("<text x=\"\(SVG.number(gridStart + 238))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.inferred)</text>")
        parts.append("<circle cx=\"\(SVG.number(gridStart + 420))\" cy=\"\(SVG.number(legendY - 5))\" r=\"8\" fill=\"#ffffff\" stroke=\"\(ReportStyle.Palette.vermillion)\" stroke-width=\"4\"/>")
        parts.append("<text x=\"\(SVG.number(gridStart + 436))\" y=\"\(SVG.number(legendY))\" font-size=\"14\">\(legend.modelShows)</text>")
        return SVG.document(width: width, height: legendY + 12, title: title, body: Markup.joined(parts, separator: "\n"))
    }
}
