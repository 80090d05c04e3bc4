import ArgumentParser
import Foundation
import SiloscopeModel
import SiloscopeRendering
import SiloscopeScenarios

/// `siloscope diff OLD NEW`: what changed between two snapshots of one organization.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two org-chart snapshots: moves, merges, splits, additions, removals, head count, heads, handoffs, systems.",
        discussion: """
            OLD and NEW are model files, for example two HR exports imported months apart with \
            `siloscope import orgchart`. Merges and splits are inferred from the snapshots \
            (docs/scenarios.md, "Diff of two snapshots"). With -o, the before, after and diff \
            pictures are drawn on one layout (OUT-before.png, OUT-after.png, OUT-diff.png); \
            a big organization is collapsed as `render` collapses it, every changed unit \
            kept (--depth, --focus, --max-boxes; docs/rendering.md, "Big organizations"). \
            Exit code 0 whether or not anything changed, 1 for an invalid model, 2 when a \
            file cannot be read or written.
            """
    )

    @Argument(help: "The earlier snapshot (a model file).")
    var old: String

    @Argument(help: "The later snapshot (a model file).")
    var new: String

    @Option(help: "Output: table, markdown or json.")
    var format: DocumentFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Also draw the change: before, after and diff pictures (.svg, .png, .pdf or .dot).")
    var output: String?

    @Option(help: "Head count changes smaller than this share are not listed (default 0.1, i.e. 10 %).")
    var threshold: Double = 0.1

    @Option(help: "Language of the pictures' own words: en or tr.")
    var lang: Language = .en

    @OptionGroup var collapsing: CollapseFlags

    func validate() throws {
        guard threshold.isFinite, threshold >= 0, threshold <= 100 else {
            throw ValidationError("--threshold must be a share from 0 to 100, got \(threshold)")
        }
    }

    func run() throws {
        let before = try loadModel(old)
        let after = try loadModel(new)
        let snapshot = SnapshotDiff(before: before.model, after: after.model)
        let listed = snapshot.headcount.filter { abs($0.change) >= threshold || $0.before == 0 }
        switch format {
        case .json: print(try Self.json(snapshot, headcount: listed))
        case .table, .markdown: print(Self.text(snapshot, headcount: listed, old: old, new: new, markdown: format == .markdown))
        }
        if let output { try draw(before.model, after.model, snapshot, to: output) }
    }

    /// The three pictures on one layout, through the before/after view.
    func draw(_ before: OrgModel, _ after: OrgModel, _ snapshot: SnapshotDiff, to output: String) throws {
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext) else {
            throw ValidationError("cannot tell the picture format from '\(output)'; use .svg, .png, .pdf or .dot")
        }
        var view = BeforeAfterView(before: before, after: after, changes: snapshot.diff)
        view.language = lang
        view.beforeTitle = lang.pick("Before: ", "Önce: ") + URL(fileURLWithPath: old).lastPathComponent
        view.afterTitle = lang.pick("After: ", "Sonra: ") + URL(fileURLWithPath: new).lastPathComponent
        view.notes = RenderCommand.undrawnChanges(snapshot.diff, language: lang)
        let diagrams: BeforeAfterDiagrams
        do {
            let collapsed = try view.collapse(collapsing.rules())
            try RenderCommand.checkSize(boxes: collapsed.drawnUnits, view: .diff, changed: collapsed.changedUnits.count)
            view.note = collapsing.announce(collapsed, file: output, language: lang)
            let progress = Progress.start("laying out \(collapsed.drawnUnits) units")
            defer { progress.stop() }
            diagrams = try view.diagrams()
        } catch {
            printError("\(output): error: \(error)")
            throw Exit.invalidInput
        }
        let engine = BeforeAfterDiagrams.engine
        for (suffix, diagram) in [("before", diagrams.before), ("after", diagrams.after), ("diff", diagrams.diff)] {
            let path = RenderCommand.suffixed(output, suffix)
            let data: Data
            do { data = try diagram.rendered(as: format, engine: engine) } catch {
                printError("\(path): error: \(error)")
                throw Exit.io
            }
            try writeOutput(data, to: path, inputs: [old, new])
            printError("\(path): \(suffix) picture, \(format.rawValue), \(data.count) bytes")
        }
    }

    static func text(_ s: SnapshotDiff, headcount: [SnapshotDiff.Headcount], old: String, new: String, markdown: Bool) -> String {
        let d = s.diff
        var lines: [String] = [markdown ? "# Changes from \(old) to \(new)" : "CHANGES FROM \(old) TO \(new)"]
        func section(_ title: String, _ rows: [String]) {
            guard !rows.isEmpty else { return }
            lines.append("")
            lines.append(markdown ? "## \(title) (\(rows.count))\n" : "\(title.uppercased()) (\(rows.count))")
            lines += rows.map { markdown ? "- \($0)" : "  \($0)" }
        }
        section("Moved under someone else", d.ownMoves.map { "\($0.unit): \($0.from ?? "(top)") → \($0.to ?? "(top)")" })
        let merges = Dictionary(grouping: d.mergedInto.keys.sorted()) { d.mergedInto[$0] ?? "" }
        section("Merged", merges.keys.sorted().map { "\(merges[$0]!.joined(separator: " + ")) → \($0)" })
        section("Split", d.splitInto.keys.sorted().map { "\($0) → \(d.splitInto[$0]!.joined(separator: ", "))" })
        section("Added", d.unexplainedAdditions)
        section("Removed", d.unexplainedRemovals)
        section("Head count", headcount.map {
            let sign = $0.after >= $0.before ? "+" : "−"
            let percent = $0.before > 0 ? String(format: " (%@%.0f %%)", sign, abs($0.change) * 100) : ""
            return "\($0.unit): \($0.before) → \($0.after)\(percent)"
        })
        section("New head", s.heads.map { "\($0.unit): \($0.before ?? "none") → \($0.after ?? "none")" })
        let otherFields = otherUnitFields(d)
        section("Other unit fields", otherFields.keys.sorted().map { "\($0): \(otherFields[$0]!.joined(separator: ", "))" })
        section("Handoffs", d.addedHandoffs.map { "+ \($0)" } + d.removedHandoffs.map { "− \($0)" } + d.changedHandoffs.map { "~ \($0)" })
        section("Systems", d.addedSystems.map { "+ \($0)" } + d.removedSystems.map { "− \($0)" }
                    + d.changedSystems.keys.sorted().map { "~ \($0): \(d.changedSystems[$0]!.joined(separator: ", "))" })
        if lines.count == 1 { lines.append(markdown ? "\nNo differences." : "  no differences") }
        return lines.joined(separator: "\n")
    }

    static func json(_ s: SnapshotDiff, headcount: [SnapshotDiff.Headcount]) throws -> String {
        let d = s.diff
        let object: [String: Any] = [
            "moved": d.ownMoves.map { ["unit": $0.unit, "from": $0.from ?? NSNull(), "to": $0.to ?? NSNull()] as [String: Any] },
            "merged": d.mergedInto,
            "split": d.splitInto,
            "added": d.unexplainedAdditions,
            "removed": d.unexplainedRemovals,
            "headcount": headcount.map { ["unit": $0.unit, "before": $0.before, "after": $0.after, "change": $0.change] as [String: Any] },
            "heads": s.heads.map { ["unit": $0.unit, "before": $0.before ?? NSNull(), "after": $0.after ?? NSNull()] as [String: Any] },
            "changed_units": otherUnitFields(d),
            "handoffs": ["added": d.addedHandoffs.map(\.description), "removed": d.removedHandoffs.map(\.description),
                         "changed": d.changedHandoffs.map(\.description)],
            "systems": ["added": d.addedSystems, "removed": d.removedSystems, "changed": d.changedSystems] as [String: Any],
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Unit fields that changed other than staff and head, which have their own sections.
    static func otherUnitFields(_ diff: ModelDiff) -> [String: [String]] {
        diff.changedUnits.compactMapValues { fields in
            let rest = fields.filter { $0 != "staff" && $0 != "head" }
            return rest.isEmpty ? nil : rest
        }
    }
}
