import SiloscopeGraph
import SiloscopeModel

/// Which units of a large organization a picture draws, and how the rest is summed up.
///
/// A drawn unit whose reports are not all drawn stands for its whole subtree: its box
/// says "+37 units, 1,240 people" below its own line. The rules (docs/rendering.md,
/// "Big organizations"):
///
/// 1. `--focus UNIT` draws that unit's subtree and the chain of managers up to the root;
///    the managers' other subtrees are summed up in their boxes.
/// 2. `--depth N` draws N levels: the root (or the focus) is level 1.
/// 3. Units in ``keep`` (what changed, what carries friction, the CRM team) are drawn
///    with their managers, whatever the depth.
/// 4. When more than ``maximumBoxes`` units remain, the chart is collapsed from the
///    bottom: starting from the root (or focus) alone, the drawn unit with the most
///    people hidden below it has all its reports drawn, as long as the total stays
///    within the limit; units that do not fit stay collapsed.
public struct OrgCollapse: Sendable, Equatable {
    /// The most boxes drawn before collapsing automatically: 150, so that a PNG is never
    /// scaled down and every label stays readable at 100 % on a 1,920-pixel screen
    /// (names 14 pt, details 12 pt, at 96 dpi). Measured on the org view of the
    /// 100,000-employee export: 149 boxes give 9,396 × 1,672 pixels, within the
    /// 16,000-pixel cap past which PNGs are shrunk (1,668 boxes gave a 16,000 × 267
    /// strip on which nothing could be read).
    public static let defaultMaximumBoxes = 150

    /// Levels drawn (1 = the root or focus only); `nil` for all.
    public var depth: Int?
    /// The unit whose subtree is drawn, with its managers; `nil` for the whole chart.
    public var focus: String?
    /// The most boxes drawn before collapsing from the bottom; `nil` never collapses.
    public var maximumBoxes: Int?
    /// Units always drawn, with their managers.
    public var keep: Set<String>

    /// Creates collapsing rules.
    public init(depth: Int? = nil, focus: String? = nil, maximumBoxes: Int? = defaultMaximumBoxes, keep: Set<String> = []) {
        self.depth = depth
        self.focus = focus
        self.maximumBoxes = maximumBoxes
        self.keep = keep
    }

    /// What a collapsed box stands for.
    public struct Hidden: Sendable, Equatable {
        /// Units below it that are not drawn.
        public var units: Int
        /// Their people (staff).
        public var people: Int
    }

    /// The result: the model to draw and what was left out.
    public struct Result: Sendable {
        /// The model with only the drawn units; handoffs whose ends are not drawn go to
        /// the nearest drawn manager (merged, volumes added; those within one box
        /// dropped); the CRM team points at its drawn box.
        public var model: OrgModel
        /// For each drawn unit with undrawn units below it, how many and their people.
        public var hidden: [String: Hidden]
        /// Units in the input.
        public var totalUnits: Int
        /// Whether the box limit collapsed more than depth and focus asked.
        public var collapsedAutomatically: Bool
        /// Which drawn unit each input unit is drawn as.
        public var drawnAs: [String: String]

        /// Units not drawn.
        public var hiddenUnits: Int { totalUnits - model.units.count }
    }

    /// Applies the rules.
    ///
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when the reporting lines do not
    ///   form one tree or the focus is not a unit.
    /// - Complexity: O(n log n) in the units.
    public func apply(to model: OrgModel) throws(RenderingError) -> Result {
        let graph = try Self.graph(model)
        let totals = Self.subtreeTotals(graph, model: model)
        let kept = Set(model.crm.map { [$0.unit] } ?? [])
        let (drawn, automatic) = try choose(graph, people: totals.people, keeping: kept)
        return Self.reduce(model, graph: graph, drawn: drawn, units: totals.units, people: totals.people, automatic: automatic)
    }

    /// The graph of a model's reporting lines, or the error a picture reports.
    static func graph(_ model: OrgModel) throws(RenderingError) -> OrgGraph {
        do {
            return try OrgGraph(model)
        } catch {
            throw .invalidDiagram("the reporting lines do not form one tree: \(error.description)")
        }
    }

    /// Units and people in each unit's subtree (itself included).
    static func subtreeTotals(_ graph: OrgGraph, model: OrgModel) -> (units: [Int], people: [Int]) {
        // Bottom up: children come after parents in depth order.
        let order = (0..<graph.count).sorted { graph.depth[$0] > graph.depth[$1] }
        var units = [Int](repeating: 1, count: graph.count)
        var people = model.units.map { max($0.staff, 0) }
        for unit in order where graph.parent[unit] >= 0 {
            units[graph.parent[unit]] += units[unit]
            people[graph.parent[unit]] += people[unit]
        }
        return (units, people)
    }

