import SiloscopeDiagnosis
import SiloscopeGraph
import SiloscopeModel
import SiloscopeRendering

extension ReportPage {
    /// The organization: the org chart with the CRM team highlighted, and its counts.
    func organizationSection() throws(ReportError) -> Markup {
        let model = report.model
        let localizer = DiagramLocalizer(language)
        let chart: Diagram
        let collapsed: OrgCollapse.Result
        do {
            // A big organization is collapsed as `siloscope render` collapses it.
            collapsed = try OrgCollapse().apply(to: model)
            var view = OrgChartView(model: collapsed.model, showsHandoffs: false)
            view.hidden = collapsed.hidden
            view.language = localizer.diagramLanguage
            chart = try view.diagram()
        } catch {
            throw .rendering(diagram: "org chart", error)
        }
        let note = collapsed.note(language: localizer.diagramLanguage,
                                  flags: "siloscope render \(report.modelFile) --view org --focus UNIT, --depth N, --max-boxes N")
        let diagram = try InlineDiagram.render(localizer.localize(chart), id: "org",
                                               name: t(OrganizationLabels.orgChart))
        var legend: [Markup] = ["<li><span class=\"swatch\" style=\"background:#6b6b6b;height:.2em\"></span>\(t(OrganizationLabels.reportsTo))</li>"]
        if model.crm != nil {
            legend.append("<li><span class=\"swatch box\"></span>\(t(OrganizationLabels.crmTeam))</li>")
        }
        legend.append("<li>\(t(OrganizationLabels.divisions))</li>")
        let counts: [(LocalizedText, Int)] = [
            (OrganizationLabels.units, model.units.count),
            (OrganizationLabels.staff, model.units.reduce(0) { $0 + $1.staff }),
            (OrganizationLabels.handoffs, model.handoffs.count),
            (OrganizationLabels.systems, model.systems.count),
            (OrganizationLabels.touchpoints, model.touchpoints.count),
            (OrganizationLabels.caseTypes, model.caseTypes.count),
            (OrganizationLabels.campaignCount, model.campaigns.count),
            (OrganizationLabels.reportedKPIs, model.reporting.count),
        ]
        let countCards = counts.map { label, value -> Markup in
            "<div class=\"card\"><h3>\(t(label))</h3><div class=\"big\">\(numbers.integer(value))</div></div>"
        }
        return section("organization", ReportLabels.organization, """
            \(diagramFigure(diagram, legend: legend, caption: t(OrganizationLabels.orgChartCaption) + (note.map { " " + $0 } ?? "")))
            <div class="cards">\(countCards)</div>
            \(crmTeamDescription())
            """)
    }

    /// Where the CRM team sits today and what it does.
    func crmTeamDescription() -> Markup {
        let model = report.model
        guard let crm = model.crm, let unit = model.units.first(where: { $0.id == crm.unit }) else {
            return "<p>\(t(OrganizationLabels.noCRM))</p>"
        }
        let parent = unit.parent.map(unitName) ?? "—"
        let functions = crm.functions.map { t(OrganizationLabels.function($0)) }
        return """
            <h3>\(t(OrganizationLabels.crmTeam))</h3>
            <p>\(t(OrganizationLabels.crmToday(unit.name, parent, numbers.integer(unit.staff))))</p>
            \(functions.isEmpty ? "" : "<p>\(t(OrganizationLabels.functions)): \(functions.joined(separator: ", "))</p>" as Markup)
            """
    }

    /// A Graphviz diagram in a scrollable frame, with an "actual size" toggle (a checkbox
    /// and CSS, no script), a legend and a caption.
    func diagramFigure(_ diagram: InlineDiagram, legend: [Markup], caption: String) -> Markup {
        let toggleID = "zoom-" + diagram.svgID
        let natural = SVG.number(diagram.width)
        return """
            <figure class="diagram-figure">
            <input type="checkbox" class="zoom" id="\(toggleID)"><label for="\(toggleID)">\(t(ReportLabels.showActualSize))</label>
            <div class="diagram" style="--natural-width: \(natural)px">\(diagram.svg)</div>
            <ul class="legend">\(legend)</ul>
            <figcaption>\(caption)</figcaption>
            </figure>
            """
    }
}

/// The organization section's words.
enum OrganizationLabels {
    static let orgChart = LocalizedText(en: "Org chart", tr: "Organizasyon şeması")
    static let orgChartCaption = LocalizedText(
        en: "Reporting lines from the model file; each shaded box is a division (a unit directly under the chief executive and everything below it). Teams with several units without reports of their own are stacked in a dashed frame.",
        tr: "Model dosyasındaki bağlılık ilişkileri; her gölgeli kutu bir bölümdür (genel müdüre doğrudan bağlı bir birim ve altındaki her şey). Altında birim olmayan birden çok birimi olan ekipler kesikli bir çerçevede üst üste gösterilir.")
    static let reportsTo = LocalizedText(en: "reports to (manager above)", tr: "bağlı olduğu yönetici (üstte)")
    static let crmTeam = LocalizedText(en: "The CRM team", tr: "CRM ekibi")
    static let divisions = LocalizedText(en: "shaded boxes: divisions", tr: "gölgeli kutular: bölümler")
    static let units = LocalizedText(en: "Units", tr: "Birimler")
    static let staff = LocalizedText(en: "Staff", tr: "Çalışanlar")
    static let handoffs = LocalizedText(en: "Declared handoffs", tr: "Tanımlı devirler")
    static let systems = LocalizedText(en: "Data systems", tr: "Veri sistemleri")
    static let touchpoints = LocalizedText(en: "Touchpoints", tr: "Temas noktaları")
    static let caseTypes = LocalizedText(en: "Case types", tr: "Vaka türleri")
    static let campaignCount = LocalizedText(en: "Campaigns", tr: "Kampanyalar")
    static let reportedKPIs = LocalizedText(en: "Reported KPIs", tr: "Raporlanan KPI'lar")
    static let noCRM = LocalizedText(en: "The model declares no CRM team, so no placement can be recommended.",
                                     tr: "Modelde bir CRM ekibi tanımlı değil; bu yüzden yer önerisi yapılamaz.")
    static let functions = LocalizedText(en: "Its functions", tr: "Görevleri")

    static func crmToday(_ team: String, _ parent: String, _ staff: String) -> LocalizedText {
        LocalizedText(en: "\(team) (\(staff) staff) reports today to \(parent). It is highlighted in the chart.",
                      tr: "\(team) (\(staff) kişi) bugün \(parent) birimine bağlı. Şemada vurgulanmıştır.")
    }

    static func function(_ function: CRMFunction) -> LocalizedText {
        switch function {
        case .campaignManagement: LocalizedText(en: "campaign management", tr: "kampanya yönetimi")
        case .segmentationAnalytics: LocalizedText(en: "segmentation and analytics", tr: "segmentasyon ve analitik")
        case .complaintManagement: LocalizedText(en: "complaint management", tr: "şikâyet yönetimi")
        case .singleCustomerView: LocalizedText(en: "single customer view", tr: "tek müşteri görünümü")
        case .loyalty: LocalizedText(en: "loyalty", tr: "sadakat")
        case .reporting: LocalizedText(en: "reporting", tr: "raporlama")
        }
    }
}
