/// The xoshiro256** pseudo-random generator: fast, 256 bits of state, period 2²⁵⁶ − 1.
///
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators" (ACM TOMS 2021).
/// The state is seeded by ``SplitMix64``. Independent substreams come from
/// ``init(seed:replication:purpose:index:)``, which mixes the four coordinates into one
/// 64-bit key: streams with different coordinates are statistically independent, and a
/// stream depends on nothing but its coordinates (not on thread count, not on which other
/// streams exist).
///
/// Every method is deterministic: the same state gives the same sequence on every
/// platform.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a generator whose state is four outputs of SplitMix64 started at `seed`.
    /// - Parameter seed: Any 64-bit value, including 0.
    @inlinable
    public init(seed: UInt64) {
        var seeder = SplitMix64(state: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // unreachable for SplitMix64, kept as a guard
    }

    /// The all-zero state, which no seeding produces: marks a stream not seeded yet
    /// (``JobRecord/random`` is seeded on first use). Never draw from it.
    @inlinable static var unseeded: Xoshiro256StarStar { Xoshiro256StarStar(zeroState: ()) }

    @inlinable init(zeroState: ()) {
        (s0, s1, s2, s3) = (0, 0, 0, 0)
    }

    /// Whether this is the ``unseeded`` marker.
    @inlinable var isUnseeded: Bool { s0 | s1 | s2 | s3 == 0 }

    /// Creates the substream named by (seed, replication, purpose, index).
    ///
    /// - Parameters:
    ///   - seed: The run's seed.
    ///   - replication: The replication index (0-based).
    ///   - purpose: What the stream is for.
    ///   - index: Which one of that purpose: a station or source index.
    @inlinable
    public init(seed: UInt64, replication: Int, purpose: StreamPurpose, index: Int = 0) {
        self.init(seed: Xoshiro256StarStar.streamKey(
            seed: seed, replication: replication, purpose: purpose, index: index))
    }

    /// The 64-bit key of a substream: the coordinates chained through the SplitMix64 mixer.
    /// - Returns: A key that differs, with overwhelming probability, for any two different
    ///   coordinate tuples.
    @inlinable
    public static func streamKey(seed: UInt64, replication: Int, purpose: StreamPurpose, index: Int) -> UInt64 {
        finishKey(purposeKey(seed: seed, replication: replication, purpose: purpose), index: index)
    }

    /// The first three links of ``streamKey(seed:replication:purpose:index:)``, computed once
    /// when many streams of one purpose are derived (one per job).
    @inlinable
    static func purposeKey(seed: UInt64, replication: Int, purpose: StreamPurpose) -> UInt64 {
        var key = SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C908)
        key = SplitMix64.mix(key ^ SplitMix64.mix(UInt64(bitPattern: Int64(replication)) &+ 0xBB67_AE85_84CA_A73B))
        return SplitMix64.mix(key ^ SplitMix64.mix(purpose.rawValue &+ 0x3C6E_F372_FE94_F82B))
    }

    /// The last link of ``streamKey(seed:replication:purpose:index:)``.
    @inlinable @inline(__always)
    static func finishKey(_ purposeKey: UInt64, index: Int) -> UInt64 {
        SplitMix64.mix(purposeKey ^ SplitMix64.mix(UInt64(bitPattern: Int64(index)) &+ 0xA54F_F53A_5F1D_36F1))
    }

    /// Returns the next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in the open interval (0, 1): never 0, never 1.
    ///
    /// Uses the top 52 bits: `(k + 0.5) · 2⁻⁵²` for k in 0..<2⁵², so the smallest value
    /// is 2⁻⁵³ and the largest 1 − 2⁻⁵³; `log(u)` is always finite.
    @inlinable @inline(__always)
    public mutating func nextUniform() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1.0p-52
    }

    /// A uniform integer in `0..<bound`, by Lemire's multiply-shift (negligible bias for
    /// the small bounds used here).
    /// - Parameter bound: The exclusive upper bound, greater than 0.
    @inlinable
    public mutating func nextIndex(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    @inlinable @inline(__always)
    func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
