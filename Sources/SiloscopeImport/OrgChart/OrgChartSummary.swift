import Foundation
import SiloscopeModel

/// What an org-chart import did with every row.
public struct OrgChartSummary: Sendable {
    /// The file imported.
    public var file: String
    /// The encoding and how it was found.
    public var encoding: String
    /// The delimiter used (comma for a workbook, for the rejected-rows file).
    public var delimiter: CSVDelimiter
    /// The worksheet read and how its cells are named; `nil` for a CSV file.
    public var sheet: SheetNaming?
    /// How columns were mapped, one line per role.
    public var columns: [String]
    /// The file's headers.
    public var headers: [String]
    /// Data rows read (the header not counted).
    public var rowsRead: Int
    /// Rows that became people in a unit.
    public var rowsUsed: Int
    /// Rows not used, each with its reason.
    public var rejected: [RejectedRow]
    /// Everything odd, with rows and handling.
    public var anomalies: [ImportAnomaly]
    /// Units created.
    public var unitCount: Int
    /// The root unit, as "name ('id')".
    public var root: String
    /// Starting lines of rows whose line differs from their row number.
    var lines: [Int: Int]

    /// Always true: every row read is used or rejected.
    public var isBalanced: Bool { rowsRead == rowsUsed + rejected.count }

    /// The line in the file where a row starts.
    public func line(ofRow row: Int) -> Int { lines[row] ?? row }

    /// The anomalies as warnings with file and line (or cell), for compiler-style output.
    public var diagnostics: [Diagnostic] {
        anomalies.map { sheet?.diagnostic($0, file: file) ?? $0.diagnostic(file: file, line: $0.rows.first.map(line(ofRow:))) }
    }

    /// The rejected rows as CSV (see ``RejectedRow/csv(_:headers:delimiter:)``).
    public var rejectedCSV: String { RejectedRow.csv(rejected, headers: headers, delimiter: delimiter) }

    /// A plain-text report for the terminal: input, columns, the row balance, rejection
    /// reasons with counts, each anomaly with its rows and handling, and the units.
    ///
    /// - Parameter limit: the most anomalies listed; `nil` lists all.
    public func text(limit: Int? = 50) -> String {
        var lines: [String] = []
        lines.append(sheet == nil ? "\(file): \(encoding), delimiter \(delimiter), \(headers.count) columns" : "\(file): \(encoding), \(headers.count) columns")
        lines.append("columns:")
        lines += columns.map { "  \($0)" }
        lines.append("rows read \(rowsRead) = used \(rowsUsed) + rejected \(rejected.count)")
        let reasons = Dictionary(grouping: rejected) { $0.reason.prefix { $0 != "'" && $0 != "(" }.trimmingCharacters(in: .whitespaces) }
        for (reason, rows) in reasons.sorted(by: { $0.value.count > $1.value.count }) {
            lines.append("  rejected \(rows.count) × \(reason)")
        }
        if anomalies.isEmpty {
            lines.append("anomalies: none")
        } else {
            lines.append("anomalies: \(anomalies.count)")
            for anomaly in anomalies.prefix(limit ?? .max) {
                let place = sheet?.cells(of: anomaly) ?? anomaly.rowList
                let rows = place.isEmpty ? "" : "\(place): "
                lines.append("  [\(anomaly.kind.rawValue)] \(rows)\(anomaly.message)")
                lines.append("      → \(anomaly.handling)")
            }
            if let limit, anomalies.count > limit { lines.append("  … and \(anomalies.count - limit) more (--report FILE lists all)") }
        }
        lines.append("units: \(unitCount), root \(root)")
        return lines.joined(separator: "\n")
    }
}
