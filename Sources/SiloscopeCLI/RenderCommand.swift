import ArgumentParser
import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering
import SiloscopeScenarios

/// `siloscope render FILE --view org|handoffs -o OUT`: a model's diagram through Graphviz,
/// in-process, written atomically.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a model's org chart or handoffs as SVG, PNG, PDF or DOT.",
        discussion: """
            The org view draws reporting lines top-down, divisions as shaded boxes, handoffs \
            as dashed arrows (wider for more cases per day) and the CRM team highlighted. The \
            handoffs view draws the units that hand work on, with each handoff's case types, \
            channel and context kept. With --scenario, before, after, before-after and diff \
            draw the change on one stable layout (unchanged units do not move), heatmap the \
            friction on every edge and journey one --case-type's paths (see docs/rendering.md). \
            A big organization is collapsed to stay legible (at most --max-boxes boxes, 150 by \
            default, plus what must stay drawn: the CRM team, every changed unit, the ends of \
            the heaviest friction; --depth and --focus narrow it), and a note on \
            standard error says what was collapsed and which flags expand it. \
            The format follows the output's extension unless \
            --format is given. The output is written to a temporary file and renamed, so a \
            failed render never leaves a partial file; the input file is never overwritten. \
            Exit codes: 0 written, 1 the model or scenario has errors or cannot be drawn, 2 a \
            file cannot be read or written, 3 an organization cannot be simulated (friction, \
            journey), 64 usage error.
            """
    )

    @Argument(help: "Model file (YAML or JSON).")
    var file: String

    @Option(help: "What to draw: org, handoffs, before, after, before-after (two files: OUT-before, OUT-after), diff, journey or heatmap.")
    var view: RenderView = .org

    @Option(help: "Output format; by default taken from the output file's extension (.svg, .png, .pdf, .dot, .gv).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    @Option(help: "Graphviz layout engine.")
    var engine: LayoutEngine = .dot

    /// The format asked for, or the one the output's extension names.
    private var resolvedFormat: OutputFormat? { format ?? OutputFormat(pathExtensionOf: output) }

    @Option(help: "A scenario on FILE: before, after, before-after and diff need one; heatmap and journey draw it when given.")
    var scenario: String?

    @Option(name: .customLong("case-type"), help: "The case type a journey view follows (its id).")
    var caseType: String?

    @Option(help: "What edge colour and width show in before/after, diff and heatmap views: minutes, bounces or none (none skips the simulation).")
    var friction: FrictionChoice = .minutes

    @Option(help: "Language of the words the pictures write themselves (titles, legends, kind and staff, what changed): en or tr.")
    var lang: Language = .en

    @OptionGroup var collapsing: CollapseFlags

    @OptionGroup var simulation: SimulationFlags

    func validate() throws {
        if view.needsScenario, scenario == nil {
            throw ValidationError("--view \(view.rawValue) needs --scenario FILE (the change to draw)")
        }
        if view == .journey, caseType == nil {
            throw ValidationError("--view journey needs --case-type ID (the case type to follow)")
        }
        if view == .heatmap, friction == .none {
            throw ValidationError("--view heatmap draws friction; use --friction minutes or bounces")
        }
        if collapsing.narrows, [.handoffs, .journey].contains(view) {
            throw ValidationError("--depth and --focus apply to --view org, heatmap, before, after, before-after and diff")
        }
        if resolvedFormat == nil {
            throw ValidationError(
                "cannot tell the format from '\(output)'; use a .svg, .png, .pdf or .dot file name or pass --format")
        }
    }

    func run() throws {
        guard let format = resolvedFormat else { throw ExitCode.validationFailure }
        guard let view = view.orgView else { return try runChangeView(format: format) }
        let loaded = try loadModel(file)
        let data: Data
        var drawn = loaded.model.units.count
        do {
            var diagram: Diagram
            if view == .org {
                let collapsed = try collapsing.rules().apply(to: loaded.model)
                drawn = collapsed.model.units.count
                diagram = try view.diagram(for: loaded.model, language: lang, collapsed: collapsed,
                                           note: collapsing.announce(collapsed, file: file, language: lang))
            } else {
                diagram = try view.diagram(for: loaded.model, language: lang)
            }
            try Self.checkSize(diagram, view: self.view)
            let progress = Progress.start("laying out \(diagram.nodes.count) boxes")
            defer { progress.stop() }
            data = try diagram.rendered(as: format, engine: engine)
        } catch {
            printError("\(file): error: \(error.description)")
            throw Exit.invalidInput
        }
        try writeOutput(data, to: output, inputs: [file])
        let of = drawn == loaded.model.units.count ? "\(drawn) units" : "\(drawn) of \(loaded.model.units.count) units"
        print("\(output): \(view.rawValue) view of \(of), \(format.rawValue), \(data.count) bytes")
    }

    /// The most boxes handed to Graphviz: a layout of 2,000 boxes takes seconds; tens of
    /// thousands take minutes and gigabytes.
    static let maximumLayoutBoxes = 2_000

    /// Refuses a diagram too large to lay out in seconds, saying what to do instead.
    static func checkSize(_ diagram: Diagram, view: RenderView) throws(RenderingError) {
        try checkSize(boxes: diagram.nodes.count, view: view)
    }

    /// Refuses a picture of more boxes than are laid out in seconds, saying what to do instead.
    static func checkSize(boxes: Int, view: RenderView, changed: Int? = nil) throws(RenderingError) {
        guard boxes > maximumLayoutBoxes else { return }
        let why = changed.map { ", \($0) of them changed (changed units are always drawn)" } ?? ""
        throw .invalidDiagram("the \(view.rawValue) view would hold \(boxes) boxes\(why); at most \(maximumLayoutBoxes) are laid out (more take minutes and gigabytes, and no label could be read); lower --max-boxes, or use --focus UNIT or --depth N")
    }
}

