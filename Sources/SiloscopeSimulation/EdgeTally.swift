/// Friction on one handoff edge: how many cases crossed it, how many of those were
/// bounces, and the minutes the crossing added (transfer time and retelling).
public struct EdgeTally: Sendable, Equatable {
    /// Cases handed over this edge.
    public var cases: Int = 0
    /// Of those, bounces ("not our job" back to the sender).
    public var bounces: Int = 0
    /// Minutes added: transfer time plus retelling caused on this edge.
    public var minutes: Double = 0
    /// Times the customer had to tell the story again after this edge.
    public var retellings: Int = 0

    /// Counts one crossing.
    @inline(__always)
    mutating func add(bounce: Bool, minutes: Double, retold: Bool) {
        cases += 1
        if bounce { bounces += 1 }
        self.minutes += minutes
        if retold { retellings += 1 }
    }

    /// Adds another tally.
    mutating func merge(_ other: EdgeTally) {
        cases += other.cases
        bounces += other.bounces
        minutes += other.minutes
        retellings += other.retellings
    }
}

/// Edge tallies in an open-addressed table keyed by (from, to) unit indices: no
/// dictionary and no allocation once warm, so counting stays off the allocator on the
/// hot path.
struct EdgeTable: Sendable {
    private var keys: [Int64]
    private var tallies: [EdgeTally]
    private(set) var count = 0

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int64](repeating: -1, count: size)
        tallies = [EdgeTally](repeating: EdgeTally(), count: size)
    }

    @inline(__always)
    mutating func record(from: Int, to: Int, bounce: Bool, minutes: Double, retold: Bool) {
        let key = Int64(from) << 32 | Int64(to)
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
        while keys[slot] != key {
            if keys[slot] == -1 {
                if (count + 1) * 2 > keys.count {
                    grow()
                    record(from: from, to: to, bounce: bounce, minutes: minutes, retold: retold)
                    return
                }
                keys[slot] = key
                count += 1
                break
            }
            slot = (slot + 1) & (keys.count - 1)
        }
        tallies[slot].add(bounce: bounce, minutes: minutes, retold: retold)
    }

    private mutating func grow() {
        let old = zip(keys, tallies).filter { $0.0 != -1 }
        self = EdgeTable(capacity: keys.count)
        for (key, tally) in old {
            let from = Int(key >> 32), to = Int(key & 0xFFFF_FFFF)
            record(from: from, to: to, bounce: false, minutes: 0, retold: false)
            if let slot = slot(of: key) { tallies[slot] = tally }
        }
    }

    private func slot(of key: Int64) -> Int? {
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
        while keys[slot] != -1 {
            if keys[slot] == key { return slot }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Every edge with its tally.
    var entries: [(from: Int, to: Int, tally: EdgeTally)] {
        zip(keys, tallies).compactMap { key, tally in
            key == -1 ? nil : (Int(key >> 32), Int(key & 0xFFFF_FFFF), tally)
        }
    }
}
