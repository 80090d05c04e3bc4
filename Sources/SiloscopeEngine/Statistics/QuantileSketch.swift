/// Fixed-memory quantile estimates with a bounded relative error: a log-linear
/// histogram, the bucket layout of HdrHistogram (Tene) with DDSketch's relative-error
/// guarantee (Masson, Rim and Lee, VLDB 2019).
///
/// Each power of two [2ᵉ, 2ᵉ⁺¹) is cut into M equal sub-buckets, M the smallest power of
/// two with 1/(2M + 1) ≤ α; a bucket [a, b) reports 2ab/(a + b), within relative error
/// (b − a)/(a + b) ≤ 1/(2M + 1) ≤ α of every value in it, so every quantile is reported
/// within α (default 0.5 %: M = 128, at most 0.39 %) of a value of that rank. A value's
/// bucket is read from its IEEE-754 bits, exponent then the mantissa's top log₂M bits:
/// one shift, no logarithm (a logarithm per value was a tenth of a simulation's time).
/// Values ≤ 0 (a job that did not wait) are counted exactly as 0. Values below
/// ``minimumTrackedValue`` share the lowest bucket, values above the range the highest.
/// With the defaults (α = 0.005, range 10⁻⁶ … 10⁹ minutes) the sketch holds 6,528 counters
/// (52 kB) however many values it sees, and two sketches with the same parameters merge
/// exactly.
public struct QuantileSketch: Sendable, Equatable {
    /// The relative accuracy α.
    public let relativeAccuracy: Double
    /// The smallest positive value given its own bucket.
    public let minimumTrackedValue: Double
    /// 52 − log₂M: a positive double's bits shifted right by this are its exponent and its
    /// sub-bucket, in increasing order of the value.
    @usableFromInline let shift: UInt64
    /// The shifted bits of the lowest bucket.
    @usableFromInline let indexOffset: Int
    @usableFromInline var buckets: [UInt64]
    /// The number of values ≤ 0.
    @inlinable public var zeroCount: UInt64 { _zeroCount }
    @usableFromInline var _zeroCount: UInt64 = 0
    /// The number of values added.
    @inlinable public var count: UInt64 { _count }
    @usableFromInline var _count: UInt64 = 0

    /// Creates an empty sketch.
    /// - Parameters:
    ///   - relativeAccuracy: α in (0, 1); quantiles are within this relative error.
    ///   - minimumTrackedValue: The smallest positive value with its own bucket (a normal
    ///     double).
    ///   - maximumTrackedValue: The largest value with its own bucket.
    public init(relativeAccuracy: Double = 0.005, minimumTrackedValue: Double = 1e-6,
                maximumTrackedValue: Double = 1e9) {
        precondition(relativeAccuracy > 0 && relativeAccuracy < 1, "relative accuracy must be in (0, 1)")
        precondition(minimumTrackedValue >= Double.leastNormalMagnitude && maximumTrackedValue > minimumTrackedValue
                     && maximumTrackedValue.isFinite, "bad sketch range")
        self.relativeAccuracy = relativeAccuracy
        self.minimumTrackedValue = minimumTrackedValue
        var bits: UInt64 = 0
        while bits < 52 && 1 / (2 * Double(UInt64(1) << bits) + 1) > relativeAccuracy { bits += 1 }
        shift = 52 - bits
        let low = Int(minimumTrackedValue.bitPattern >> shift)
        let high = Int(maximumTrackedValue.bitPattern >> shift)
        indexOffset = low
        buckets = [UInt64](repeating: 0, count: high - low + 1)
    }

