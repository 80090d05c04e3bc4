import SiloscopeModel

/// How rows and cells of a worksheet are named in messages: `Personel!C1042` for a cell,
/// `Personel!1042:1042` for a whole row (Excel's own reference syntax, so a user can
/// paste it into the Name Box to jump there).
public struct SheetNaming: Sendable, Equatable {
    /// The sheet's name.
    public var sheet: String
    /// For each anomaly kind, the column (from 0) that holds the value it is about.
    public var columns: [ImportAnomaly.Kind: Int] = [:]

    /// Creates a naming for a sheet.
    public init(sheet: String, columns: [ImportAnomaly.Kind: Int] = [:]) {
        self.sheet = sheet
        self.columns = columns
    }

    /// The sheet name as Excel writes it in a reference: quoted when it holds anything
    /// but letters, digits and underscores.
    public var quotedSheet: String {
        sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `Personel!C1042`, or `Personel!1042:1042` without a column.
    public func cell(row: Int, column: Int?) -> String {
        guard let column else { return "\(quotedSheet)!\(row):\(row)" }
        return quotedSheet + "!" + CellReference(column: column, row: row).description
    }

    /// The cells (or rows) an anomaly is about: "Personel!C4, Personel!C9" (the first
    /// ten, then "and N more").
    public func cells(of anomaly: ImportAnomaly) -> String {
        guard !anomaly.rows.isEmpty else { return "" }
        let column = columns[anomaly.kind]
        let shown = anomaly.rows.prefix(10).map { cell(row: $0, column: column) }.joined(separator: ", ")
        return shown + (anomaly.rows.count > 10 ? " and \(anomaly.rows.count - 10) more" : "")
    }

    /// The anomaly as a warning naming its first cell.
    public func diagnostic(_ anomaly: ImportAnomaly, file: String) -> Diagnostic {
        Diagnostic(severity: .warning, file: file, position: nil, path: cells(of: anomaly),
                   message: "\(anomaly.kind.rawValue): \(anomaly.message); \(anomaly.handling)")
    }
}
