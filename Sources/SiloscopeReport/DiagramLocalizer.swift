import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering

/// Adapts the rendering module's org and handoff diagrams to the report.
///
/// The views write their own words in the page's language (``Language``); the
/// report drops the title and legend that Graphviz would draw (the page shows a legend of
/// its own next to the diagram), and turns the heatmap's arrow labels into the friction
/// each handoff adds.
struct DiagramLocalizer {
    let language: Language
    let numbers: NumberStyle

    init(_ language: Language) {
        self.language = language
        self.numbers = NumberStyle(language)
    }

    /// The language the rendering module's views should draw in.
    var diagramLanguage: Language { language == .tr ? .tr : .en }

    /// The diagram without the graph's own title and legend.
    func localize(_ diagram: Diagram) -> Diagram {
        var diagram = diagram
        diagram.label = nil
        return diagram
    }

    /// The handoff view as a heatmap: each arrow's label is the customer minutes it adds
    /// per case, instead of its case types and channel.
    ///
    /// The view draws each handoff (all handoffs between the same two units together) as
    /// `sender → label node → receiver`; the label nodes are the nodes that are not units,
    /// and their two edges name the pair.
    func heatmap(_ diagram: Diagram, model: OrgModel, minutesPerCase: [HandoffKey: Double]) -> Diagram {
        var diagram = localize(diagram)
        let unitIDs = Set(model.units.map(\.id))
        var sender: [String: String] = [:], receiver: [String: String] = [:]
        for edge in diagram.edges {
            if unitIDs.contains(edge.from), !unitIDs.contains(edge.to) { sender[edge.to] = edge.from }
            if !unitIDs.contains(edge.from), unitIDs.contains(edge.to) { receiver[edge.from] = edge.to }
        }
        for index in diagram.nodes.indices where !unitIDs.contains(diagram.nodes[index].id) {
            let id = diagram.nodes[index].id
            guard let from = sender[id], let to = receiver[id] else { continue }
            let text: String
            if let minutes = minutesPerCase[HandoffKey(from: from, to: to)] {
                text = "+" + numbers.decimal(minutes, digits: minutes < 10 ? 2 : 1) + " " + (language == .tr ? "dk/vaka" : "min/case")
            } else {
                text = "—"
            }
            diagram.nodes[index].label = .html("<FONT POINT-SIZE=\"14\"><B>" + Label.escapingHTML(text) + "</B></FONT>")
        }
        return diagram
    }
}