extension OrgView: ExpressibleByArgument {}
extension RenderView: ExpressibleByArgument {}
extension FrictionChoice: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

/// Every view `siloscope render` draws: the org views of one model, and the views of a
/// change (see docs/rendering.md, "Before/after, diff, journey and heatmap views").
enum RenderView: String, CaseIterable {
    case org
    case handoffs
    case before
    case after
    case beforeAfter = "before-after"
    case diff
    case journey
    case heatmap

    /// The org view for `org` and `handoffs`, `nil` for the views of a change.
    var orgView: OrgView? { OrgView(rawValue: rawValue) }

    /// Whether the view draws a scenario's change and so needs `--scenario`.
    var needsScenario: Bool { [.before, .after, .beforeAfter, .diff].contains(self) }
}

/// What edge colour and width show: a friction measure, or none (no simulation).
enum FrictionChoice: String, CaseIterable {
    case minutes
    case bounces
    case none

    var measure: FrictionMeasure? { FrictionMeasure(rawValue: rawValue) }
}

extension RenderCommand {
    /// Draws before, after, before-after, diff, heatmap or journey views.
    func runChangeView(format: OutputFormat) throws {
        let loaded = try loadModel(file)
        let applied = try scenario.map { try applyScenario($0, to: loaded) }
        let outputs: [(path: String, data: Data, what: String)]
        do {
            if view == .journey {
                outputs = try journeyOutputs(loaded, applied: applied, format: format)
            } else {
                outputs = try frictionOutputs(loaded, applied: applied, format: format)
            }
        } catch let error as RenderingError {
            printError("\(file): error: \(error.description)")
            throw Exit.invalidInput
        }
        for output in outputs {
            try writeOutput(output.data, to: output.path, inputs: [file] + (scenario.map { [$0] } ?? []))
            print("\(output.path): \(output.what), \(format.rawValue), \(output.data.count) bytes")
        }
    }

