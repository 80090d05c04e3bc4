/// SplitMix64, the 64-bit generator used to seed and to derive streams.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014) walks a Weyl sequence and scrambles each value with a bijective mixer. It
/// is the seeding method recommended by the authors of xoshiro: any 64-bit seed,
/// including 0, yields a well-mixed, non-zero xoshiro state.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The Weyl-sequence state; every call adds the golden-ratio increment.
    public var state: UInt64

    /// Creates a generator whose first output mixes `state + 0x9E3779B97F4A7C15`.
    /// - Parameter state: Any 64-bit value.
    @inlinable
    public init(state: UInt64) {
        self.state = state
    }

    /// Returns the next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 output function: a bijective 64-bit mixer (variant 13 of Stafford's
    /// MurmurHash3 finaliser). Equal inputs give equal outputs; nearby inputs give
    /// unrelated outputs.
    /// - Parameter value: Any 64-bit value.
    /// - Returns: The mixed value.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
