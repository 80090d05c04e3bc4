import Foundation

/// A model read from a file, with where its parts came from and its warnings.
public struct LoadedModel {
    /// The model.
    public var model: OrgModel
    /// Positions of entities in the file.
    public var sources: ModelSourceMap
    /// Warnings found while loading (errors are thrown instead).
    public var warnings: [Diagnostic]
}

/// Reads model files (YAML or JSON), checks them and reports every problem at once.
public enum ModelLoader {
    /// Files larger than this are refused rather than parsed (a model of 100,000 units is
    /// about 20 MB).
    public static let maximumFileSize = 256 << 20

    /// Reads, decodes and validates a model file.
    ///
    /// - Parameter path: the file to read; also the name used in diagnostics.
    /// - Returns: the model with its source map and warnings.
    /// - Throws: ``DiagnosticsError`` listing every error and warning, sorted by position.
    public static func load(path: String) throws(DiagnosticsError) -> LoadedModel {
        let text = try TextFile.read(path: path, maximumSize: maximumFileSize)
        return try load(text: text, file: path)
    }

    /// Decodes and validates model text.
    public static func load(text: String, file: String) throws(DiagnosticsError) -> LoadedModel {
        let (model, sources, findings) = try check(text: text, file: file)
        if findings.hasErrors { throw DiagnosticsError(findings) }
        return LoadedModel(model: model, sources: sources, warnings: findings)
    }

    /// Decodes and validates model text, returning every finding rather than throwing on
    /// model errors (throws only when the text is not YAML at all).
    public static func check(text: String, file: String) throws(DiagnosticsError) -> (OrgModel, ModelSourceMap, [Diagnostic]) {
        let document = try YAMLDocument.parse(text: text, file: file)
        var reader = YAMLReader(file: file)
        let (model, sources) = OrgModel.decode(document, reader: &reader)
        let findings = reader.diagnostics + model.validate(sources: sources)
        return (model, sources, findings.sortedByPosition())
    }
}
