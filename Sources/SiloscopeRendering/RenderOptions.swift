/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    /// Hierarchical layers, top-down by default: org charts and flows.
    case dot
    /// Spring model (stress majorisation); honours pinned positions (`pos="x,y!"`).
    case neato
    /// Force-directed placement; handles clusters in undirected-looking graphs.
    case fdp
    /// Multiscale force-directed placement for large graphs.
    case sfdp
    /// No layout: every node keeps its `pos` (in points) and every cluster its `bb`
    /// (Graphviz's `neato -n`); only edges are routed. For diagrams that carry their own
    /// positions, such as ``BeforeAfterView``'s pictures; a node without `pos` is an error.
    case nop

    /// The engines that lay out any diagram; ``nop`` is left out, as it needs positions.
    public static var allCases: [LayoutEngine] { [.dot, .neato, .fdp, .sfdp] }
}

/// An output format.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    /// Scalable Vector Graphics (Graphviz's core renderer; text stays text).
    case svg
    /// A PNG bitmap through cairo, capped below cairo's 32,767-pixel limit.
    case png
    /// A PDF document through cairo (embeds the fonts, so Turkish text survives).
    case pdf
    /// DOT source of the diagram as built, without layout positions.
    case dot

    /// The format for a file name's extension (`svg`, `png`, `pdf`, `dot` or `gv`,
    /// any case), or `nil` when the extension is none of those.
    ///
    /// - Parameter path: A file name or path.
    public init?(pathExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        switch ext {
        case "gv": self = .dot
        default:
            guard let format = OutputFormat(rawValue: ext) else { return nil }
            self = format
        }
    }

    /// The `-T` name handed to gvRenderData.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}

/// How bitmaps are sized.
public struct BitmapOptions: Hashable, Sendable {
    /// Dots per inch used when the diagram sets no `dpi` of its own.
    public var dpi: Double
    /// The largest width or height, in pixels, of a bitmap; larger drawings are scaled
    /// down (cairo cannot draw beyond 32,767 pixels, and such images are huge anyway).
    public var maxPixels: Int

    /// Creates bitmap options.
    ///
    /// - Parameters:
    ///   - dpi: Dots per inch (96 is Graphviz's screen default).
    ///   - maxPixels: The cap on width and height, at most 32,767.
    public init(dpi: Double = 96, maxPixels: Int = 16_000) {
        self.dpi = dpi
        self.maxPixels = min(max(maxPixels, 1), 32_767)
    }

    /// Options suited to projectors and documents: 96 dpi, at most 16,000 pixels.
    public static let standard = BitmapOptions()
}
