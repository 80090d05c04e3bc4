import SiloscopeModel

/// Before and after pictures of an organization, and a third picture of only what
/// changed, all drawn on one stable layout: a unit that did not change sits at exactly the
/// same place in each picture, on canvases of the same size, so flipping between them on a
/// projector shows only what moved.
///
/// How: the union of both organizations (a moved unit twice, at its old and its new
/// place) is laid out once with dot; each picture pins every node to its union position
/// and is rendered with ``LayoutEngine/nop``, which keeps positions and only routes edges.
///
/// - Moved units: blue (dashed in the before picture, "moves under …"; solid in the
///   after picture, "moved from under …", with a dashed ghost where it was).
/// - Added units: green; units formed by a merge: purple ("merged from 7 units"); merged
///   units in the before picture: dashed purple ("merged into …"); removed units: dashed
///   grey; changed staff, handling time, KPIs or head: a double outline saying what changed.
/// - Handoffs: with friction, colour and width show it on one scale shared by both
///   pictures (YlOrBr, legend in minutes per case or bounces per 1,000 cases); undeclared
///   edges with large friction are drawn dotted. Added, removed and changed handoffs start
///   with a green, grey or black segment (without friction: drawn in that colour).
/// - The diff picture shows only changed units and handoffs, the unchanged units at their
///   ends as faint context, and, when ``frictionChanges`` is given, the edges whose
///   friction changed (blue = less, orange = more).
public struct BeforeAfterView: Sendable {
    /// The organization today.
    public var before: OrgModel
    /// The organization after the changes.
    public var after: OrgModel
    /// What differs, with the merges and splits whoever made the change knows (a
    /// scenario's `AppliedScenario.diff`, a snapshot's `SnapshotDiff.diff`).
    public var changes: ModelDiff
    /// Friction per edge today, or `nil` to draw handoffs by declared volume.
    public var beforeFriction: [HandoffKey: EdgeFriction]?
    /// Friction per edge after the changes.
    public var afterFriction: [HandoffKey: EdgeFriction]?
    /// Which friction figure colour and width show.
    public var measure: FrictionMeasure
    /// Change in friction per edge (after − before, in ``measure``'s unit) to show in the
    /// diff picture; pass only the changes that are real (their interval excludes 0).
    public var frictionChanges: [HandoffKey: Double]
    /// Title of the before picture; `nil` uses "Before: NAME today".
    public var beforeTitle: String?
    /// Title of the after picture; `nil` uses "After".
    public var afterTitle: String?
    /// A line under each title, such as the scenario's name.
    public var subtitle: String?
    /// Changes the pictures do not draw (systems, touchpoints, campaigns, …), one line
    /// each, listed in the diff picture's legend.
    public var notes: [String]
    /// Whether the after picture shows dashed ghosts where moved and removed units were.
    public var showsGhosts: Bool
    /// Undeclared edges (cases sent blindly) are drawn when their friction reaches this
    /// share of the largest value (default 0.2); declared handoffs are always drawn.
    public var undeclaredThreshold: Double
    /// The language of the words the pictures write themselves (default English).
    public var language: Language
    /// Units of the before model standing for undrawn subtrees (see ``collapse(_:)``):
    /// their boxes say "+37 units, 1,240 people".
    public var hiddenBefore: [String: OrgCollapse.Hidden] = [:]
    /// Units of the after model standing for undrawn subtrees.
    public var hiddenAfter: [String: OrgCollapse.Hidden] = [:]
    /// A note under each picture's legend (what was collapsed and how to expand it).
    public var note: String?

    /// Creates the view.
    ///
    /// - Parameters:
    ///   - before: The organization today (validated).
    ///   - after: The organization after the changes (validated).
    ///   - changes: What differs; `nil` compares the models (no merges or splits known).
    ///   - beforeFriction: Friction per edge today, if simulated.
    ///   - afterFriction: Friction per edge after the changes, if simulated.
    ///   - measure: Which friction figure to draw.
    public init(
        before: OrgModel, after: OrgModel, changes: ModelDiff? = nil,
        beforeFriction: [HandoffKey: EdgeFriction]? = nil, afterFriction: [HandoffKey: EdgeFriction]? = nil,
        measure: FrictionMeasure = .minutes
    ) {
        self.before = before
        self.after = after
        self.changes = changes ?? ModelDiff(before: before, after: after)
        self.beforeFriction = beforeFriction
        self.afterFriction = afterFriction
        self.measure = measure
        frictionChanges = [:]
        notes = []
        showsGhosts = true
        undeclaredThreshold = 0.2
        language = .en
    }

