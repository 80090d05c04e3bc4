import ArgumentParser
import SiloscopeModel
import SiloscopeRendering

/// `--depth`, `--focus` and `--max-boxes`: how pictures of a big organization are
/// collapsed (docs/rendering.md, "Big organizations"), shared by `render` and `diff`.
struct CollapseFlags: ParsableArguments {
    @Option(help: "Org, heatmap, before/after and diff pictures: draw N levels (1 = the root, or the focus, alone); deeper subtrees are collapsed into one box each.")
    var depth: Int?

    @Option(help: ArgumentHelp("Org, heatmap, before/after and diff pictures: draw this unit's subtree and the path up to the root.", valueName: "unit"))
    var focus: String?

    @Option(name: .customLong("max-boxes"), help: "Org, heatmap, before/after and diff pictures: collapse from the bottom when more boxes than this would be drawn (0: never collapse); changed units are always drawn.")
    var maxBoxes: Int = OrgCollapse.defaultMaximumBoxes

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1 (1 draws the root, or the focus, alone)") }
        if maxBoxes < 0 { throw ValidationError("--max-boxes must be 0 (never collapse) or more") }
    }

    /// Whether depth or focus was asked for.
    var narrows: Bool { depth != nil || focus != nil }

    /// The collapsing rules from the flags.
    func rules(keeping keep: Set<String> = []) -> OrgCollapse {
        OrgCollapse(depth: depth, focus: focus, maximumBoxes: maxBoxes == 0 ? nil : maxBoxes, keep: keep)
    }

    /// The flags that expand a collapsed picture: focus on the drawn unit hiding the most
    /// people (not a manager of the focus, which hides the rest of the organization), one
    /// level more, a higher box limit.
    func expandingFlags(hidden: [String: OrgCollapse.Hidden], parents: [String: String?], drawn: Int,
                        automatic: Bool, language: Language) -> String {
        var managers = Set<String>()
        var cursor = focus.flatMap { parents[$0] ?? nil }
        while let id = cursor, managers.insert(id).inserted { cursor = parents[id] ?? nil }
        let largest = hidden.filter { !managers.contains($0.key) }.max { ($0.value.people, $1.key) < ($1.value.people, $0.key) }?.key
        var flags: [String] = []
        if let largest { flags.append("--focus \(largest)") }
        if let depth { flags.append("--depth \(depth + 1)") }
        if automatic {
            flags.append("--max-boxes \(drawn * 2) " + language.pick("(0 draws every unit)", "(0 her birimi çizer)"))
        }
        if flags.isEmpty, let focus {
            flags.append(language.pick("--focus on a manager above '\(focus)', or without --focus",
                                       "'\(focus)' üstündeki bir yöneticiye --focus, ya da --focus olmadan"))
        }
        return flags.joined(separator: ", ")
    }

    /// The note of a collapsed org or heatmap picture, also printed on standard error (in
    /// the pictures' language) after `file: note:`; `nil` when every unit is drawn.
    func announce(_ collapsed: OrgCollapse.Result, file: String, language: Language) -> String? {
        let flags = expandingFlags(hidden: collapsed.hidden, parents: Self.parents(collapsed.model),
                                   drawn: collapsed.model.units.count, automatic: collapsed.collapsedAutomatically,
                                   language: language)
        let note = collapsed.note(language: language, flags: flags)
        if let note { printError("\(file): note: \(note)") }
        return note
    }

    /// The note of collapsed before/after and diff pictures (focus suggestions from the
    /// after side), also printed on standard error; `nil` when every unit is drawn.
    func announce(_ collapsed: BeforeAfterCollapse, file: String, language: Language) -> String? {
        let flags = expandingFlags(hidden: collapsed.after.hidden, parents: Self.parents(collapsed.after.model),
                                   drawn: collapsed.drawnUnits, automatic: collapsed.collapsedAutomatically,
                                   language: language)
        let note = collapsed.note(language: language, flags: flags)
        if let note { printError("\(file): note: \(note)") }
        return note
    }

    private static func parents(_ model: OrgModel) -> [String: String?] {
        Dictionary(model.units.map { ($0.id, $0.parent) }) { first, _ in first }
    }
}