    /// Which units to draw: the focus and its managers, the units within the depth, the
    /// kept units (``keep`` and `extra`) with their managers; past the box limit, the
    /// depth's units only as far as expanding from the top keeps within it.
    ///
    /// - Returns: Whether each unit is drawn, and whether the limit collapsed more than
    ///   depth and focus asked.
    func choose(_ graph: OrgGraph, people: [Int], keeping extra: Set<String>) throws(RenderingError)
        -> (drawn: [Bool], automatic: Bool) {
        let count = graph.count
        var top = graph.root
        if let focus {
            guard let index = graph.index[focus] else {
                let hint = Suggestion.hint(for: focus, among: graph.ids)
                throw .invalidDiagram("the focus '\(focus)' is not a unit\(hint); expected a unit id of the model")
            }
            top = index
        }
        var drawn = [Bool](repeating: false, count: count)
        // The focus and its managers.
        var cursor = top
        while cursor >= 0 { drawn[cursor] = true; cursor = graph.parent[cursor] }
        // Depth and focus: the candidates.
        let topDepth = graph.depth[top]
        var candidate = [Bool](repeating: false, count: count)
        for unit in graph.subtree(of: top) {
            if let depth, graph.depth[unit] - topDepth >= max(depth, 1) { continue }
            candidate[unit] = true
        }
        // Kept units and their managers.
        var kept = [Bool](repeating: false, count: count)
        for id in keep.union(extra) {
            guard var unit = graph.index[id] else { continue }
            while unit >= 0, !kept[unit] { kept[unit] = true; unit = graph.parent[unit] }
        }
        let wanted = (0..<count).filter { candidate[$0] || kept[$0] || drawn[$0] }.count
        guard let maximumBoxes, wanted > maximumBoxes else {
            for unit in 0..<count where candidate[unit] || kept[unit] { drawn[unit] = true }
            return (drawn, false)
        }
        for unit in 0..<count where kept[unit] { drawn[unit] = true }
        var total = drawn.lazy.filter { $0 }.count
        // Expand the drawn unit hiding the most people, while the boxes fit.
        var frontier = (0..<count).filter { drawn[$0] && candidate[$0] }
        func hiddenPeople(_ unit: Int) -> Int {
            graph.children(of: unit).reduce(0) { $0 + (drawn[$1] || !candidate[$1] ? 0 : people[$1]) }
        }
        while let best = frontier.indices.max(by: { hiddenPeople(frontier[$0]) < hiddenPeople(frontier[$1]) }) {
            let unit = frontier.remove(at: best)
            let children = graph.children(of: unit).filter { candidate[$0] && !drawn[$0] }
            if children.isEmpty || total + children.count > maximumBoxes { continue }
            for child in children { drawn[child] = true }
            total += children.count
            frontier += children
        }
        return (drawn, true)
    }

    /// The model with only the drawn units (a set closed under managers), the rest
    /// summed up in the drawn unit above it.
    static func reduce(_ model: OrgModel, graph: OrgGraph, drawn: [Bool], units: [Int], people: [Int], automatic: Bool) -> Result {
        var reduced = model
        reduced.units = model.units.enumerated().filter { drawn[$0.offset] }.map(\.element)
        var hidden: [String: Hidden] = [:]
        for (index, _) in model.units.enumerated() where drawn[index] {
            var hiddenUnits = 0
            var hiddenPeople = 0
            for child in graph.children(of: index) where !drawn[child] {
                hiddenUnits += units[child]
                hiddenPeople += people[child]
            }
            if hiddenUnits > 0 { hidden[graph.ids[index]] = Hidden(units: hiddenUnits, people: hiddenPeople) }
        }
        var drawnAs: [String: String] = [:]
        drawnAs.reserveCapacity(graph.count)
        // Top down, so each unit's parent is resolved first.
        for unit in (0..<graph.count).sorted(by: { graph.depth[$0] < graph.depth[$1] }) {
            let parent = graph.parent[unit]
            drawnAs[graph.ids[unit]] = drawn[unit] || parent < 0 ? graph.ids[unit] : drawnAs[graph.ids[parent]]
        }
        var handoffs: [Handoff] = []
        var position: [HandoffKey: Int] = [:]
        for handoff in model.handoffs {
            var moved = handoff
            moved.from = drawnAs[handoff.from] ?? handoff.from
            moved.to = drawnAs[handoff.to] ?? handoff.to
            if moved.from == moved.to { continue }
            let key = HandoffKey(moved)
            if let existing = position[key] {
                if let volume = moved.volumePerDay { handoffs[existing].volumePerDay = (handoffs[existing].volumePerDay ?? 0) + volume }
                continue
            }
            position[key] = handoffs.count
            handoffs.append(moved)
        }
        reduced.handoffs = handoffs
        if let crm = model.crm { reduced.crm?.unit = drawnAs[crm.unit] ?? crm.unit }
        return Result(model: reduced, hidden: hidden, totalUnits: graph.count, collapsedAutomatically: automatic, drawnAs: drawnAs)
    }
}

