import Foundation
import SiloscopeModel

/// Reads an event log from CSV or an `.xlsx` workbook: one row per event, with a case id, a timestamp and a
/// unit (or an activity standing for the unit), and optionally a channel, a case type,
/// a lifecycle transition and a resource.
///
/// The simulator's `--event-log` writes `case_id,case_type,activity,unit,channel,
/// timestamp,lifecycle`, which is read without a mapping.
public enum EventLogCSVReader {
    /// Reads CSV or workbook bytes (a workbook is recognised by its zip signature).
    ///
    /// - Throws: ``DiagnosticsError`` when the text cannot be decoded or parsed, a
    ///   required column is missing, or no row is usable.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ data: Data, file: String, options: EventLogOptions = EventLogOptions()) throws(DiagnosticsError) -> EventLogReading {
        var table = try TableSource(data: data, file: file, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
        let header = try TableHeader<EventLogColumn>.find(in: &table, overrides: options.columns, expected: "a first row naming the columns (case_id,unit,timestamp,…)") { mapping in
            guard mapping[.unit] == nil, mapping[.activity] == nil else { return nil }
            return Diagnostic(severity: .error, file: file, position: SourcePosition(line: 1, column: 1), path: "columns.unit",
                              message: "no column for 'unit' or 'activity' among the headers \(mapping.headers.joined(separator: ", ")); expected the unit that handled each event, or map it with --column unit=HEADER")
        }
        let mapping = header.mapping
        let unitRole: EventLogColumn = mapping[.unit] != nil ? .unit : .activity
        let parserForTime = TimestampParser(order: options.dateOrder)
        var log = EventLog()
        log.reserveCapacity(data.count / 48)
        var rejected: [RejectedRow] = []
        var rowsRead = 0
        var problems: [ImportAnomaly.Kind: (rows: [Int], example: String)] = [:]
        let columnCount = max(1, mapping.headers.count - mapping.headers.reversed().prefix { $0.isEmpty }.count)
        func reject(_ record: CSVRecord, _ kind: ImportAnomaly.Kind, _ reason: String, example: String = "") {
            rejected.append(RejectedRow(row: record.number, line: record.line, reason: reason, fields: record.fields))
            problems[kind, default: ([], example)].rows.append(record.number)
        }
        let columns = (caseID: mapping[.caseID], unit: mapping[unitRole], timestamp: mapping[.timestamp],
                       channel: mapping[.channel], caseType: mapping[.caseType], lifecycle: mapping[.lifecycle])
        func value(_ column: Int?, _ fields: [String]) -> String {
            guard let column, column < fields.count else { return "" }
            return fields[column].trimmed
        }
        var lifecycles: [String: EventLog.Lifecycle] = [:]
        for record in header.above where !record.isBlank {
            rowsRead += 1
            rejected.append(RejectedRow(row: record.number, line: record.line, reason: "above the header row \(header.record.number) (a title or note)", fields: record.fields))
        }
        while let record = try table.next() {
            rowsRead += 1
            let fields = record.fields
            if record.isBlank { reject(record, .blankRow, "blank row"); continue }
            if fields.count > columnCount, fields[columnCount...].contains(where: { !$0.trimmed.isEmpty }) {
                reject(record, .extraFields, "\(fields.count) fields but the header has \(columnCount) columns (an unquoted delimiter inside a value?)")
                continue
            }
            let caseID = value(columns.caseID, fields)
            guard !caseID.isEmpty else { reject(record, .missingValue, "no case id"); continue }
            let unit = value(columns.unit, fields)
            guard !unit.isEmpty else { reject(record, .missingValue, "no \(unitRole.rawValue)"); continue }
            let stamp = value(columns.timestamp, fields)
            guard let instant = parserForTime.parse(stamp) else {
                reject(record, .badTimestamp, stamp.isEmpty ? "no timestamp" : "unreadable timestamp '\(stamp.prefix(40))'", example: stamp)
                continue
            }
            let transition = value(columns.lifecycle, fields)
            let lifecycle = lifecycles[transition] ?? EventLog.lifecycle(from: transition)
            if lifecycles.count < 64 { lifecycles[transition] = lifecycle }
            log.append(caseID: caseID, unit: unit, channel: value(columns.channel, fields), caseType: value(columns.caseType, fields),
                       instant: instant, lifecycle: lifecycle, row: record.number)
        }
        var anomalies: [ImportAnomaly] = []
        for (kind, found) in problems.sorted(by: { $0.value.rows[0] < $1.value.rows[0] }) {
            let n = found.rows.count
            let message: String = switch kind {
            case .badTimestamp: "\(n) timestamp\(n == 1 ? "" : "s") could not be read" + (found.example.isEmpty ? "" : " (such as '\(found.example.prefix(40))'; expected ISO 8601, dd.mm.yyyy hh:mm or Unix seconds)")
            case .blankRow: "\(n) row\(n == 1 ? " has" : "s have") no values"
            case .extraFields: "\(n) row\(n == 1 ? " has" : "s have") more values than the header has columns"
            default: "\(n) row\(n == 1 ? " lacks" : "s lack") a case id or \(unitRole.rawValue)"
            }
            anomalies.append(ImportAnomaly(kind: kind, rows: found.rows, message: message, handling: "rejected"))
        }
        guard log.count > 0 else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "no usable events: \(rowsRead) rows read, all rejected (\(anomalies.map(\.message).joined(separator: "; "))); expected rows with a case id, a \(unitRole.rawValue) and a timestamp")])
        }
        var descriptions = mapping.descriptions
        if unitRole == .activity { descriptions.append("unit ← the activity (no unit column)") }
        let format = table.isWorkbook ? table.description : "CSV, \(table.description), delimiter \(table.delimiter)"
        var source = EventLogSource(file: file, format: format, columns: descriptions,
                                    headers: mapping.headers, delimiter: table.delimiter, rowsRead: rowsRead, rejected: rejected, anomalies: anomalies)
        source.sheet = table.sheet
        source.sheet?.columns = EventLogColumn.anomalyColumns(mapping, unit: unitRole)
        return EventLogReading(log: log, source: source)
    }
}
