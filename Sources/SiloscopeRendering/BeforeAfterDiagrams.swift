import Foundation

/// The three pictures of a before/after set, pinned to one layout.
///
/// Render each with ``LayoutEngine/nop`` (positions as given); ``rendered(as:bitmap:)``
/// does so for all three. The pictures share their canvas size, so a unit that did not
/// change is at the same pixel in each.
public struct BeforeAfterDiagrams: Hashable, Sendable {
    /// The organization today, marking what is about to change.
    public var before: Diagram
    /// The organization after the changes, marking what changed.
    public var after: Diagram
    /// Only what changed, with the unchanged units at its ends as context.
    public var diff: Diagram

    /// The engine the pictures must be rendered with: positions are fixed in the diagrams.
    public static let engine = LayoutEngine.nop

    /// Creates the set.
    ///
    /// - Parameters:
    ///   - before: The before picture.
    ///   - after: The after picture.
    ///   - diff: The diff picture.
    public init(before: Diagram, after: Diagram, diff: Diagram) {
        self.before = before
        self.after = after
        self.diff = diff
    }

    /// Renders the three pictures.
    ///
    /// - Parameters:
    ///   - format: SVG, PNG, PDF or DOT (DOT carries the pinned positions).
    ///   - bitmap: PNG sizing (dpi and pixel cap).
    /// - Returns: The files' bytes.
    /// - Throws: ``RenderingError`` when Graphviz fails.
    public func rendered(as format: OutputFormat, bitmap: BitmapOptions = .standard) throws(RenderingError)
        -> (before: Data, after: Data, diff: Data) {
        (try before.rendered(as: format, engine: Self.engine, bitmap: bitmap),
         try after.rendered(as: format, engine: Self.engine, bitmap: bitmap),
         try diff.rendered(as: format, engine: Self.engine, bitmap: bitmap))
    }
}
