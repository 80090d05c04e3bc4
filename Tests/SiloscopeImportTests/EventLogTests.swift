import Foundation
import Testing
import SiloscopeModel
@testable import SiloscopeImport

@Suite struct EventLogTests {
    static func analyse(_ csv: String, _ options: EventLogOptions = EventLogOptions()) throws -> (EventLogReading, EventLogAnalysis) {
        let reading = try EventLogCSVReader.read(Data(csv.utf8), file: "log.csv", options: options)
        return (reading, EventLogAnalysis(log: reading.log, timestamps: options.timestamps))
    }

    @Test(arguments: [
        ("2024-03-05T14:07:00Z", 1_709_647_620.0, 14),
        ("2024-03-05 14:07:00.250+03:00", 1_709_636_820.25, 14),
        ("2024-03-05T14:07", 1_709_647_620.0, 14),
        ("2024/03/05 14:07:00", 1_709_647_620.0, 14),
        ("05.03.2024 14:07", 1_709_647_620.0, 14),
        ("5.3.2024 14:07:00", 1_709_647_620.0, 14),
        ("05/03/2024 14:07", 1_709_647_620.0, 14),
        ("05-03-2024", 1_709_596_800.0, 0),
        ("1709647620", 1_709_647_620.0, 14),
        ("1709647620000", 1_709_647_620.0, 14),
        ("29.02.2024 00:00", 1_709_164_800.0, 0),
    ])
    func timestamps(_ text: String, _ seconds: Double, _ hour: Int) throws {
        let instant = try #require(TimestampParser().parse(text))
        #expect(instant.seconds == seconds)
        #expect(instant.hour == hour)
    }

    @Test func monthFirstAndBadDates() {
        #expect(TimestampParser(order: .monthDayYear).parse("03/05/2024")?.seconds == 1_709_596_800)
        for bad in ["31.02.2024", "2024-13-01", "29.02.2023", "", "yesterday", "2024-03-05 25:00", "12:00", "2024-03-05T", "05.03.24"] {
            #expect(TimestampParser().parse(bad) == nil || bad == "2024-03-05T", "\(bad)")
        }
    }

    /// Three cases over units A, B, C, timestamps marking starts:
    /// c1 A B A C, c2 A B C, c3 A.
    static let handLog = """
        case_id,unit,timestamp,channel
        c1,A,2024-01-01 09:00,phone
        c1,B,2024-01-01 09:10,phone
        c1,A,2024-01-01 09:20,phone
        c1,C,2024-01-01 09:30,phone
        c2,A,2024-01-01 10:00,web
        c2,B,2024-01-01 10:05,web
        c2,B,2024-01-01 10:10,web
        c2,C,2024-01-01 10:15,web
        c3,A,2024-01-01 11:00,phone
        """

    @Test func handoverMatrixByHand() throws {
        let (_, analysis) = try Self.analyse(Self.handLog)
        let matrix = analysis.handovers
        #expect(matrix.total == 5)
        #expect(matrix.count(from: "A", to: "B") == 2)
        #expect(matrix.count(from: "B", to: "A") == 1)
        #expect(matrix.count(from: "A", to: "C") == 1)
        #expect(matrix.count(from: "B", to: "C") == 1)
        #expect(matrix.count(from: "C", to: "A") == 0)
        let ab = try #require(matrix.entries.first)
        #expect(matrix.units[ab.from] == "A" && matrix.units[ab.to] == "B")
        #expect(ab.share == 0.4)
        #expect(abs(ab.rowShare - 2.0 / 3.0) < 1e-12)
        #expect(matrix.csv.contains("A,B,2,0.4000,0.6667"))
        #expect(analysis.paths.map { $0.map { analysis.units[Int($0)] } } == [["A", "B", "A", "C"], ["A", "B", "C"], ["A"]])
    }

    @Test func pingPongRoutingAndGaps() throws {
        let (_, analysis) = try Self.analyse(Self.handLog)
        #expect(analysis.pingPong.total == 1 && analysis.pingPong.cases == 1)
        let a = 0, b = 1, c = 2
        #expect(analysis.visits == [4, 2, 2])
        #expect(analysis.routingProbability(from: a, to: b) == 0.5)
        #expect(analysis.routingProbability(from: a, to: c) == 0.25)
        #expect(analysis.resolved == [1, 0, 2])
        #expect(analysis.routingProbability(from: b, to: a) == 0.5)
        #expect(analysis.handling[a]?.quantiles == [5, 10, 10])
        #expect(analysis.handling[b]?.mean == 10)
        #expect(analysis.handling[c] == nil)
        let (_, completes) = try Self.analyse(Self.handLog, EventLogOptions(timestamps: .complete))
        #expect(completes.handling[b]?.quantiles == [10, 10])
        #expect(completes.handling[a]?.quantiles == [10])
        #expect(completes.handling[c]?.quantiles == [5, 10])
    }

    @Test func pingPongCountsEveryBounce() {
        let count = PingPongCount(paths: [[0, 1, 0, 1, 0], [2, 3, 2], [0, 1, 2], [4]])
        #expect(count.total == 4)
        #expect(count.cases == 2)
        #expect(count.pairs.map { [$0.a, $0.b, $0.count] } == [[0, 1, 3], [2, 3, 1]])
    }

