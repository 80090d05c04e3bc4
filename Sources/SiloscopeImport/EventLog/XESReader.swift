import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SiloscopeModel

/// Reads an event log in XES (IEEE 1849), the XML format of process-mining tools.
///
/// The case id is the trace's `concept:name`; the unit is the event's `org:group`, else
/// `org:role`, else its `concept:name` (the activity); the time is `time:timestamp`;
/// `lifecycle:transition` gives start and complete. A channel and a case type are read
/// from event or trace attributes whose keys look like those columns (`channel`,
/// `kanal`, `case_type`, …). Keys can be chosen with the same `--column role=key`
/// mapping as CSV headers. `<global>` defaults and nested attributes are skipped.
public enum XESReader {
    /// Reads XES bytes.
    ///
    /// - Throws: ``DiagnosticsError`` with the line of an XML error, or when no event is
    ///   usable.
    public static func read(_ data: Data, file: String, options: EventLogOptions = EventLogOptions()) throws(DiagnosticsError) -> EventLogReading {
        let handler = XESHandler(options: options)
        // A stream, not `XMLParser(data:)`: on Linux the latter hands libxml2 the whole
        // document as one chunk, which libxml2 refuses past 10 MB with an internal error
        // (error 1) at the end of the file; a stream is fed in chunks.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        // On Linux `parse()` can return true after an error, so errors are also caught by
        // the delegate, which stops at the first.
        let succeeded = parser.parse()
        if !succeeded || handler.failure != nil || parser.parserError != nil {
            let failure = handler.failure ?? XESHandler.Failure(code: (parser.parserError as NSError?)?.code ?? 0, line: parser.lineNumber, column: parser.columnNumber)
            let reason = XESHandler.describe(code: failure.code)
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: SourcePosition(line: max(1, failure.line), column: max(1, failure.column)), path: "",
                                               message: "cannot read the XES file: \(reason); expected well-formed XML with <log><trace><event> elements")])
        }
        guard handler.sawLog else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "no <log> element; expected an XES event log")])
        }
        var anomalies: [ImportAnomaly] = []
        for (kind, rows) in handler.problems.sorted(by: { $0.value[0] < $1.value[0] }) {
            let message = kind == .badTimestamp ? "\(rows.count) event\(rows.count == 1 ? " has" : "s have") no readable time:timestamp"
                : "\(rows.count) event\(rows.count == 1 ? " lacks" : "s lack") a unit (org:group, org:role or concept:name)"
            anomalies.append(ImportAnomaly(kind: kind, rows: rows, message: message, handling: "rejected (rows are event numbers in the file)"))
        }
        guard handler.log.count > 0 else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "no usable events: \(handler.eventsRead) events read" + (anomalies.isEmpty ? "" : ", all rejected (\(anomalies.map(\.message).joined(separator: "; ")))") + "; expected <event> elements with a time:timestamp")])
        }
        let source = EventLogSource(file: file, format: "XES", columns: handler.keyDescriptions, headers: ["event", "trace"], delimiter: .comma,
                                    rowsRead: handler.eventsRead, rejected: handler.rejected, anomalies: anomalies)
        return EventLogReading(log: handler.log, source: source)
    }
}

/// The XMLParser delegate: collects trace and event attributes one level deep.
private final class XESHandler: NSObject, XMLParserDelegate {
    var log = EventLog()
    var sawLog = false
    var eventsRead = 0
    var rejected: [RejectedRow] = []
    var problems: [ImportAnomaly.Kind: [Int]] = [:]
    var failure: Failure?

    /// The first XML error and where it is.
    struct Failure {
        var code: Int
        var line: Int
        var column: Int
    }

