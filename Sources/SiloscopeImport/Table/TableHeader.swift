import SiloscopeModel

/// The header row of a table and the column mapping it gives.
///
/// The header is the first non-blank row whose headers map every required role; a
/// title or note above it (a workbook's "Personel Listesi 2024" in A1) is skipped, up to
/// ``maximumRowsAbove`` rows. When no row of those maps, the first non-blank row's
/// mapping errors are reported.
struct TableHeader<Role: ColumnRole> {
    /// The most non-blank rows tried as the header.
    static var maximumRowsAbove: Int { 10 }

    /// The header row.
    var record: CSVRecord
    /// Its column mapping.
    var mapping: ColumnMapping<Role>
    /// Rows above the header: blank ones and titles, in order.
    var above: [CSVRecord]

    /// Reads rows from `source` up to and including the header.
    ///
    /// - Parameters:
    ///   - accept: a further condition on the mapping (a role one of two columns must
    ///     fill); its message is the error when no row meets it.
    /// - Throws: ``DiagnosticsError``: no header row, or the first candidate's mapping
    ///   errors, placed at its row (a sheet's cells are named).
    static func find(in source: inout TableSource, overrides: [String: String], expected: String,
                     accept: (ColumnMapping<Role>) -> Diagnostic? = { _ in nil }) throws(DiagnosticsError) -> TableHeader {
        var above: [CSVRecord] = []
        var firstError: DiagnosticsError?
        var tried = 0
        while tried < maximumRowsAbove, let record = try source.next() {
            if record.isBlank { above.append(record); continue }
            tried += 1
            do throws(DiagnosticsError) {
                let mapping = try ColumnMapping<Role>.resolve(headers: record.fields, overrides: overrides, file: source.file)
                if let problem = accept(mapping) { throw DiagnosticsError([problem]) }
                return TableHeader(record: record, mapping: mapping, above: above)
            } catch {
                if firstError == nil { firstError = source.place(error, at: record) }
                above.append(record)
            }
        }
        if let firstError { throw firstError }
        let what = source.isWorkbook ? "the sheet has no header row" : "the file has no header row"
        throw DiagnosticsError([Diagnostic(severity: .error, file: source.file, position: nil, path: "", message: "\(what); expected \(expected)")])
    }
}

extension TableSource {
    /// Moves errors found in a row to that row: its line in a text file, its row of the
    /// sheet (`Personel!3:3`) in a workbook.
    func place(_ error: DiagnosticsError, at record: CSVRecord) -> DiagnosticsError {
        var placed = error
        placed.diagnostics = error.diagnostics.map { diagnostic in
            var moved = diagnostic
            if let sheet {
                moved.position = nil
                let cell = sheet.cell(row: record.number, column: nil)
                moved.path = diagnostic.path.isEmpty ? cell : "\(cell) \(diagnostic.path)"
            } else {
                moved.position = SourcePosition(line: record.line, column: diagnostic.position?.column ?? 1)
            }
            return moved
        }
        return placed
    }
}