    @Test func lifecyclePairsGiveHandlingTimes() throws {
        let log = """
            case_id,case_type,activity,unit,channel,timestamp,lifecycle
            1,billing,take call,front,phone,2024-01-01T09:00:00Z,start
            1,billing,take call,front,phone,2024-01-01T09:04:00Z,complete
            1,billing,fix,back,phone,2024-01-01T09:30:00Z,start
            1,billing,fix,back,phone,2024-01-01T09:50:00Z,complete
            2,billing,take call,front,phone,2024-01-01T10:00:00Z,complete
            3,billing,take call,front,phone,2024-01-01T10:00:00Z,start
            """
        let (reading, analysis) = try Self.analyse(log)
        #expect(reading.source.columns.contains { $0.hasPrefix("lifecycle ← 'lifecycle'") })
        #expect(analysis.usedLifecycle)
        #expect(analysis.handling[0]?.quantiles == [4])
        #expect(analysis.handling[1]?.quantiles == [20])
        #expect(analysis.anomalies.first { $0.kind == .unpairedLifecycle }?.rows == [6, 7])
    }

    @Test func rejectedRowsAreCountedWithReasons() throws {
        let log = "ticket,team,date\nT1,Ops,01.02.2024 10:00\n,Ops,01.02.2024 10:00\nT2,,01.02.2024 10:00\nT3,Ops,32.01.2024\n\nT4,Ops,02.02.2024 08:30\n"
        let (reading, _) = try Self.analyse(log)
        let source = reading.source
        #expect(source.rowsRead == 6)
        #expect(reading.log.count == 2)
        #expect(source.isBalanced(eventsUsed: reading.log.count))
        #expect(source.rejected.map(\.row) == [3, 4, 5, 6])
        #expect(source.anomalies.first { $0.kind == .badTimestamp }?.rows == [5])
        #expect(source.rejectedCSV.contains("unreadable timestamp '32.01.2024'"))
    }

    @Test func turkishHeadersAndActivityAsUnit() throws {
        let log = "Talep No;İşlem;Tarih;Kanal\n1;Çağrı Merkezi;05.03.2024 09:00;Telefon\n1;Şikâyet Birimi;05.03.2024 09:30;Telefon\n"
        let (reading, analysis) = try Self.analyse(log)
        #expect(reading.source.format.contains("delimiter ';'"))
        #expect(analysis.units == ["Çağrı Merkezi", "Şikâyet Birimi"])
        let result = ModelCalibrator.calibrate(nil, analysis: analysis, log: reading.log, source: reading.source)
        #expect(result.model.touchpoints.map(\.channel) == [.phone])
        _ = try ModelLoader.load(text: result.model.yamlText(), file: "t.yaml")
    }

    static let xes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <global scope="event"><string key="concept:name" value="__INVALID__"/><date key="time:timestamp" value="1970-01-01T00:00:00Z"/></global>
          <string key="concept:name" value="tickets"/>
          <trace>
            <string key="concept:name" value="c1"/>
            <string key="channel" value="phone"/>
            <event><string key="org:group" value="A"/><date key="time:timestamp" value="2024-01-01T09:00:00.000+00:00"/>
              <list key="extra"><string key="org:group" value="NOT THIS"/></list></event>
            <event><string key="org:group" value="B"/><date key="time:timestamp" value="2024-01-01T09:10:00.000+00:00"/></event>
            <event><string key="org:group" value="A"/><date key="time:timestamp" value="2024-01-01T09:20:00.000+00:00"/></event>
            <event><string key="org:group" value="C"/><date key="time:timestamp" value="2024-01-01T09:30:00.000+00:00"/></event>
          </trace>
          <trace>
            <string key="concept:name" value="c2"/>
            <string key="channel" value="web"/>
            <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T10:00:00Z"/></event>
            <event><string key="concept:name" value="B"/><date key="time:timestamp" value="2024-01-01T10:05:00Z"/></event>
            <event><string key="concept:name" value="B"/><date key="time:timestamp" value="2024-01-01T10:10:00Z"/></event>
            <event><string key="concept:name" value="C"/><date key="time:timestamp" value="2024-01-01T10:15:00Z"/></event>
          </trace>
          <trace>
            <string key="concept:name" value="c3"/>
            <string key="channel" value="phone"/>
            <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-01T11:00:00Z"/></event>
            <event><string key="concept:name" value="A"/></event>
          </trace>
        </log>
        """

    @Test func xesGivesTheSameAnalysisAsCSV() throws {
        let reading = try XESReader.read(Data(Self.xes.utf8), file: "log.xes")
        let analysis = EventLogAnalysis(log: reading.log)
        let (_, csv) = try Self.analyse(Self.handLog)
        #expect(analysis.units == csv.units)
        #expect(analysis.paths == csv.paths)
        #expect(analysis.handovers == csv.handovers)
        #expect(analysis.pingPong == csv.pingPong)
        #expect(analysis.handling == csv.handling)
        #expect(reading.log.channels == ["phone", "web"])
        #expect(reading.source.rowsRead == 10 && reading.source.rejected.map(\.row) == [10])
        #expect(EventLogImporter.format(of: Data(Self.xes.utf8), path: "export") == .xes)
    }

    @Test func brokenXESNamesTheLine() {
        do {
            _ = try XESReader.read(Data("<log>\n<trace>\n<event>\n</trace>".utf8), file: "bad.xes")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("bad.xes:"))
            #expect(error.description.contains("cannot read the XES file"))
        }
        #expect(throws: DiagnosticsError.self) { try XESReader.read(Data("<notxes/>".utf8), file: "x.xes") }
    }
}
