import Foundation
import SiloscopeComparison
import SiloscopeModel
import SiloscopeReport
import SiloscopeRendering
import SiloscopeScenarios
import SiloscopeSimulation

/// The page's diagrams, drawn in-process through Graphviz (every call behind the
/// rendering module's one process-wide lock).
enum SessionDiagrams {
    /// SVG by name: `org` (the org chart after the changes, for pointing), `heatmap`
    /// (friction after the changes), and when something changed `before`, `after` and
    /// `diff` on one stable layout. A diagram that fails is left out (its error goes to
    /// standard error); the figures do not depend on it.
    static func draw(base: LoadedModel, applied: AppliedScenario, comparison: ComparisonReport?,
                     today: SimulationReport, language: Language, changed: Bool) -> [String: Data] {
        var drawn: [String: Data] = [:]
        func attempt(_ name: String, _ make: () throws -> Data) {
            do {
                drawn[name] = try make()
            } catch {
                FileHandle.standardError.write(Data("serve: the \(name) diagram could not be drawn: \(error)\n".utf8))
            }
        }
        let t = language.pick
        let todayEdges = EdgeFriction.map(today.edges.map { ComparedEdge($0, casesPerRun: today.casesPerRun) })
        let afterEdges = comparison?.scenarios.first.map { EdgeFriction.map($0.edges) }
        // A big organization is collapsed as `siloscope render` collapses it (docs/rendering.md,
        // "Big organizations"), the note in each picture saying what was folded.
        let flags = t("siloscope render with --focus UNIT, --depth N or --max-boxes N", "siloscope render ile --focus BİRİM, --depth N ya da --max-boxes N")
        attempt("org") {
            let collapsed = try OrgCollapse().apply(to: applied.model)
            return try OrgView.org.diagram(for: applied.model, language: language, collapsed: collapsed,
                                           note: collapsed.note(language: language, flags: flags)).rendered(as: .svg, engine: .dot)
        }
        attempt("heatmap") {
            let friction = afterEdges ?? todayEdges
            let carrying = EdgeFriction.carryingUnits([friction], measure: .minutes, share: 0.2)
            let collapsed = try OrgCollapse(keep: carrying).apply(to: applied.model)
            return try BeforeAfterView.heatmap(
                model: collapsed.namingCollapsed(language: language), friction: collapsed.friction(friction, adding: EdgeFriction.adding),
                measure: .minutes, title: changed ? t("Friction after the changes", "Değişikliklerden sonra sürtünme") : nil,
                subtitle: collapsed.note(language: language, flags: flags), language: language)
                .rendered(as: .svg, engine: BeforeAfterDiagrams.engine)
        }
        guard changed else { return drawn }
        var view = BeforeAfterView(before: base.model, after: applied.model, changes: applied.diff,
                                   beforeFriction: todayEdges, afterFriction: afterEdges, measure: .minutes)
        view.language = language
        view.beforeTitle = t("Before: today", "Önce: bugün")
        view.afterTitle = t("After the workshop's changes", "Atölye değişikliklerinden sonra")
        var moved: [HandoffKey: Double] = [:]
        for edge in comparison?.scenarios.first?.edgeChanges ?? [] where edge.addedMinutesDelta.significant {
            moved[HandoffKey(from: edge.from, to: edge.to)] = edge.addedMinutesDelta.mean
        }
        view.frictionChanges = moved
        attempt("before") {
            let collapsed = try view.collapse(OrgCollapse())
            view.note = collapsed.note(language: language, flags: flags)
            let diagrams = try view.diagrams()
            let engine = BeforeAfterDiagrams.engine
            drawn["after"] = try diagrams.after.rendered(as: .svg, engine: engine)
            drawn["diff"] = try diagrams.diff.rendered(as: .svg, engine: engine)
            return try diagrams.before.rendered(as: .svg, engine: engine)
        }
        return drawn
    }
}
