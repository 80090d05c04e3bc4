import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering
import SiloscopeScenarios

extension ReportPage {
    /// A scenario's before, after and diff pictures (``BeforeAfterView``): one stable
    /// layout, so unchanged units sit at the same place in each; handoffs coloured by the
    /// friction each simulation measured, on one scale; the diff shows only what changed
    /// and the edges whose friction changed for real.
    func beforeAfter(_ outcome: ScenarioOutcome, index: Int) throws(ReportError) -> Markup {
        let applied = outcome.applied
        let today = report.simulation.edges.map { ComparedEdge($0, casesPerRun: report.simulation.casesPerRun) }
        var view = BeforeAfterView(before: applied.base, after: applied.model, changes: applied.diff,
                                   beforeFriction: EdgeFriction.map(today), afterFriction: EdgeFriction.map(outcome.compared.edges))
        view.beforeTitle = t(BeforeAfterLabels.beforeTitle(report.model.organization.name))
        view.afterTitle = t(BeforeAfterLabels.afterTitle(outcome.name))
        view.subtitle = t(BeforeAfterLabels.subtitle(outcome.name))
        view.language = language == .tr ? .tr : .en
        var changed: [HandoffKey: Double] = [:]
        for edge in outcome.compared.edgeChanges where edge.addedMinutesDelta.significant {
            changed[HandoffKey(from: edge.from, to: edge.to)] = edge.addedMinutesDelta.mean
        }
        view.frictionChanges = changed
        let name = "before/after of scenario '\(outcome.name)'"
        let diagrams: BeforeAfterDiagrams
        var note: String?
        do {
            // A big organization is collapsed as `siloscope render` collapses it, every
            // changed unit and every edge carrying friction kept.
            let collapsed = try view.collapse(OrgCollapse())
            note = collapsed.note(language: view.language, flags: "siloscope render \(report.modelFile) --view before-after "
                                      + "--scenario SCENARIO --focus UNIT, --depth N, --max-boxes N")
            view.note = note
            diagrams = try view.diagrams()
        } catch {
            throw .rendering(diagram: name, error)
        }
        let pictures: [(Diagram, String, LocalizedText, LocalizedText)] = [
            (diagrams.before, "before", BeforeAfterLabels.before, BeforeAfterLabels.beforeCaption),
            (diagrams.after, "after", BeforeAfterLabels.after, BeforeAfterLabels.afterCaption),
            (diagrams.diff, "diff", BeforeAfterLabels.diff, BeforeAfterLabels.diffCaption),
        ]
        var parts: [Markup] = []
        for (diagram, kind, title, caption) in pictures {
            let inline = try InlineDiagram.render(diagram, id: "s\(index + 1)-\(kind)", name: "\(outcome.name): \(t(title))",
                                                  engine: BeforeAfterDiagrams.engine)
            parts.append("<h4>\(t(title))</h4>\n" + diagramFigure(inline, legend: [], caption: t(caption) + (note.map { " " + $0 } ?? "")))
        }
        return Markup.joined(parts, separator: "\n")
    }
}

/// The before/after pictures' words (the pictures' own legends come from the rendering
/// module).
enum BeforeAfterLabels {
    static let before = LocalizedText(en: "Before", tr: "Önce")
    static let after = LocalizedText(en: "After", tr: "Sonra")
    static let diff = LocalizedText(en: "What changed", tr: "Ne değişti")
    static let beforeCaption = LocalizedText(
        en: "Today's organization, marking what the scenario is about to change; handoffs coloured by the friction measured today.",
        tr: "Bugünkü organizasyon; senaryonun değiştireceği yerler işaretli; devirler bugün ölçülen sürtünmeye göre renkli.")
    static let afterCaption = LocalizedText(
        en: "The organization with the scenario applied, on the same layout: units that did not change stay in place; handoffs coloured by the friction measured in the scenario, on the same scale as before.",
        tr: "Senaryo uygulanmış organizasyon, aynı yerleşimde: değişmeyen birimler yerinde kalır; devirler senaryoda ölçülen sürtünmeye göre, öncekiyle aynı ölçekte renkli.")
    static let diffCaption = LocalizedText(
        en: "Only the changed units and handoffs, with the unchanged units at their ends as faint context, and the edges whose friction changed for real (blue: less, orange: more).",
        tr: "Yalnızca değişen birimler ve devirler; uçlarındaki değişmeyen birimler soluk bağlam olarak; sürtünmesi gerçekten değişen hatlar (mavi: azaldı, turuncu: arttı).")

    static func beforeTitle(_ organization: String) -> LocalizedText {
        LocalizedText(en: "Before: \(organization) today", tr: "Önce: bugünkü \(organization)")
    }

    static func afterTitle(_ scenario: String) -> LocalizedText {
        LocalizedText(en: "After: \(scenario)", tr: "Sonra: \(scenario)")
    }

    static func subtitle(_ scenario: String) -> LocalizedText {
        LocalizedText(en: "Scenario: \(scenario)", tr: "Senaryo: \(scenario)")
    }
}
