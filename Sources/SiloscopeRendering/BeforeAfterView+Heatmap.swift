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
    ///   - language: The language of the legend and the default title and subtitle.
    /// - Returns: A diagram to render with ``LayoutEngine/nop``.
    /// - Throws: ``RenderingError`` when the reporting lines do not form one tree or
    ///   Graphviz fails.
    public static func heatmap(
        model: OrgModel, friction: [HandoffKey: EdgeFriction], measure: FrictionMeasure = .minutes,
        title: String? = nil, subtitle: String? = nil, language: Language = .en
    ) throws(RenderingError) -> Diagram {
        var view = BeforeAfterView(before: model, after: model, beforeFriction: friction, afterFriction: friction,
                                   measure: measure)
        let t = language.pick
        view.language = language
        view.afterTitle = title ?? t("Friction: ", "Sürtünme: ") + model.organization.name
        view.subtitle = subtitle ?? (measure == .minutes
            ? t("where handoffs add customer time; the wider and darker, the more",
                "devirlerin müşteri zamanı eklediği yerler; ne kadar kalın ve koyu, o kadar çok")
            : t("where cases bounce back (\u{201C}not our job\u{201D}); the wider and darker, the more",
                "vakaların geri sektiği yerler (\u{201C}bizim işimiz değil\u{201D}); ne kadar kalın ve koyu, o kadar çok"))
        return try view.diagrams().after
    }
}
