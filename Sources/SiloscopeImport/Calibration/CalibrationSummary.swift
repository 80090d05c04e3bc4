import Foundation
import SiloscopeModel

/// What an event-log import read, measured and wrote into the model.
public struct CalibrationSummary: Sendable {
    /// What reading found (format, columns, rows, rejections).
    public var source: EventLogSource
    /// The measurements.
    public var analysis: EventLogAnalysis
    /// Events used.
    public var eventsUsed: Int
    /// The model unit id of each log unit.
    public var unitIDs: [String]
    /// Channel names of the log.
    public var channels: [String]
    /// Routing rows written.
    public var routingRows: Int
    /// Handoffs written or updated.
    public var handoffsWritten: Int
    /// Days the log spans (at least an hour).
    public var days: Double
    /// What was added to the model.
    public var notes: [String]
    /// Every anomaly, with rows and handling.
    public var anomalies: [ImportAnomaly]

    init(source: EventLogSource, analysis: EventLogAnalysis, log: EventLog, unitIDs: [String], routingRows: Int,
         handoffsWritten: Int, days: Double, notes: [String], anomalies: [ImportAnomaly]) {
        self.source = source
        self.analysis = analysis
        self.eventsUsed = log.count
        self.unitIDs = unitIDs
        self.channels = log.channels
        self.routingRows = routingRows
        self.handoffsWritten = handoffsWritten
        self.days = days
        self.notes = notes
        self.anomalies = anomalies
    }

    /// Always true: rows read = events used + rows rejected.
    public var isBalanced: Bool { source.isBalanced(eventsUsed: eventsUsed) }

    /// The anomalies as warnings.
    public var diagnostics: [Diagnostic] { anomalies.map { source.sheet?.diagnostic($0, file: source.file) ?? $0.diagnostic(file: source.file) } }

    /// A plain-text report: input, row balance, handovers, ping-pong, arrivals, handling
    /// times, and what was written.
    ///
    /// - Parameter limit: the most lines per table and anomalies listed; `nil` for all.
    public func text(limit: Int? = 15) -> String {
        let cap = limit ?? .max
        let a = analysis
        var lines: [String] = []
        lines.append("\(source.file): \(source.format)")
        lines.append("columns:")
        lines += source.columns.map { "  \($0)" }
        lines.append("rows read \(source.rowsRead) = used \(eventsUsed) + rejected \(source.rejected.count)")
        lines.append("cases \(a.caseCount), units \(a.units.count), visits \(a.visits.reduce(0, +)), over \(String(format: "%.2f", days)) days")
        lines.append("handling times from " + (a.usedLifecycle ? "start/complete pairs" : "gaps between visits (includes waiting time)"))
        lines.append("handover of work: \(a.handovers.total) handovers")
        for entry in a.handovers.entries.prefix(cap) {
            lines.append("  \(unitIDs[entry.from]) → \(unitIDs[entry.to]): \(entry.count) (\(percent(entry.share)) of all, \(percent(entry.rowShare)) of \(unitIDs[entry.from])'s)")
        }
        lines.append("ping-pong (A → B → A): \(a.pingPong.total) in \(a.pingPong.cases) cases")
        for pair in a.pingPong.pairs.prefix(min(cap, 5)) {
            lines.append("  \(unitIDs[pair.a]) ⇄ \(unitIDs[pair.b]): \(pair.count)")
        }
        lines.append("arrivals: \(a.arrivals.total) cases over \(String(format: "%.1f", a.arrivals.spanHours)) hours")
        var perChannel: [Int: Int] = [:]
        for stream in a.arrivals.streams { perChannel[stream.channel, default: 0] += stream.count }
        // Most cases first; equal counts by channel name, so the same log prints the same
        // summary every time (a dictionary's order is not stable between runs).
        func name(_ channel: Int) -> String { channel >= 0 ? channels[channel] : "" }
        for (channel, count) in perChannel.sorted(by: { ($0.value, name($1.key)) > ($1.value, name($0.key)) }).prefix(cap) {
            lines.append("  \(channel >= 0 ? channels[channel] : "(no channel)"): \(count) case\(count == 1 ? "" : "s"), \(String(format: "%.3f", a.arrivals.perHour(count))) per hour")
        }
        lines.append("  by hour of day: " + a.arrivals.perHourOfDay.enumerated().filter { $0.element > 0 }.map { "\($0.offset)h \($0.element)" }.joined(separator: ", "))
        lines.append("handling minutes per unit (n, mean, median, p90):")
        for (u, statistics) in a.handling.enumerated().prefix(cap) {
            guard let statistics else { continue }
            lines.append("  \(unitIDs[u]): \(statistics.count), \(String(format: "%.2f", statistics.mean)), \(String(format: "%.2f", statistics.median)), \(String(format: "%.2f", statistics.p90))")
        }
        lines.append("written: simulation.mode explicit, \(routingRows) routing rows, \(handoffsWritten) handoffs with volume_per_day, empirical handling for \(a.handling.compactMap { $0 }.count) units")
        lines += notes.prefix(cap).map { "  \($0)" }
        if anomalies.isEmpty {
            lines.append("anomalies: none")
        } else {
            lines.append("anomalies: \(anomalies.count)")
            for anomaly in anomalies.prefix(cap) {
                let place = source.sheet?.cells(of: anomaly) ?? anomaly.rowList
                let rows = place.isEmpty ? "" : "\(place): "
                lines.append("  [\(anomaly.kind.rawValue)] \(rows)\(anomaly.message)")
                lines.append("      → \(anomaly.handling)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
