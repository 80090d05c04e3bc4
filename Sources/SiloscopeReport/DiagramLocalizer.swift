import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering

/// Adapts the rendering module's org and handoff diagrams to the report.
///
/// The views write their fixed words in English (the unit's kind and staff, the legend).
/// The report rewrites, through `Diagram`'s public values, each unit's label in the
/// page's language with the same markup, and drops the title and legend that Graphviz
/// would draw (the page shows a legend of its own in the page's language, next to the
/// diagram). The heatmap's arrow labels become the friction each handoff adds.
struct DiagramLocalizer {
    let language: DiagnosisLanguage
    let numbers: NumberStyle

    init(_ language: DiagnosisLanguage) {
        self.language = language
        self.numbers = NumberStyle(language)
    }

    /// Unit labels in the page's language; the graph's own title and legend removed.
    ///
    /// - Parameters:
    ///   - diagram: An ``OrgChartView`` or ``HandoffView`` diagram of `model`.
    ///   - model: The model it was drawn from.
    ///   - marked: Units to outline as changed (a scenario's moved, added, merged units).
    func localize(_ diagram: Diagram, model: OrgModel, marked: Set<String> = []) -> Diagram {
        var diagram = diagram
        diagram.label = nil
        let units = Dictionary(model.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let crmUnit = model.crm?.unit
        for index in diagram.nodes.indices {
            guard let unit = units[diagram.nodes[index].id] else { continue }
            diagram.nodes[index].label = unitLabel(unit, isCRM: unit.id == crmUnit)
            if marked.contains(unit.id) {
                diagram.nodes[index].attributes["color"] = ReportStyle.Palette.purple
                diagram.nodes[index].attributes["penwidth"] = "5"
                if unit.id != crmUnit { diagram.nodes[index].attributes["fillcolor"] = "#f7e3ee" }
            }
        }
        return diagram
    }

    /// The handoff view as a heatmap: each arrow's label is the customer minutes it adds
    /// per case, instead of its case types and channel.
    ///
    /// The view draws each handoff as `sender → label node → receiver`; its label nodes
    /// are the nodes that are not units, in handoff order.
    func heatmap(_ diagram: Diagram, model: OrgModel, minutesPerCase: [HandoffKey: Double]) -> Diagram {
        var diagram = localize(diagram, model: model)
        let unitIDs = Set(model.units.map(\.id))
        var handoffs = model.handoffs.makeIterator()
        for index in diagram.nodes.indices where !unitIDs.contains(diagram.nodes[index].id) {
            guard let handoff = handoffs.next() else { break }
            let text: String
            if let minutes = minutesPerCase[HandoffKey(handoff)] {
                text = "+" + numbers.decimal(minutes, digits: minutes < 10 ? 2 : 1) + " " + (language == .tr ? "dk/vaka" : "min/case")
            } else {
                text = "—"
            }
            diagram.nodes[index].label = .html("<FONT POINT-SIZE=\"14\"><B>" + Label.escapingHTML(text) + "</B></FONT>")
        }
        return diagram
    }

    /// A unit's label: display name in bold, then kind and staff in small grey type, as
    /// the rendering module draws it, in the page's language.
    func unitLabel(_ unit: SiloscopeModel.Unit, isCRM: Bool) -> Label {
        let name = wrapped(unit.name).map(Label.escapingHTML).joined(separator: "<BR/>")
        let staff = language == .tr ? "\(numbers.integer(unit.staff)) kişi" : "\(numbers.integer(unit.staff)) staff"
        var detail = "\(t(UnitKindNames.name(unit.kind))) · \(staff)"
        if isCRM { detail = (language == .tr ? "CRM ekibi · " : "CRM team · ") + detail }
        return .html(
            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
                + "<TR><TD><B>\(name)</B></TD></TR>"
                + "<TR><TD><FONT POINT-SIZE=\"12\" COLOR=\"#555555\">"
                + Label.escapingHTML(detail) + "</FONT></TD></TR></TABLE>")
    }

    private func t(_ text: LocalizedText) -> String { text[language] }

    /// Lines of about 22 characters, broken at spaces (as the rendering module does).
    private func wrapped(_ text: String, width: Int = 22) -> [String] {
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
}

/// Unit kinds in words, in both languages.
enum UnitKindNames {
    static func name(_ kind: UnitKind) -> LocalizedText {
        switch kind {
        case .executive: LocalizedText(en: "executive", tr: "yönetim")
        case .marketing: LocalizedText(en: "marketing", tr: "pazarlama")
        case .sales: LocalizedText(en: "sales", tr: "satış")
        case .it: LocalizedText(en: "IT", tr: "BT")
        case .customerService: LocalizedText(en: "customer service", tr: "müşteri hizmetleri")
        case .contactCenter: LocalizedText(en: "contact centre", tr: "çağrı merkezi")
        case .branch: LocalizedText(en: "branch", tr: "şube")
        case .operations: LocalizedText(en: "operations", tr: "operasyon")
        case .finance: LocalizedText(en: "finance", tr: "finans")
        case .product: LocalizedText(en: "product", tr: "ürün")
        case .legal: LocalizedText(en: "legal", tr: "hukuk")
        case .dataBI: LocalizedText(en: "data & BI", tr: "veri ve iş zekâsı")
        case .reporting: LocalizedText(en: "reporting", tr: "raporlama")
        case .crm: LocalizedText(en: "CRM", tr: "CRM")
        case .other: LocalizedText(en: "unit", tr: "birim")
        }
    }
}
