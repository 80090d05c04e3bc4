import SiloscopeModel

extension BeforeAfterView {
    /// A friction heatmap of one organization: the org chart with every handoff edge
    /// coloured and widened by the friction a simulation measured (YlOrBr, legend in the
    /// measure's unit), including undeclared edges with large friction (dotted).
    ///
    /// Drawn on the same kind of layout as the before/after pictures (render with
    /// ``LayoutEngine/nop``), so a heatmap of a scenario's result can sit beside them.
    ///
    /// - Parameters:
    ///   - model: The organization.
    ///   - friction: Friction per edge.
    ///   - measure: Which figure to show.
    ///   - title: The title; `nil` uses "Friction: NAME".
    ///   - subtitle: A line under the title.
    /// - Returns: A diagram to render with ``LayoutEngine/nop``.
    /// - Throws: ``RenderingError`` when the reporting lines do not form one tree or
    ///   Graphviz fails.
    public static func heatmap(
        model: OrgModel, friction: [HandoffKey: EdgeFriction], measure: FrictionMeasure = .minutes,
        title: String? = nil, subtitle: String? = nil
    ) throws(RenderingError) -> Diagram {
        var view = BeforeAfterView(before: model, after: model, beforeFriction: friction, afterFriction: friction,
                                   measure: measure)
        view.afterTitle = title ?? "Friction: \(model.organization.name)"
        view.subtitle = subtitle ?? (measure == .minutes
            ? "where handoffs add customer time; the wider and darker, the more"
            : "where cases bounce back (\u{201C}not our job\u{201D}); the wider and darker, the more")
        return try view.diagrams().after
    }
}
