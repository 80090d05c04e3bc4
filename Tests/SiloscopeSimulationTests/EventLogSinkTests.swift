import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The event log of replication 0 in CSV and XES.
@Suite("Event log")
struct EventLogSinkTests {
    /// Runs the bouncing front-desk model with a log; returns the log and its organization.
    static func logged() throws -> (EventLogSink, CompiledOrganization, SimulationReport) {
        var model = StructuralPolicyTests.operations()
        // A name that needs quoting in CSV and escaping in XML.
        model.replaceUnit("back", with: "{id: back, name: '\"Back\" office, cards & <fees>', kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12}")
        let loaded = try model.load()
        let sink = EventLogSink()
        let report = try simulate(loaded, runs: 2, cases: 300, warmup: 50, eventLog: sink)
        return (sink, try CompiledOrganization(loaded.model, parameters: SimulationParameters.of(loaded)), report)
    }

    @Test("CSV: the header, two rows per service, each case's services in order")
    func csv() throws {
        let (sink, _, _) = try Self.logged()
        let text = sink.csv()
        let log = EventLogRows(csv: text)
        #expect(log.header == "case_id,case_type,activity,unit,channel,timestamp,lifecycle")
        #expect(sink.count > 300)
        #expect(log.rows.count == 2 * sink.count)
        #expect(log.rows.allSatisfy { $0.caseType == "complaint" && $0.channel == "phone" })
        #expect(log.rows.contains { $0.activity == "\"Back\" office, cards & <fees>" }, "quoted field read back")
        for (i, row) in log.rows.enumerated() {
            #expect(row.lifecycle == (i.isMultiple(of: 2) ? "start" : "complete"))
            if !i.isMultiple(of: 2) {
                let start = log.rows[i - 1]
                #expect(row.caseID == start.caseID && row.unit == start.unit && row.timestamp >= start.timestamp)
            }
        }
        // Cases in arrival order, numbered from 0 (warm-up included), services in time order.
        let ids = log.rows.map(\.caseID)
        #expect(ids == ids.sorted())
        #expect(ids.first == 0)
        for (_, services) in log.servicesByCase {
            #expect(services.map(\.start) == services.map(\.start).sorted())
            #expect(services.first?.unit == "front")
        }
        #expect(log.rows.first?.timestamp.hasPrefix("2026-01-05T") == true)
    }

    @Test("XES: well-formed, one trace per case, the same cases and events as the CSV")
    func xes() throws {
        let (sink, _, _) = try Self.logged()
        let csv = EventLogRows(csv: sink.csv())
        let reader = XESReader()
        let parser = XMLParser(data: Data(sink.xes().utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(reader.traces.count == Set(csv.rows.map(\.caseID)).count)
        #expect(reader.events == 2 * sink.count)
        #expect(reader.traces.map { Int($0) ?? -1 } == Array(Set(csv.rows.map(\.caseID))).sorted())
        #expect(reader.groups.contains("back") && reader.names.contains("\"Back\" office, cards & <fees>"))
        #expect(reader.transitions == ["complete", "start"])
    }

    @Test("Logging draws no random numbers: the figures are the same without it")
    func loggingChangesNothing() throws {
        let (_, _, logged) = try Self.logged()
        var model = StructuralPolicyTests.operations()
        model.replaceUnit("back", with: "{id: back, name: '\"Back\" office, cards & <fees>', kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12}")
        let plain = try simulate(model, runs: 2, cases: 300, warmup: 50)
        #expect(try SiloSimulatorTests.figures(plain) == SiloSimulatorTests.figures(logged))
    }
}

/// Reads the parts of an XES log the tests check.
final class XESReader: NSObject, XMLParserDelegate {
    var traces: [String] = []
    var events = 0
    var groups = Set<String>()
    var names = Set<String>()
    var transitions = Set<String>()
    private var depth: [String] = []

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = depth.last
        depth.append(element)
        switch element {
        case "event": events += 1
        case "string" where parent == "trace" && attributes["key"] == "concept:name": traces.append(attributes["value"] ?? "")
        case "string" where parent == "event":
            let value = attributes["value"] ?? ""
            switch attributes["key"] {
            case "org:group": groups.insert(value)
            case "concept:name": names.insert(value)
            case "lifecycle:transition": transitions.insert(value)
            default: break
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        depth.removeLast()
    }
}
