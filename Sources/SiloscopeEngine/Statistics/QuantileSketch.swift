#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Fixed-memory quantile estimates with a bounded relative error: a logarithmic-bucket
/// histogram in the manner of DDSketch (Masson, Rim and Lee, VLDB 2019).
///
/// Positive values fall into buckets whose bounds grow by the factor γ = (1 + α)/(1 − α);
/// a bucket's representative value is within relative error α of every value in it, so
/// every quantile is reported within relative error α (default 0.5 %) of a value of that
/// rank. Values ≤ 0 (a job that did not wait) are counted exactly as 0. Values below
/// ``minimumTrackedValue`` share the lowest bucket, values above the range the highest.
/// With the defaults (α = 0.005, range 10⁻⁶ … 10⁹ minutes) the sketch holds about 3,500
/// counters (28 kB) however many values it sees, and two sketches with the same
/// parameters merge exactly.
public struct QuantileSketch: Sendable, Equatable {
    /// The relative accuracy α.
    public let relativeAccuracy: Double
    /// The smallest positive value given its own bucket.
    public let minimumTrackedValue: Double
    @usableFromInline let logGamma: Double
    @usableFromInline let inverseLogGamma: Double
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
    ///   - minimumTrackedValue: The smallest positive value with its own bucket.
    ///   - maximumTrackedValue: The largest value with its own bucket.
    public init(relativeAccuracy: Double = 0.005, minimumTrackedValue: Double = 1e-6,
                maximumTrackedValue: Double = 1e9) {
        precondition(relativeAccuracy > 0 && relativeAccuracy < 1, "relative accuracy must be in (0, 1)")
        precondition(minimumTrackedValue > 0 && maximumTrackedValue > minimumTrackedValue, "bad sketch range")
        self.relativeAccuracy = relativeAccuracy
        self.minimumTrackedValue = minimumTrackedValue
        let gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy)
        logGamma = log(gamma)
        inverseLogGamma = 1 / logGamma
        let low = Int((log(minimumTrackedValue) / logGamma).rounded(.up))
        let high = Int((log(maximumTrackedValue) / logGamma).rounded(.up))
        indexOffset = low
        buckets = [UInt64](repeating: 0, count: high - low + 1)
    }

    /// Adds one value.
    /// - Complexity: O(1): one logarithm for a positive value.
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
        Self.bucketIndex(value, inverseLogGamma: inverseLogGamma, offset: indexOffset, count: buckets.count)
    }

    /// The bucket of a positive value: ⌈ln(value)/ln γ⌉ − offset, clamped to the range.
    /// (A call-free logarithm was tried here: with the check it needs near bucket
    /// boundaries it took as many instructions as glibc's `log`.)
    @inlinable @inline(__always)
    static func bucketIndex(_ value: Double, inverseLogGamma: Double, offset: Int, count: Int) -> Int {
        let x = Swift.min(log(value) * inverseLogGamma, 1e18)  // +∞ lands in the top bucket, not a trap
        var k = Int(x)
        if Double(k) < x { k &+= 1 }  // ⌈x⌉ without a libm call
        let raw = k &- offset
        return raw < 0 ? 0 : (raw >= count ? count &- 1 : raw)
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
                let k = Double(i + indexOffset)
                // Bucket k holds (γ^(k−1), γ^k]; 2γ^k/(γ+1) is within α of both ends.
                return 2 * exp(k * logGamma) / (exp(logGamma) + 1)
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
    mutating func add(_ value: Double, inverseLogGamma: Double, offset: Int, count: Int) {
        total &+= 1
        guard value > 0 else {
            zero &+= 1
            return
        }
        let index = QuantileSketch.bucketIndex(value, inverseLogGamma: inverseLogGamma, offset: offset, count: count)
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
