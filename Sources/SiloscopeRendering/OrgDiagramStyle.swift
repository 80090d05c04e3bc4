import Foundation
import SiloscopeModel

/// Colours, sizes and label markup shared by the org views: one place to tune legibility.
///
/// Sizes are in points at 96 dpi; chosen (and checked on rendered PNGs) so a 40–60 unit
/// organization stays readable on a projector.
enum OrgDiagramStyle {
    static let unitFontSize = 14
    static let detailFontSize = 12
    static let clusterFontSize = 16
    static let edgeFontSize = 12
    /// Characters per label line before wrapping.
    static let wrapWidth = 18

    static let ink = "#222222"
    static let detailInk = "#555555"
    static let reportingLine = "#6b6b6b"
    static let unitFill = "#ffffff"
    static let unitBorder = "#7a7a7a"
    static let crmFill = "#ffd166"
    static let crmBorder = "#9a5b00"
    static let handoffColor = "#1f5fa8"
    /// Handoffs without a friction value when others have one: grey, so "no value" never
    /// reads as "low friction".
    static let noFrictionColor = "#9a9a9a"
    static let legendBorder = "#bbbbbb"
    static let noteInk = "#8a3b00"

    /// Light fills for division clusters, with a darker border each; readable behind
    /// black text and distinct from the CRM highlight.
    static let divisionPalette: [(fill: String, border: String)] = [
        ("#e8f1fb", "#8fb3dc"), ("#eaf5e6", "#93c288"), ("#f6eefa", "#b99ad0"),
        ("#fdf0e3", "#e0aa72"), ("#e6f4f4", "#7fbcbc"), ("#f9ecef", "#d497a5"),
        ("#f1f1e4", "#b5b57f"), ("#eeeeee", "#a6a6a6"),
    ]

    /// Friction colours, low to high: blue, amber, red, dark red (contrast on white and
    /// on every division fill; width grows with friction as well, for greyscale prints).
    static let frictionColors = ["#2c7bb6", "#e69500", "#d7191c", "#7f0000"]

    /// Graph attributes both org views share.
    static func graphAttributes(rankdir: String) -> [String: String] {
        [
            "rankdir": rankdir, "newrank": "true", "compound": "true",
            "nodesep": "0.3", "ranksep": "0.45", "splines": "true",
            "fontsize": "\(clusterFontSize)", "fontcolor": ink,
            "bgcolor": "white", "pad": "0.3", "labelloc": "t", "labeljust": "l",
            "outputorder": "edgesfirst",
        ]
    }

    static let nodeDefaults: [String: String] = [
        "shape": "box", "style": "rounded,filled", "fillcolor": unitFill, "color": unitBorder,
        "penwidth": "1.2", "fontsize": "\(unitFontSize)", "fontcolor": ink, "margin": "0.12,0.06",
    ]

    static let edgeDefaults: [String: String] = [
        "color": reportingLine, "penwidth": "1.4", "arrowhead": "none",
        "fontsize": "\(edgeFontSize)", "fontcolor": ink,
    ]

    // MARK: Labels

    /// A unit's label: display name in bold, then kind and staff in small grey type.
    static func unitLabel(_ unit: SiloscopeModel.Unit, isCRM: Bool, language: Language = .en, hidden: OrgCollapse.Hidden? = nil) -> Label {
        let name = wrapped(unit.name).map(Label.escapingHTML).joined(separator: "<BR/>")
        let detail = unitDetail(unit, isCRM: isCRM, language: language)
        let summary = hidden.map {
            "<TR><TD><FONT POINT-SIZE=\"\(detailFontSize)\"><B>" + Label.escapingHTML(collapsedSummary($0, language: language)) + "</B></FONT></TD></TR>"
        } ?? ""
        return .html(
            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
                + "<TR><TD><B>\(name)</B></TD></TR>"
                + "<TR><TD><FONT POINT-SIZE=\"\(detailFontSize)\" COLOR=\"\(detailInk)\">"
                + Label.escapingHTML(detail) + "</FONT></TD></TR>" + summary + "</TABLE>")
    }

    /// Fill of a box standing for a collapsed subtree.
    static let collapsedFill = "#ececec"

    /// "+37 units, 1,240 people" (Turkish: "+37 birim, 1.240 kişi").
    static func collapsedSummary(_ hidden: OrgCollapse.Hidden, language: Language) -> String {
        let units = language.grouped(hidden.units)
        let people = language.grouped(hidden.people)
        return language.pick("+\(units) unit\(hidden.units == 1 ? "" : "s"), \(people) people", "+\(units) birim, \(people) kişi")
    }

