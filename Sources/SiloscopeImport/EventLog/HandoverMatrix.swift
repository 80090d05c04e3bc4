import SiloscopeModel
/// Who passes work to whom: counts of consecutive visits of one case at two different
/// units (van der Aalst's handover-of-work metric at the unit level).
public struct HandoverMatrix: Sendable, Equatable {
    /// One cell: `from` passed `count` cases' work to `to`.
    public struct Entry: Sendable, Equatable {
        /// The unit index (into ``HandoverMatrix/units``) handing over.
        public var from: Int
        /// The unit index receiving.
        public var to: Int
        /// Handovers observed.
        public var count: Int
        /// Share of all handovers in the log.
        public var share: Double
        /// Share of `from`'s outgoing handovers.
        public var rowShare: Double
    }

    /// Unit names as written in the log.
    public let units: [String]
    /// Non-zero cells, most frequent first (ties by unit order).
    public let entries: [Entry]
    /// All handovers.
    public let total: Int

    /// Builds the matrix from counts keyed by `from << 32 | to`.
    init(units: [String], counts: [Int64: Int]) {
        self.units = units
        let total = counts.values.reduce(0, +)
        var outgoing = [Int](repeating: 0, count: units.count)
        for (key, count) in counts { outgoing[Int(key >> 32)] += count }
        entries = counts.map { key, count in
            let from = Int(key >> 32), to = Int(key & 0xFFFF_FFFF)
            return Entry(from: from, to: to, count: count, share: Double(count) / Double(max(total, 1)),
                         rowShare: Double(count) / Double(max(outgoing[from], 1)))
        }.sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }
        self.total = total
    }

    /// The count from one unit to another (0 when none).
    public func count(from: String, to: String) -> Int {
        entries.first { units[$0.from] == from && units[$0.to] == to }?.count ?? 0
    }

    /// The matrix as CSV rows `from,to,count,share,share_of_from`.
    public var csv: String {
        var writer = CSVWriter(delimiter: .comma, byteOrderMark: true)
        writer.append(["from", "to", "count", "share", "share_of_from"])
        for entry in entries {
            writer.append([units[entry.from], units[entry.to], String(entry.count),
                           String(format4(entry.share)), String(format4(entry.rowShare))])
        }
        return writer.text
    }
}

/// A probability with four decimals ("0.1250").
func format4(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded()
    let whole = Int(scaled) / 10_000
    let fraction = Int(scaled) % 10_000
    let digits = String(fraction)
    return "\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits
}
