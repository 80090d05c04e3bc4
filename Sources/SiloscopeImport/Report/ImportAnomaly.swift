import SiloscopeModel

/// Something odd an importer found in the data, the rows it concerns, and what the
/// importer did about it.
public struct ImportAnomaly: Sendable, Equatable {
    /// The kinds of anomaly (docs/import.md explains each).
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// An employee id appears on more than one row.
        case duplicateID = "duplicate_id"
        /// A row has no employee id (or no case id).
        case missingID = "missing_id"
        /// A row names a manager id that no row has.
        case unknownManager = "unknown_manager"
        /// Following managers from a person comes back to that person.
        case managerCycle = "manager_cycle"
        /// More than one person has no manager.
        case severalRoots = "several_roots"
        /// A person has no department.
        case noDepartment = "no_department"
        /// A department is written in several ways that differ only in case, accents or
        /// spacing.
        case departmentSpellings = "department_spellings"
        /// A row has more non-empty fields than the header has columns.
        case extraFields = "extra_fields"
        /// A row has no values at all.
        case blankRow = "blank_row"
        /// A timestamp could not be read.
        case badTimestamp = "bad_timestamp"
        /// A required value (case id, unit, timestamp) is empty.
        case missingValue = "missing_value"
        /// A case's events are not in time order in the file.
        case outOfOrder = "out_of_order"
        /// A `complete` event with no `start` before it, or a `start` never completed.
        case unpairedLifecycle = "unpaired_lifecycle"
        /// A unit in the log is not in the model.
        case unknownUnit = "unknown_unit"
        /// A case type of the model does not occur in the log.
        case unobservedCaseType = "unobserved_case_type"
        /// A timestamp far outside the rest of the log (Tukey's far-out fence).
        case outlyingTimestamp = "outlying_timestamp"
    }

    /// What kind.
    public var kind: Kind
    /// The rows (record numbers, header = 1) it concerns, ascending; empty when it
    /// concerns the file as a whole.
    public var rows: [Int]
    /// What was found, as a sentence.
    public var message: String
    /// What the importer did about it.
    public var handling: String

    /// Creates an anomaly.
    public init(kind: Kind, rows: [Int], message: String, handling: String) {
        self.kind = kind
        self.rows = rows
        self.message = message
        self.handling = handling
    }

    /// "rows 4, 9, 17" (the first ten, then "and N more").
    public var rowList: String {
        guard !rows.isEmpty else { return "" }
        let shown = rows.prefix(10).map(String.init).joined(separator: ", ")
        let more = rows.count > 10 ? " and \(rows.count - 10) more" : ""
        return (rows.count == 1 ? "row " : "rows ") + shown + more
    }

    /// The anomaly as a warning at its first row.
    public func diagnostic(file: String, line: Int? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, file: file, position: line.map { SourcePosition(line: $0, column: 1) },
                   path: rowList, message: "\(kind.rawValue): \(message); \(handling)")
    }
}
