import SiloscopeModel
import SiloscopeRendering

/// Exports a model for other tools: Graphviz DOT (the rendering module's org chart
/// view) and a CSV of units.
public enum ModelExporter {
    /// The org chart as DOT text, ready for Graphviz or any DOT editor.
    ///
    /// - Throws: ``DiagnosticsError`` when the diagram cannot be built (a reporting
    ///   cycle, for example).
    public static func dot(_ model: OrgModel, file: String) throws(DiagnosticsError) -> String {
        do {
            return try OrgView.org.diagram(for: model).dotSource()
        } catch {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "", message: "cannot draw the org chart: \(error)")])
        }
    }

    /// The units as CSV: `id,name,kind,parent,parent_name,staff,head,handling_minutes`,
    /// UTF-8 with a byte-order mark (Excel keeps Turkish letters).
    public static func unitsCSV(_ model: OrgModel, delimiter: CSVDelimiter = .comma) -> String {
        let names = Dictionary(model.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: true)
        writer.append(["id", "name", "kind", "parent", "parent_name", "staff", "head", "handling_minutes"])
        for unit in model.units {
            writer.append([unit.id, unit.name, unit.kind.rawValue, unit.parent ?? "", unit.parent.flatMap { names[$0] } ?? "",
                           String(unit.staff), unit.head ?? "", unit.handlingMinutes.map { "\($0)" } ?? ""])
        }
        return writer.text
    }
}
