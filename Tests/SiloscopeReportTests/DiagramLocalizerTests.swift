import SiloscopeModel
import SiloscopeRendering
import Testing

@testable import SiloscopeReport

/// The report's adaptation of the rendering module's diagrams.
@Suite struct DiagramLocalizerTests {
    /// The handoffs view draws every handoff between the same two units as one arrow; the
    /// heatmap must label each arrow with its own pair's minutes, also when a model lists
    /// two handoffs between the same units (an earlier version counted label nodes in
    /// handoff order and shifted every later label).
    @Test func heatmapLabelsFollowTheirPair() throws {
        var model = try ModelLoader.load(path: ReportFixture.root.appendingPathComponent("org-models/salon.yaml").path).model
        model.handoffs.insert(Handoff(from: "resepsiyon", to: "kuaforler", caseTypes: ["oje_kalkti"], channel: .phone), at: 1)
        var minutes: [HandoffKey: Double] = [:]
        for (index, handoff) in model.handoffs.enumerated() {
            minutes[HandoffKey(handoff)] = Double(index + 1) * 1.25
        }
        var view = HandoffView(model: model, friction: minutes)
        view.language = .tr
        let heatmap = DiagramLocalizer(.en).heatmap(try view.diagram(), model: model, minutesPerCase: minutes)
        #expect(heatmap.label == nil, "the page draws its own legend")
        let units = Set(model.units.map(\.id))
        var checked = 0
        for node in heatmap.nodes where !units.contains(node.id) {
            let from = try #require(heatmap.edges.first { $0.to == node.id }?.from)
            let to = try #require(heatmap.edges.first { $0.from == node.id }?.to)
            let value = try #require(minutes[HandoffKey(from: from, to: to)])
            let expected = NumberStyle(.en).decimal(value, digits: value < 10 ? 2 : 1)
            guard case let .html(text) = node.label else { Issue.record("\(node.id) has no HTML label"); continue }
            #expect(text.contains("+\(expected) min/case"), "\(from) → \(to): \(text)")
            checked += 1
        }
        #expect(checked == Set(model.handoffs.map(HandoffKey.init)).count)
    }
}
