import SiloscopeModel

/// The org views the command line offers, by name.
public enum OrgView: String, CaseIterable, Sendable {
    /// ``OrgChartView``: reporting lines, divisions, handoffs overlaid, the CRM team.
    case org
    /// ``HandoffView``: the units that hand work on and the labelled handoffs.
    case handoffs

    /// Builds this view's diagram of a model.
    ///
    /// - Parameters:
    ///   - model: The organization.
    ///   - friction: Optional friction per handoff edge.
    ///   - language: The language of the words the view writes itself.
    ///   - collapsed: For the org view, the result of ``OrgCollapse`` on `model` (drawn
    ///     instead of `model`, with its note), or `nil` to draw every unit.
    ///   - note: A note under the legend (org view).
    /// - Returns: A diagram to render with ``LayoutEngine/dot``.
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when the model's structure is broken.
    public func diagram(
        for model: OrgModel, friction: [HandoffKey: Double] = [:], language: Language = .en,
        collapsed: OrgCollapse.Result? = nil, note: String? = nil
    ) throws(RenderingError) -> Diagram {
        switch self {
        case .org:
            var view = OrgChartView(model: collapsed?.model ?? model,
                                    friction: collapsed.map { $0.friction(friction, adding: +) } ?? friction)
            view.language = language
            view.hidden = collapsed?.hidden ?? [:]
            view.note = note
            return try view.diagram()
        case .handoffs:
            var view = HandoffView(model: model, friction: friction)
            view.language = language
            return try view.diagram()
        }
    }
}