    /// Words for the libxml2 error codes an export is likely to hit.
    static func describe(code: Int) -> String {
        switch code {
        case 4: "the document is empty or does not start with XML"
        case 5: "the file ends before the XML is complete (truncated?)"
        case 9: "an invalid character"
        case 23, 26: "a character or entity reference is wrong (an unescaped '&'?)"
        case 38, 39, 40, 41: "an attribute is malformed (missing quotes or '=')"
        case 73, 76: "a closing tag does not match the opening tag"
        case 64, 65, 68: "a name or tag is malformed"
        case 89: "an external entity is not allowed"
        default: "not well-formed XML (libxml2 error \(code))"
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if failure == nil {
            failure = Failure(code: (error as NSError).code, line: parser.lineNumber, column: parser.columnNumber)
        }
        parser.abortParsing()
    }
    private let timestamps: TimestampParser
    private let keys: [EventLogColumn: String]
    private var depth = 0
    private var globalDepth: Int?
    private var traceDepth: Int?
    private var eventDepth: Int?
    private var traceAttributes: [String: String] = [:]
    private var eventAttributes: [String: String] = [:]
    private var traceIndex = 0

    init(options: EventLogOptions) {
        timestamps = TimestampParser(order: options.dateOrder)
        keys = Dictionary(uniqueKeysWithValues: options.columns.compactMap { name, key in EventLogColumn(rawValue: name).map { ($0, key) } })
    }

    var keyDescriptions: [String] {
        EventLogColumn.allCases.compactMap { role in keys[role].map { "\(role.rawValue) ← XES key '\($0)' (given)" } }
            + ["case_id ← trace concept:name", "unit ← org:group, org:role or concept:name", "timestamp ← time:timestamp",
               "lifecycle ← lifecycle:transition", "channel, case_type ← attributes named like them"]
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        guard globalDepth == nil else { return }
        switch name {
        case "log": sawLog = true
        case "global": globalDepth = depth
        case "trace" where traceDepth == nil:
            traceDepth = depth
            traceIndex += 1
            traceAttributes = [:]
        case "event" where eventDepth == nil:
            eventDepth = depth
            eventAttributes = [:]
        default:
            guard let key = attributes["key"], let value = attributes["value"] else { return }
            if let eventDepth, depth == eventDepth + 1 {
                eventAttributes[key] = value
            } else if eventDepth == nil, let traceDepth, depth == traceDepth + 1 {
                traceAttributes[key] = value
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        if let global = globalDepth {
            if depth == global { globalDepth = nil }
            return
        }
        if let eventDepth, depth == eventDepth, name == "event" {
            self.eventDepth = nil
            finishEvent(line: parser.lineNumber)
        } else if let traceDepth, depth == traceDepth, name == "trace" {
            self.traceDepth = nil
        }
    }

    private func value(_ role: EventLogColumn, standard: [String]) -> String {
        if let key = keys[role] { return (eventAttributes[key] ?? traceAttributes[key] ?? "").trimmed }
        for key in standard { if let value = eventAttributes[key] { return value.trimmed } }
        for (key, value) in eventAttributes where role.synonyms.contains(Transliteration.compactKey(key)) { return value.trimmed }
        for (key, value) in traceAttributes where role.synonyms.contains(Transliteration.compactKey(key)) { return value.trimmed }
        return ""
    }

    private func finishEvent(line: Int) {
        eventsRead += 1
        let row = eventsRead
        let caseID = keys[.caseID].flatMap { traceAttributes[$0] } ?? traceAttributes["concept:name"] ?? "trace \(traceIndex)"
        let unit = value(.unit, standard: ["org:group", "org:role", "concept:name"])
        let stamp = value(.timestamp, standard: ["time:timestamp"])
        let fields = [String(row), caseID]
        guard !unit.isEmpty else {
            rejected.append(RejectedRow(row: row, line: line, reason: "no unit (org:group, org:role or concept:name)", fields: fields))
            problems[.missingValue, default: []].append(row)
            return
        }
        guard let instant = timestamps.parse(stamp) else {
            rejected.append(RejectedRow(row: row, line: line, reason: stamp.isEmpty ? "no time:timestamp" : "unreadable timestamp '\(stamp.prefix(40))'", fields: fields))
            problems[.badTimestamp, default: []].append(row)
            return
        }
        log.append(caseID: caseID.trimmed.isEmpty ? "trace \(traceIndex)" : caseID.trimmed, unit: unit,
                   channel: value(.channel, standard: []), caseType: value(.caseType, standard: []),
                   instant: instant, lifecycle: EventLog.lifecycle(from: value(.lifecycle, standard: ["lifecycle:transition"])), row: row)
    }
}