    /// Builds the three pictures on one layout.
    ///
    /// - Returns: Before, after and diff diagrams; render them with ``LayoutEngine/nop``
    ///   (``BeforeAfterDiagrams/rendered(as:bitmap:)`` does).
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when a model's reporting lines do not
    ///   form one tree or the two organizations have different roots; Graphviz errors.
    /// - Complexity: Three Graphviz layouts of the union (measure, dot, and none per picture).
    public func diagrams() throws(RenderingError) -> BeforeAfterDiagrams {
        let union = try BeforeAfterUnion(before: before, after: after, changes: changes)
        let scale = frictionScale()
        var pictures = [
            beforePicture(union: union, scale: scale), afterPicture(union: union, scale: scale),
            diffPicture(union: union),
        ]
        // Measure every label variant and legend, then lay the union out once.
        var items: [(label: Label, attributes: [String: String])] = []
        for picture in pictures {
            items += picture.nodes.map { ($0.label, $0.attributes) }
            items.append((picture.legend, ["shape": "plaintext", "margin": "0"]))
        }
        let measured = try BeforeAfterLayout.measure(items)
        var sizes: [String: (width: Double, height: Double)] = [:]
        var position = 0
        for index in pictures.indices {
            for node in pictures[index].nodes {
                let size = measured[position]
                let old = sizes[node.unionID] ?? (0, 0)
                sizes[node.unionID] = (max(old.width, size.width), max(old.height, size.height))
                position += 1
            }
            pictures[index].legendSize = measured[position]
            position += 1
        }
        let legend = (width: pictures.map(\.legendSize.width).max() ?? 0, height: pictures.map(\.legendSize.height).max() ?? 0)
        let layout = try BeforeAfterLayout(union: union.model, sizes: sizes, legendSize: legend)
        return BeforeAfterDiagrams(before: pictures[0].diagram(layout: layout), after: pictures[1].diagram(layout: layout),
                                   diff: pictures[2].diagram(layout: layout))
    }

    /// Collapses both organizations to one shared set of drawn units (see
    /// ``BeforeAfterCollapse``), keeping every unit that changed and every end of an edge
    /// whose friction in either picture reaches ``undeclaredThreshold`` of the largest
    /// value (the darker colours of the scale); handoffs and friction follow their units
    /// into the drawn boxes. Does nothing when every unit would be drawn.
    ///
    /// - Parameter rules: Depth, focus and box limit.
    /// - Returns: What was drawn and collapsed (for the note; set ``note`` yourself).
    /// - Throws: ``RenderingError/invalidDiagram(_:)`` when a model's reporting lines do not
    ///   form one tree, the roots differ, or the focus is not a unit.
    @discardableResult
    public mutating func collapse(_ rules: OrgCollapse) throws(RenderingError) -> BeforeAfterCollapse {
        let carrying = EdgeFriction.carryingUnits([beforeFriction, afterFriction].compactMap { $0 }, measure: measure,
                                                  share: undeclaredThreshold)
        let collapsed = try rules.apply(before: before, after: after, mergedInto: changes.mergedInto,
                                        splitInto: changes.splitInto, keeping: carrying)
        guard collapsed.hiddenUnits > 0 else { return collapsed }
        before = collapsed.before.model
        after = collapsed.after.model
        // What differs between the drawn models (the same units and fields, handoffs now
        // between boxes); merges and splits cannot be told from the models, so they carry over.
        var drawn = ModelDiff(before: before, after: after)
        drawn.mergedInto = changes.mergedInto
        drawn.splitInto = changes.splitInto
        changes = drawn
        beforeFriction = beforeFriction.map { collapsed.before.friction($0, adding: EdgeFriction.adding) }
        afterFriction = afterFriction.map { collapsed.after.friction($0, adding: EdgeFriction.adding) }
        frictionChanges = collapsed.after.friction(frictionChanges, adding: +)
        hiddenBefore = collapsed.before.hidden
        hiddenAfter = collapsed.after.hidden
        return collapsed
    }

    /// One friction scale for both pictures, up to the largest value drawn in either.
    func frictionScale() -> FrictionStyle? {
        let values = [beforeFriction, afterFriction].compactMap { $0 }.flatMap { $0.values.map { $0.value(measure) } }
        guard let largest = values.max(), largest > 0 else { return nil }
        return FrictionStyle(maximum: largest, measure: measure)
    }
}
