import SiloscopeModel
/// Reads employee rows, rejecting those that cannot be used (blank, misaligned, without
/// an id, a repeated id) with a reason each.
struct OrgChartRows {
    let mapping: ColumnMapping<OrgChartColumn>
    let file: String
    private(set) var employees: [Employee] = []
    private(set) var rejected: [RejectedRow] = []
    private(set) var anomalies: [ImportAnomaly] = []
    private(set) var rowsRead = 0
    /// The starting line of each row number, for diagnostics.
    private(set) var lines: [Int: Int] = [:]
    private var firstRowOfID: [String: Int] = [:]
    private var duplicates: [String: [Int]] = [:]
    private var blank: [Int] = []
    private var missingID: [Int] = []
    private var extra: [Int] = []
    private let columnCount: Int

    init(mapping: ColumnMapping<OrgChartColumn>, file: String) {
        self.mapping = mapping
        self.file = file
        // Trailing empty headers are the empty columns Excel leaves; they count for nothing.
        columnCount = max(1, mapping.headers.count - mapping.headers.reversed().prefix { $0.isEmpty }.count)
    }

    mutating func rejectBlank(_ record: CSVRecord) {
        rowsRead += 1
        blank.append(record.number)
        rejected.append(RejectedRow(row: record.number, line: record.line, reason: "blank row", fields: record.fields))
    }

    /// A row above the header: blank, or a title or note.
    mutating func rejectAboveHeader(_ record: CSVRecord, header: Int) {
        if record.isBlank { return rejectBlank(record) }
        rowsRead += 1
        if record.line != record.number { lines[record.number] = record.line }
        rejected.append(RejectedRow(row: record.number, line: record.line, reason: "above the header row \(header) (a title or note)", fields: record.fields))
    }

    mutating func add(_ record: CSVRecord) {
        if record.line != record.number { lines[record.number] = record.line }
        if record.isBlank { return rejectBlank(record) }
        rowsRead += 1
        let fields = record.fields
        if fields.count > columnCount, fields[columnCount...].contains(where: { !$0.trimmed.isEmpty }) {
            extra.append(record.number)
            rejected.append(RejectedRow(row: record.number, line: record.line, reason:
                "\(fields.count) fields but the header has \(columnCount) columns (an unquoted delimiter inside a value?)", fields: fields))
            return
        }
        let id = mapping.value(.employeeID, in: fields)
        guard !id.isEmpty else {
            missingID.append(record.number)
            rejected.append(RejectedRow(row: record.number, line: record.line, reason: "no employee id", fields: fields))
            return
        }
        if let first = firstRowOfID[id] {
            duplicates[id, default: [first]].append(record.number)
            rejected.append(RejectedRow(row: record.number, line: record.line, reason: "duplicate employee id '\(id)' (first on row \(first))", fields: fields))
            return
        }
        firstRowOfID[id] = record.number
        var name = mapping.value(.name, in: fields)
        if name.isEmpty {
            name = [mapping.value(.firstName, in: fields), mapping.value(.lastName, in: fields)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        employees.append(Employee(
            id: id, name: name, title: mapping.value(.title, in: fields), department: mapping.value(.department, in: fields),
            managerID: mapping.value(.managerID, in: fields), location: mapping.value(.location, in: fields),
            costCentre: mapping.value(.costCentre, in: fields), email: mapping.value(.email, in: fields),
            row: record.number, line: record.line))
    }

    /// Turns the collected problems into anomalies.
    mutating func finish() {
        if !blank.isEmpty {
            anomalies.append(ImportAnomaly(kind: .blankRow, rows: blank, message: "\(blank.count) row\(blank.count == 1 ? " has" : "s have") no values",
                                           handling: "rejected (counted, nothing to import)"))
        }
        if !extra.isEmpty {
            anomalies.append(ImportAnomaly(kind: .extraFields, rows: extra, message: "\(extra.count) row\(extra.count == 1 ? " has" : "s have") more values than the header has columns, so their columns cannot be trusted",
                                           handling: "rejected; quote values that contain the delimiter"))
        }
        if !missingID.isEmpty {
            anomalies.append(ImportAnomaly(kind: .missingID, rows: missingID, message: "\(missingID.count) row\(missingID.count == 1 ? " has" : "s have") no employee id",
                                           handling: "rejected (nobody could name them as a manager)"))
        }
        for (id, rows) in duplicates.sorted(by: { $0.value[0] < $1.value[0] }) {
            anomalies.append(ImportAnomaly(kind: .duplicateID, rows: rows, message: "employee id '\(id)' is on \(rows.count) rows",
                                           handling: "row \(rows[0]) is used, the others are rejected"))
        }
    }
}