    /// The small grey line under a unit's name: kind and staff (and "CRM team").
    static func unitDetail(_ unit: SiloscopeModel.Unit, isCRM: Bool, language: Language) -> String {
        let detail = "\(language.kindName(unit.kind)) · \(unit.staff) \(language.pick("staff", "kişi"))"
        return isCRM ? language.pick("CRM team · ", "CRM ekibi · ") + detail : detail
    }

    /// Splits text into lines of about `width` characters at spaces (long words stay whole).
    static func wrapped(_ text: String, width: Int = wrapWidth) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A unit kind in words.
    static func kindName(_ kind: UnitKind) -> String {
        switch kind {
        case .executive: "executive"
        case .marketing: "marketing"
        case .sales: "sales"
        case .it: "IT"
        case .customerService: "customer service"
        case .contactCenter: "contact centre"
        case .branch: "branch"
        case .operations: "operations"
        case .finance: "finance"
        case .product: "product"
        case .legal: "legal"
        case .dataBI: "data & BI"
        case .reporting: "reporting"
        case .crm: "CRM"
        case .other: "unit"
        }
    }

    /// A handoff channel in words.
    static func channelName(_ channel: HandoffChannel, language: Language = .en) -> String {
        switch channel {
        case .ticket: language.pick("ticket", "talep kaydı")
        case .email: language.pick("e-mail", "e-posta")
        case .phone: language.pick("phone", "telefon")
        case .sharedSystem: language.pick("shared system", "ortak sistem")
        case .meeting: language.pick("meeting", "toplantı")
        case .paper: language.pick("paper", "kâğıt")
        case .other: language.pick("other", "diğer")
        }
    }

    // MARK: Edge scales

    /// Edge width for a declared volume: 1.2 for none, up to 6 for the largest, growing
    /// with the square root so small flows stay visible.
    static func volumeWidth(_ volume: Double?, maximum: Double) -> Double {
        guard let volume, maximum > 0 else { return 1.2 }
        return 1.2 + 4.8 * (max(volume, 0) / maximum).squareRoot()
    }

    /// The friction bin (0 ..< frictionColors.count) of a value relative to the largest.
    static func frictionBin(_ value: Double, maximum: Double) -> Int {
        guard maximum > 0, value > 0 else { return 0 }
        let share = min(value / maximum, 1)
        return max(0, min(Int(saturating: share * Double(frictionColors.count)), frictionColors.count - 1))
    }

    /// Edge width for a friction value: 1.5 up to 7.
    static func frictionWidth(_ value: Double, maximum: Double) -> Double {
        guard maximum > 0 else { return 1.5 }
        return 1.5 + 5.5 * min(max(value, 0) / maximum, 1)
    }

    /// A number written for people: no trailing zeros, at most two decimals.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        let text = String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value)
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }

    // MARK: Legend

    /// One row of the legend: a sample (line or swatch) and its meaning.
    struct LegendRow {
        var sample: String
        var sampleColor: String
        var fill: String?
        var text: String
    }

    /// The diagram's title with the legend beneath it, as an HTML-like graph label.
    static func titleAndLegend(title: String, rows: [LegendRow], note: String? = nil) -> Label {
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>"
            + Label.escapingHTML(title) + "</B></FONT></TD></TR>"
        for row in rows {
            let fill = row.fill.map { " BGCOLOR=\"\($0)\" BORDER=\"1\" COLOR=\"\(row.sampleColor)\"" } ?? ""
            html += "<TR><TD ALIGN=\"CENTER\" WIDTH=\"56\"\(fill)><FONT COLOR=\"\(row.sampleColor)\">"
                + Label.escapingHTML(row.sample) + "</FONT></TD>"
                + "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(detailFontSize + 1)\">"
                + Label.escapingHTML(row.text) + "</FONT></TD></TR>"
        }
        if let note {
            let lines = wrapped(note, width: 90).map(Label.escapingHTML).joined(separator: "<BR ALIGN=\"LEFT\"/>")
            html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(detailFontSize + 1)\" COLOR=\"\(noteInk)\">"
                + lines + "<BR ALIGN=\"LEFT\"/></FONT></TD></TR>"
        }
        return .html(html + "</TABLE>")
    }

    /// Legend rows for friction colours, with the value range of each bin.
    static func frictionLegend(maximum: Double, language: Language = .en) -> [LegendRow] {
        let bins = frictionColors.count
        return frictionColors.enumerated().map { bin, color in
            let low = maximum * Double(bin) / Double(bins)
            let high = maximum * Double(bin + 1) / Double(bins)
            return LegendRow(sample: "━━━▶", sampleColor: color, fill: nil,
                             text: language.pick("friction ", "sürtünme ") + "\(language.number(low))–\(language.number(high))")
        } + [LegendRow(sample: "╌╌╌▶", sampleColor: noFrictionColor, fill: nil,
                       text: language.pick("no friction value", "sürtünme değeri yok"))]
    }
}