    /// Adds one value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public mutating func add(_ value: Double) {
        _count &+= 1
        guard value > 0 else {
            _zeroCount &+= 1
            return
        }
        buckets[bucketIndex(value)] &+= 1
    }

    /// The number of buckets.
    @inlinable var bucketCount: Int { buckets.count }

    /// The bucket of a positive value.
    @inlinable @inline(__always)
    func bucketIndex(_ value: Double) -> Int {
        Self.bucketIndex(value, shift: shift, offset: indexOffset, count: buckets.count)
    }

    /// The bucket of a positive value (+∞ in the top bucket), given a sketch's shape.
    @inlinable @inline(__always)
    static func bucketIndex(_ value: Double, shift: UInt64, offset: Int, count: Int) -> Int {
        let raw = Int(truncatingIfNeeded: value.bitPattern >> shift) &- offset
        return raw < 0 ? 0 : (raw >= count ? count &- 1 : raw)
    }

    /// The value bucket i reports: 2ab/(a + b) for its bounds [a, b).
    func representative(ofBucket i: Int) -> Double {
        let lower = Double(bitPattern: UInt64(i + indexOffset) << shift)
        let upper = Double(bitPattern: UInt64(i + indexOffset + 1) << shift)
        return 2 * lower * upper / (lower + upper)
    }

    /// A sketch with this one's parameters holding the given counts (the simulator's run
    /// keeps them in raw memory; see ``SketchCounter``).
    @usableFromInline
    func with(_ counter: SketchCounter) -> QuantileSketch {
        var copy = self
        if let counts = counter.counts {
            for i in 0..<copy.buckets.count { copy.buckets[i] = counts[i] }
        }
        copy._zeroCount = counter.zero
        copy._count = counter.total
        return copy
    }

    /// Adds every value of another sketch with the same parameters.
    public mutating func merge(_ other: QuantileSketch) {
        precondition(other.buckets.count == buckets.count && other.relativeAccuracy == relativeAccuracy,
                     "merging sketches with different parameters")
        for i in buckets.indices { buckets[i] &+= other.buckets[i] }
        _zeroCount &+= other.zeroCount
        _count &+= other.count
    }

    /// The estimated q-quantile: the representative value of the bucket holding the value
    /// of rank ⌈q·n⌉ (nearest-rank definition).
    /// - Parameter q: A probability in [0, 1].
    /// - Returns: The estimate, 0 for ranks among the values ≤ 0, NaN when empty.
    public func quantile(_ q: Double) -> Double {
        guard _count > 0 else { return .nan }
        let rank = Swift.max(1, UInt64((q * Double(_count)).rounded(.up)))
        if rank <= _zeroCount { return 0 }
        var seen = _zeroCount
        for (i, n) in buckets.enumerated() where n > 0 {
            seen += n
            if seen >= rank {
                return representative(ofBucket: i)
            }
        }
        return .nan
    }
}

/// One quantile sketch's counts in raw memory, for the simulator's hot path (no
/// copy-on-write or bounds check per value); the buckets are allocated at the first
/// positive value, so a station nobody waits at costs nothing. The run turns it into a
/// ``QuantileSketch`` at the end (``QuantileSketch/with(_:)``) and frees it.
@usableFromInline
struct SketchCounter {
    @usableFromInline var counts: UnsafeMutablePointer<UInt64>?
    @usableFromInline var zero: UInt64 = 0
    @usableFromInline var total: UInt64 = 0

    @usableFromInline init() {}

    /// Adds one value, bucketed as a sketch with these parameters does.
    @inlinable @inline(__always)
    mutating func add(_ value: Double, shift: UInt64, offset: Int, count: Int) {
        total &+= 1
        guard value > 0 else {
            zero &+= 1
            return
        }
        let index = QuantileSketch.bucketIndex(value, shift: shift, offset: offset, count: count)
        if let counts {
            counts[index] &+= 1
        } else {
            allocate(count: count)
            counts.unsafelyUnwrapped[index] = 1
        }
    }

    @usableFromInline
    mutating func allocate(count: Int) {
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        buffer.initialize(repeating: 0, count: count)
        counts = buffer
    }

    /// Frees the counts.
    @usableFromInline
    func deallocate() { counts?.deallocate() }
}
