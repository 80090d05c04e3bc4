import Foundation

extension Diagram {
    /// Lays the diagram out and renders it.
    ///
    /// Runs in-process through libgvc, under the process-wide Graphviz lock (safe to
    /// call from any number of threads or tasks at once; renders are serialised).
    /// The same diagram always gives the same bytes. ``OutputFormat/dot`` skips layout
    /// and gives the DOT source of the diagram as built.
    ///
    /// - Parameters:
    ///   - format: The output format.
    ///   - engine: The layout engine.
    ///   - bitmap: Sizing for ``OutputFormat/png``: a `dpi` (unless the diagram sets
    ///     one) and a pixel cap applied through Graphviz's `size`.
    /// - Returns: The file's bytes.
    /// - Throws: ``RenderingError`` naming the check or the C function that failed.
    public func rendered(
        as format: OutputFormat, engine: LayoutEngine = .dot, bitmap: BitmapOptions = .standard
    ) throws(RenderingError) -> Data {
        try validate()
        // Also for DOT output: it is what a user would lay out with the same engine.
        let prepared = (format == .png ? sizedForBitmap(bitmap) : self).safelyRoutable(by: engine)
        return try GraphvizSession.shared.run { context throws(RenderingError) in
            let graph = try GraphvizGraph(prepared)
            defer { graph.close() }
            if format == .dot { return try graph.writeDOT() }
            defer { graph.freeLayout(context: context) }
            try graph.layout(engine: engine, context: context)
            return try graph.render(format: format, context: context)
        }
    }

    /// The DOT source of the diagram as Graphviz receives it (no layout positions).
    ///
    /// - Returns: DOT text.
    /// - Throws: ``RenderingError`` when the diagram is invalid or Graphviz fails.
    public func dotSource() throws(RenderingError) -> String {
        String(decoding: try rendered(as: .dot), as: UTF8.self)
    }

    /// Lays the diagram out and reports where each node went.
    ///
    /// Feed the result to ``Diagram/pinned(to:)`` to draw a changed diagram with its
    /// unchanged nodes in the same places.
    ///
    /// - Parameter engine: The layout engine.
    /// - Returns: Node centres and sizes and the bounding box, in points.
    /// - Throws: ``RenderingError`` naming the check or the C function that failed.
    public func layout(engine: LayoutEngine = .dot) throws(RenderingError) -> DiagramLayout {
        try validate()
        let prepared = safelyRoutable(by: engine)
        return try GraphvizSession.shared.run { context throws(RenderingError) in
            let graph = try GraphvizGraph(prepared)
            defer { graph.close() }
            defer { graph.freeLayout(context: context) }
            try graph.layout(engine: engine, context: context)
            return graph.placements(engine: engine)
        }
    }

    /// The diagram with `dpi` and `size` set so the bitmap stays under the pixel cap.
    ///
    /// Graphviz reads both at layout time; `size` without `!` only ever scales down.
    func sizedForBitmap(_ options: BitmapOptions) -> Diagram {
        var copy = self
        let dpi = graphAttributes["dpi"].flatMap(Double.init) ?? graphAttributes["resolution"].flatMap(Double.init)
            ?? options.dpi
        if graphAttributes["dpi"] == nil, graphAttributes["resolution"] == nil {
            copy.graphAttributes["dpi"] = Self.number(options.dpi)
        }
        let maxInches = Double(options.maxPixels) / max(dpi, 1)
        var width = maxInches, height = maxInches, suffix = ""
        if let size = graphAttributes["size"] {
            suffix = size.hasSuffix("!") ? "!" : ""
            let parts = size.dropLast(suffix.count).split(separator: ",").compactMap { Double($0) }
            if let first = parts.first {
                width = min(first, maxInches)
                height = min(parts.count > 1 ? parts[1] : first, maxInches)
            }
        }
        copy.graphAttributes["size"] = "\(Self.number(width)),\(Self.number(height))\(suffix)"
        return copy
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.3f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}

/// Parses DOT text into a ``Diagram``.
///
/// Goes through cgraph's `agmemread` under the process-wide Graphviz lock; the syntax
/// error Graphviz reports (with its line) is captured, not printed. Labels come back as
/// ``Label/text(_:)`` when they use no Graphviz escapes beyond the ones `text` writes,
/// as ``Label/html(_:)`` for HTML-like labels, and as ``Label/graphviz(_:)`` otherwise.
/// Attributes equal to the defaults in force are not repeated on each node or edge.
///
/// - Parameter text: DOT source (only the first graph is read).
/// - Returns: The diagram.
/// - Throws: ``RenderingError/dotSyntax(message:)`` for invalid DOT.
public func parseDOT(_ text: String) throws(RenderingError) -> Diagram {
    if text.utf8.contains(0) {
        throw .dotSyntax(message: "the text contains a NUL character")
    }
    return try GraphvizSession.shared.run { _ throws(RenderingError) in
        try GraphvizReader.read(text)
    }
}