    /// Loads and applies the scenario, printing its errors at the scenario file's lines.
    private func applyScenario(_ path: String, to loaded: LoadedModel) throws -> AppliedScenario {
        do {
            return try ScenarioLoader.load(path: path).apply(to: loaded)
        } catch {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
    }

    /// Before/after/diff pictures or a heatmap, with friction from a comparison run.
    private func frictionOutputs(_ loaded: LoadedModel, applied: AppliedScenario?,
                                 format: OutputFormat) throws -> [(path: String, data: Data, what: String)] {
        if view != .heatmap, let applied, collapsing.maxBoxes == 0, !collapsing.narrows {
            // Before simulating: uncollapsed, these views lay out every unit of both.
            let units = Set(loaded.model.units.map(\.id)).union(applied.model.units.map(\.id)).count
            try Self.checkSize(boxes: units, view: view)
        }
        var comparison: ComparisonReport?
        if friction.measure != nil {
            let options = try simulation.options()
            do {
                let progress = Progress.start("simulating for the friction overlay")
                defer { progress.stop() }
                comparison = try Comparison.run(base: loaded, applied: applied.map { [$0] } ?? [], options: options)
            } catch {
                printError("\(file): error: \(error.description)")
                if case .invalidOptions = error { throw ExitCode.validationFailure }
                throw Exit.cannotSimulate
            }
        }
        let measure = friction.measure ?? .minutes
        let beforeFriction = comparison.map { EdgeFriction.map($0.base.edges) }
        let afterFriction = comparison?.scenarios.first.map { EdgeFriction.map($0.edges) }
        if view == .heatmap {
            let model = applied?.model ?? loaded.model
            let friction = afterFriction ?? beforeFriction ?? [:]
            // Every unit at either end of an edge with a fifth of the largest friction or
            // more stays drawn (the scale's darker colours); weaker edges are added up.
            let carrying = EdgeFriction.carryingUnits([friction], measure: measure, share: 0.2)
            let collapsed = try collapsing.rules(keeping: carrying).apply(to: model)
            let note = collapsing.announce(collapsed, file: file, language: lang)
            let diagram = try BeforeAfterView.heatmap(
                model: collapsed.namingCollapsed(language: lang), friction: collapsed.friction(friction, adding: EdgeFriction.adding), measure: measure,
                title: applied.map { lang.pick("Friction after ", "Sürtünme, senaryodan sonra: ") + "'\($0.scenario.name)'" },
                subtitle: note, language: lang)
            try Self.checkSize(diagram, view: view)
            return [(output, try diagram.rendered(as: format, engine: BeforeAfterDiagrams.engine), "friction heatmap")]
        }
        guard let applied else { throw ExitCode.validationFailure }
        var beforeAfter = BeforeAfterView(before: loaded.model, after: applied.model, changes: applied.diff,
                                          beforeFriction: beforeFriction, afterFriction: afterFriction, measure: measure)
        beforeAfter.language = lang
        beforeAfter.subtitle = lang.pick("Scenario: ", "Senaryo: ") + applied.scenario.name
        beforeAfter.notes = Self.undrawnChanges(applied.diff, language: lang)
        beforeAfter.afterTitle = lang.pick("After: ", "Sonra: ") + applied.scenario.name
        if let edges = comparison?.scenarios.first?.edgeChanges, measure == .minutes {
            // Real changes only, and of those the ones at least a tenth of the largest and
            // a hundredth of the largest edge's friction (at most 15): with hundreds of
            // edges, some tiny ones pass the test by chance.
            let top = (beforeFriction ?? [:]).values.map(\.addedMinutes).max() ?? 0
            let real = edges.filter { $0.addedMinutesDelta.significant && abs($0.addedMinutesDelta.mean) >= top / 100 }
            let largest = real.map { abs($0.addedMinutesDelta.mean) }.max() ?? 0
            var changed: [HandoffKey: Double] = [:]
            for edge in real.prefix(15) where abs(edge.addedMinutesDelta.mean) >= largest / 10 {
                changed[HandoffKey(from: edge.from, to: edge.to)] = edge.addedMinutesDelta.mean
            }
            beforeAfter.frictionChanges = changed
        }
        let collapsed = try beforeAfter.collapse(collapsing.rules())
        try Self.checkSize(boxes: collapsed.drawnUnits, view: view, changed: collapsed.changedUnits.count)
        beforeAfter.note = collapsing.announce(collapsed, file: file, language: lang)
        let progress = Progress.start("laying out \(collapsed.drawnUnits) units")
        let diagrams: BeforeAfterDiagrams
        do { defer { progress.stop() }; diagrams = try beforeAfter.diagrams() }
        let engine = BeforeAfterDiagrams.engine
        switch view {
        case .before: return [(output, try diagrams.before.rendered(as: format, engine: engine), "before picture")]
        case .after: return [(output, try diagrams.after.rendered(as: format, engine: engine), "after picture")]
        case .diff: return [(output, try diagrams.diff.rendered(as: format, engine: engine), "diff picture")]
        default:
            return [(Self.suffixed(output, "before"), try diagrams.before.rendered(as: format, engine: engine), "before picture"),
                    (Self.suffixed(output, "after"), try diagrams.after.rendered(as: format, engine: engine), "after picture")]
        }
    }

    /// What a scenario changed that an org picture does not draw, one line each.
    static func undrawnChanges(_ diff: ModelDiff, language: Language = .en) -> [String] {
        func list(_ ids: [String]) -> String { ids.prefix(4).joined(separator: ", ") + (ids.count > 4 ? ", …" : "") }
        let t = language.pick
        var notes: [String] = []
        if !diff.addedSystems.isEmpty { notes.append(t("systems added: ", "eklenen sistemler: ") + list(diff.addedSystems)) }
        if !diff.removedSystems.isEmpty { notes.append(t("systems retired: ", "kaldırılan sistemler: ") + list(diff.removedSystems)) }
        if !diff.changedSystems.isEmpty {
            notes.append(t("systems changed: ", "değişen sistemler: ") + list(diff.changedSystems.keys.sorted()))
        }
        for (kind, changes) in [(t("touchpoints", "temas noktaları"), diff.touchpoints), (t("case types", "vaka türleri"), diff.caseTypes),
                                (t("campaigns", "kampanyalar"), diff.campaigns), (t("reported KPIs", "raporlanan KPI'lar"), diff.reporting)]
        where !changes.isEmpty {
            notes.append(kind + t(" changed: ", " değişti: ") + list(changes.added + changes.removed + changes.changed))
        }
        let crm = diff.crm.filter { $0 != "placement" && $0 != "unit" }
        if !crm.isEmpty { notes.append(t("CRM team: \(crm.joined(separator: ", ")) changed", "CRM ekibi, değişen: \(crm.joined(separator: ", "))")) }
        if !diff.simulation.isEmpty { notes.append(t("simulation settings: ", "simülasyon ayarları: ") + list(diff.simulation)) }
        return notes
    }

    /// `out.png` → `out-before.png`.
    static func suffixed(_ path: String, _ suffix: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(stem)-\(suffix)" : "\(stem)-\(suffix).\(ext)"
    }

    /// A journey of one case type (today, and after the scenario when given), from the
    /// event log of replication 0 of a simulation with common random numbers.
    private func journeyOutputs(_ loaded: LoadedModel, applied: AppliedScenario?,
                                format: OutputFormat) throws -> [(path: String, data: Data, what: String)] {
        guard let caseType else { throw ExitCode.validationFailure }
        var options = try simulation.options()
        options.runs = 2  // only replication 0 is logged
        var scenarioModel = loaded
        if let applied { scenarioModel.model = applied.model }
        var paths: (before: JourneyPaths, after: JourneyPaths?)
        do throws(JourneyError) {
            let progress = Progress.start("simulating the journey of '\(caseType)'")
            defer { progress.stop() }
            paths = (try JourneyPaths.simulate(loaded, caseType: caseType, options: options), nil)
            if applied != nil { paths.after = try JourneyPaths.simulate(scenarioModel, caseType: caseType, options: options) }
        } catch {
            printError("\(file): error: \(error.description)")
            if case .unknownCaseType = error { throw Exit.invalidInput }
            throw Exit.cannotSimulate
        }
        var journey = JourneyView(model: loaded.model, flow: Self.flow(paths.before),
                                  after: paths.after.map { (scenarioModel.model, Self.flow($0)) })
        journey.language = lang
        let t = lang.pick
        journey.subtitle = t("The first \(options.cases) arrivals of replication 0 (seed \(options.seed)): ",
                             "Çalıştırma 0'ın ilk \(options.cases) gelişi (tohum \(options.seed)): ")
            + (applied.map { t("the same customers today and in '\($0.scenario.name)'",
                               "bugün ve '\($0.scenario.name)' senaryosunda aynı müşteriler") }
                ?? t("\(paths.before.cases) cases of this type", "bu türden \(paths.before.cases) vaka"))
        let diagrams = try journey.diagrams()
        let engine = BeforeAfterDiagrams.engine
        guard let after = diagrams.after else {
            return [(output, try diagrams.before.rendered(as: format, engine: engine), "journey of \(caseType)")]
        }
        return [(Self.suffixed(output, "before"), try diagrams.before.rendered(as: format, engine: engine), "journey of \(caseType) today"),
                (Self.suffixed(output, "after"), try after.rendered(as: format, engine: engine), "journey of \(caseType) after")]
    }

    /// A journey's counts for the renderer.
    static func flow(_ paths: JourneyPaths) -> JourneyFlow {
        var transitions: [HandoffKey: Int] = [:], movers: [HandoffKey: Int] = [:]
        for move in paths.transitions {
            transitions[HandoffKey(from: move.from, to: move.to)] = move.count
            movers[HandoffKey(from: move.from, to: move.to)] = move.cases
        }
        return JourneyFlow(
            caseTypeName: paths.caseTypeName, owner: paths.owner, cases: paths.cases,
            entries: paths.entries.map { JourneyFlow.Entry(channel: $0.channel, unit: $0.unit, count: $0.count) },
            transitions: transitions, casesMoved: movers,
            ends: Dictionary(paths.ends.map { ($0.id, $0.count) }) { first, _ in first },
            paths: paths.paths.map { JourneyFlow.Path(units: $0.units, count: $0.count) })
    }
}