extension OrgCollapse.Result {
    /// Friction per edge moved to the drawn boxes (values of merged edges added).
    public func friction<Value>(_ friction: [HandoffKey: Value], adding: (Value, Value) -> Value) -> [HandoffKey: Value] {
        var moved: [HandoffKey: Value] = [:]
        for (key, value) in friction {
            let from = drawnAs[key.from] ?? key.from
            let to = drawnAs[key.to] ?? key.to
            guard from != to else { continue }
            let target = HandoffKey(from: from, to: to)
            moved[target] = moved[target].map { adding($0, value) } ?? value
        }
        return moved
    }

    /// The note for the picture and the terminal, or `nil` when every unit is drawn:
    /// what was collapsed and the flags that expand it.
    public func note(language: Language, flags: String) -> String? {
        guard hiddenUnits > 0 else { return nil }
        return OrgCollapse.note(drawn: model.units.count, of: totalUnits, automatic: collapsedAutomatically,
                                keepsChanges: false, language: language, flags: flags)
    }
}

extension OrgCollapse {
    /// "141 of 1,111 units drawn, collapsed automatically to stay legible; …", in English
    /// or Turkish, ending with the flags that expand the picture.
    static func note(drawn: Int, of total: Int, automatic: Bool, keepsChanges: Bool, language: Language,
                     flags: String) -> String {
        let t = language.pick
        let why = automatic
            ? t("collapsed automatically to stay legible", "okunaklı kalması için otomatik olarak daraltıldı")
            : t("collapsed as asked", "istendiği gibi daraltıldı")
        let changes = keepsChanges ? t("; every changed unit is drawn", "; değişen her birim çizildi") : ""
        return t("\(language.grouped(drawn)) of \(language.grouped(total)) units drawn, \(why)\(changes); ",
                 "\(language.grouped(total)) birimin \(language.grouped(drawn)) tanesi çizildi, \(why)\(changes); ")
            + t("a box marked \u{201C}+N units\u{201D} stands for its whole subtree. Expand with ", "\u{201C}+N birim\u{201D} yazan kutu tüm alt ağacını temsil eder. Açmak için: ")
            + flags
    }
}

extension OrgCollapse.Result {
    /// The drawn model with each collapsed unit's name followed by what it stands for
    /// ("Satış (+37 units, 1,240 people)"), for views that draw names only (heatmap).
    public func namingCollapsed(language: Language) -> OrgModel {
        var named = model
        for index in named.units.indices {
            if let hidden = hidden[named.units[index].id] {
                named.units[index].name += " (" + OrgDiagramStyle.collapsedSummary(hidden, language: language) + ")"
            }
        }
        return named
    }
}

extension EdgeFriction {
    /// The units at the ends of the edges whose friction is at least `share` of the
    /// largest value in any of the maps: the edges drawn in the scale's darker colours,
    /// kept visible when a big organization is collapsed (weaker edges are added up on
    /// the collapsed boxes' edges).
    public static func carryingUnits(_ maps: [[HandoffKey: EdgeFriction]], measure: FrictionMeasure,
                                     share: Double) -> Set<String> {
        let largest = maps.flatMap { $0.values.map { $0.value(measure) } }.max() ?? 0
        guard largest > 0 else { return [] }
        var units = Set<String>()
        for map in maps {
            for (key, friction) in map where friction.value(measure) >= share * largest {
                units.insert(key.from)
                units.insert(key.to)
            }
        }
        return units
    }

    /// Two edges drawn as one: minutes, bounces and cases added; declared if either is.
    public static func adding(_ a: EdgeFriction, _ b: EdgeFriction) -> EdgeFriction {
        EdgeFriction(addedMinutes: a.addedMinutes + b.addedMinutes, bounces: a.bounces + b.bounces,
                     cases: a.cases + b.cases, declared: a.declared || b.declared)
    }
}
