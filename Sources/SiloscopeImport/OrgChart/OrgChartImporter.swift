import Foundation
import SiloscopeModel

/// The result of importing an org chart: the unit-level model and what happened to
/// every row.
public struct OrgChartImport: Sendable {
    /// One unit per department, with reporting lines, head count and head.
    public var model: OrgModel
    /// Rows read, used and rejected, anomalies and how each was handled.
    public var summary: OrgChartSummary
}

/// Turns an HR system's employee export (CSV or an `.xlsx` workbook) into a unit-level ``OrgModel``.
///
/// A department is a unit; its head is its member highest in the manager chain; its
/// parent is the department of its head's manager; its staff is its head count. Every
/// row is either used or rejected with a reason, and every anomaly (duplicate ids,
/// managers who do not exist, manager cycles, several people at the top, people without
/// a department) is reported with its rows and how it was handled, so the summary always
/// shows rows read = rows used + rows rejected. See docs/import.md.
public enum OrgChartImporter {
    /// The largest export read: 512 MiB (a 100,000-person export is about 10 MB).
    public static let maximumFileSize = 512 << 20

    /// Reads and imports an export file.
    ///
    /// - Throws: ``DiagnosticsError`` (kind `.unreadable`) when the file cannot be read,
    ///   or (kind `.invalidInput`) when it cannot be parsed, a required column is
    ///   missing, or no row is usable.
    public static func importFile(path: String, options: OrgChartOptions = OrgChartOptions()) throws(DiagnosticsError) -> OrgChartImport {
        let data = try TextFile.readData(path: path, maximumSize: maximumFileSize)
        var options = options
        if options.organizationName == nil {
            options.organizationName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        return try importCSV(data, file: path, options: options)
    }

    /// Imports export bytes: CSV text, or an `.xlsx` workbook (recognised by its zip
    /// signature, whatever the name).
    ///
    /// - Parameters:
    ///   - data: the file's bytes, in any supported encoding, or a workbook.
    ///   - file: the name used in messages.
    ///   - options: encoding, delimiter, sheet and column mapping (detected when absent).
    /// - Returns: the model and the summary.
    /// - Throws: ``DiagnosticsError`` naming the file, row, line and column (or the
    ///   sheet's cell).
    /// - Complexity: O(n) in the size of the file (plus sorting department names).
    public static func importCSV(_ data: Data, file: String, options: OrgChartOptions = OrgChartOptions()) throws(DiagnosticsError) -> OrgChartImport {
        var table = try TableSource(data: data, file: file, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
        let header = try TableHeader<OrgChartColumn>.find(in: &table, overrides: options.columns,
                                                          expected: "a first row naming the columns (Sicil No;Ad Soyad;Departman;Yönetici Sicil …)")
        let mapping = header.mapping
        var rows = OrgChartRows(mapping: mapping, file: file)
        for record in header.above { rows.rejectAboveHeader(record, header: header.record.number) }
        while let record = try table.next() { rows.add(record) }
        rows.finish()
        guard !rows.employees.isEmpty else {
            let reasons = Dictionary(grouping: rows.rejected, by: \.reason).map { "\($0.value.count) × \($0.key)" }.sorted()
            throw table.place(DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "no usable rows: \(rows.rowsRead) read, all rejected (\(reasons.prefix(5).joined(separator: "; "))); expected employee rows under the header")]),
                              at: header.record)
        }
        var hierarchy = OrgChartHierarchy(employees: rows.employees)
        let units = OrgChartUnits(employees: rows.employees, hierarchy: &hierarchy)
        let name = options.organizationName ?? "Imported organization"
        let model = OrgModel(organization: OrganizationInfo(name: name), units: units.units)
        var sheet = table.sheet
        sheet?.columns = OrgChartColumn.anomalyColumns(mapping)
        let summary = OrgChartSummary(
            file: file, encoding: table.description, delimiter: table.delimiter, sheet: sheet, columns: mapping.descriptions,
            headers: mapping.headers, rowsRead: rows.rowsRead, rowsUsed: rows.employees.count, rejected: rows.rejected,
            anomalies: rows.anomalies + hierarchy.anomalies + units.anomalies, unitCount: units.units.count,
            root: units.units.first.map { "\($0.name) ('\($0.id)')" } ?? "", lines: rows.lines)
        return OrgChartImport(model: model, summary: summary)
    }
}
