import Foundation
import SiloscopeModel

/// Collects every service of one replication as event-log rows, written afterwards as
/// CSV or XES (the process-mining formats ProM, pm4py and Celonis read).
///
/// Used only when a log is asked for; the simulation's results are the same with or
/// without it (it draws no random numbers).
public final class EventLogSink: @unchecked Sendable {
    struct Row {
        let job: Int
        let caseType: Int32
        let source: Int32
        let unit: Int32
        let start: Double
        let end: Double
    }

    private var rows: [Row] = []
    private let lock = NSLock()
    /// The compiled organization the logged indices refer to, bound by the simulator that
    /// fills the sink (so nobody compiles the model a second time to name them).
    private(set) var organization: CompiledOrganization?

    /// Creates an empty sink.
    public init() {}

    /// Binds the organization whose units, sources and case types the rows index.
    func bind(_ org: CompiledOrganization) {
        lock.lock()
        organization = org
        lock.unlock()
    }

    func service(job: Int, caseType: Int, source: Int, unit: Int, start: Double, end: Double) {
        lock.lock()
        rows.append(Row(job: job, caseType: Int32(caseType), source: Int32(source), unit: Int32(unit), start: start, end: end))
        lock.unlock()
    }

    /// Number of services logged.
    public var count: Int { rows.count }

    /// One logged service: a case at a unit from `start` to `end` (simulated minutes).
    public struct Service: Sendable, Equatable {
        /// The case's arrival index in its replication.
        public var caseID: Int
        /// The case type's id.
        public var caseType: String
        /// The unit that served it.
        public var unit: SiloscopeModel.Unit
        /// The channel the case came in through.
        public var channel: String
        /// When the service started.
        public var start: Double
        /// When it ended.
        public var end: Double
    }

    /// Every service logged, cases in arrival order and each case's services in time
    /// order: what ``csv()`` and ``xes()`` write, as values for code that counts paths.
    public func services() -> [Service] {
        // Rows exist only once a simulator has bound its organization.
        guard let org = organization else { return [] }
        return sortedRows().map { row in
            let model = org.model
            let source = org.sources[Int(row.source)]
            return Service(caseID: row.job, caseType: model.caseTypes[Int(row.caseType)].id, unit: model.units[Int(row.unit)],
                           channel: model.touchpoints[source.touchpoint].channel.rawValue, start: row.start, end: row.end)
        }
    }

    /// The log as CSV: `case_id,case_type,activity,unit,channel,timestamp,lifecycle`, one
    /// row per service start and completion, cases in arrival order, ISO 8601 times from
    /// 2026-01-05T09:00:00Z (simulated minutes added).
    public func csv() -> String {
        var text = "case_id,case_type,activity,unit,channel,timestamp,lifecycle\n"
        for service in services() {
            for (time, phase) in [(service.start, "start"), (service.end, "complete")] {
                text += "\(service.caseID),\(CSVWriter.field(service.caseType)),\(CSVWriter.field(service.unit.name)),\(service.unit.id),"
                    + "\(service.channel),\(Self.timestamp(time)),\(phase)\n"
            }
        }
        return text
    }

    /// The log as XES 1.0 (IEEE 1849): one trace per case, two events (start, complete)
    /// per service with `concept:name` (unit), `org:group` (unit id),
    /// `lifecycle:transition` and `time:timestamp`.
    public func xes() -> String {
        var text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
          <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
          <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>

        """
        var current = -1
        for service in services() {
            let unit = service.unit
            if service.caseID != current {
                if current >= 0 { text += "  </trace>\n" }
                current = service.caseID
                text += "  <trace>\n    <string key=\"concept:name\" value=\"\(service.caseID)\"/>\n"
                text += "    <string key=\"case_type\" value=\"\(Self.xml(service.caseType))\"/>\n    <string key=\"channel\" value=\"\(service.channel)\"/>\n"
            }
            for (time, phase) in [(service.start, "start"), (service.end, "complete")] {
                text += "    <event><string key=\"concept:name\" value=\"\(Self.xml(unit.name))\"/><string key=\"org:group\" value=\"\(Self.xml(unit.id))\"/>"
                text += "<string key=\"lifecycle:transition\" value=\"\(phase)\"/><date key=\"time:timestamp\" value=\"\(Self.timestamp(time))\"/></event>\n"
            }
        }
        if current >= 0 { text += "  </trace>\n" }
        return text + "</log>\n"
    }

    private func sortedRows() -> [Row] {
        rows.sorted { ($0.job, $0.start) < ($1.job, $1.start) }
    }

    private static let epoch = Date(timeIntervalSince1970: 1_767_603_600)  // 2026-01-05T09:00:00Z

    static func timestamp(_ minutes: Double) -> String {
        let date = epoch.addingTimeInterval((minutes * 60 * 1000).rounded() / 1000)
        return date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }


    static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
