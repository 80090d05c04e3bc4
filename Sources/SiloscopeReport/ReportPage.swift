import Foundation
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeSimulation

/// Writes a ``WorkshopReport`` as one HTML page in one language.
///
/// The page has no script and no external resource: CSS and SVG are inline, and a
/// Content-Security-Policy forbids every fetch, so a browser that opens the file from a
/// USB stick on a projector's laptop makes no network request. Sections are methods in
/// `ReportPage+Section.swift` files, in the order they appear.
struct ReportPage {
    let report: WorkshopReport
    let language: Language
    let numbers: NumberStyle
    /// Display names of today's units and of every scenario's units, by id.
    let unitNames: [String: String]

    init(report: WorkshopReport, language: Language) {
        self.report = report
        self.language = language
        self.numbers = NumberStyle(language)
        var names: [String: String] = [:]
        for outcome in report.scenarios {
            for unit in outcome.applied.model.units { names[unit.id] = unit.name }
        }
        for unit in report.model.units { names[unit.id] = unit.name }
        self.unitNames = names
    }

    /// The text in the page's language.
    func t(_ text: LocalizedText) -> String { text[language] }

    /// A unit's display name, or its id when unknown.
    func unitName(_ id: String) -> String { unitNames[id] ?? id }

    /// The whole page.
    func render() throws(ReportError) -> String {
        let sections: [Markup] = [
            summarySection(),
            try organizationSection(),
            assessmentSection(),
            try frictionSection(),
            campaignSection(),
            recommendationSection(),
            try scenarioSection(),
            businessCaseSection(),
            glossarySection(),
            methodSection(),
        ]
        let title = "\(t(ReportLabels.reportTitle)) — \(report.model.organization.name)"
        let page: Markup = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="Siloscope">
            <title>\(title)</title>
            <style>
            \(Markup.trusted(ReportStyle.css))
            </style>
            </head>
            <body>
            <div class="wrap">
            \(coverSection())
            \(tableOfContents())
            <main>
            \(Markup.joined(sections, separator: "\n"))
            </main>
            </div>
            </body>
            </html>

            """
        return page.html
    }

    // MARK: Shared pieces

    /// The sections' anchors and titles, in page order.
    var outline: [(id: String, title: LocalizedText)] {
        var entries: [(String, LocalizedText)] = [
            ("summary", ReportLabels.summary), ("organization", ReportLabels.organization),
            ("assessment", ReportLabels.assessment), ("friction", ReportLabels.friction),
            ("campaigns", ReportLabels.campaigns), ("recommendation", ReportLabels.recommendation),
        ]
        entries.append(("scenarios", ReportLabels.scenarios))
        entries.append(("business", BusinessCaseLabels.title))
        entries += [("glossary", ReportLabels.glossary), ("method", ReportLabels.method)]
        return entries
    }

    /// The table of contents (hidden in print).
    func tableOfContents() -> Markup {
        let items = outline.map { entry -> Markup in "<li><a href=\"#\(entry.id)\">\(t(entry.title))</a></li>" }
        return "<nav class=\"toc\" aria-label=\"\(t(ReportLabels.contents))\"><ol>\(items)</ol></nav>"
    }

    /// A major section: starts a new printed page.
    func section(_ id: String, _ title: LocalizedText, _ body: Markup) -> Markup {
        "<section class=\"major\" id=\"\(id)\">\n<h2>\(t(title))</h2>\n\(body)\n</section>"
    }

    /// A table with a header row; cells are markup. Columns listed in `numeric` are
    /// right-aligned.
    func table(_ header: [String], _ rows: [[Markup]], numeric: Set<Int> = [], highlighted: Set<Int> = []) -> Markup {
        let head = header.enumerated().map { column, text -> Markup in
            numeric.contains(column) ? "<th class=\"num\" scope=\"col\">\(text)</th>" : "<th scope=\"col\">\(text)</th>"
        }
        let body = rows.enumerated().map { index, cells -> Markup in
            let tds = cells.enumerated().map { column, cell -> Markup in
                numeric.contains(column) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
            }
            return highlighted.contains(index) ? "<tr class=\"highlight\">\(tds)</tr>\n" : "<tr>\(tds)</tr>\n"
        }
        return "<table>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody>\n</table>"
    }

    /// A bulleted list of texts.
    func list(_ items: [String], className: String? = nil) -> Markup {
        let lis = items.map { item -> Markup in "<li>\(item)</li>" }
        if let className { return "<ul class=\"\(className)\">\(lis)</ul>" }
        return "<ul>\(lis)</ul>"
    }

    /// A figure with a caption.
    func figure(_ content: Markup, caption: String, className: String = "chart") -> Markup {
        "<figure class=\"\(className)\">\(content)<figcaption>\(caption)</figcaption></figure>"
    }

    /// The customer minutes an edge adds, per case of the whole run: its added minutes
    /// per replication divided by the cases per replication.
    func perCase(_ minutesPerRun: Double) -> Double {
        minutesPerRun / Double(max(report.simulation.casesPerRun, 1))
    }
}
