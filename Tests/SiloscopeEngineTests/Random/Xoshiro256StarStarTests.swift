import Testing
@testable import SiloscopeEngine

@Suite struct Xoshiro256StarStarTests {
    @Test func splitMix64MatchesReferenceOutputs() {
        var generator = SplitMix64(state: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func xoshiroMatchesReferenceImplementation() {
        // Reference: the C algorithm of Blackman & Vigna seeded with four SplitMix64(42) outputs.
        var generator = Xoshiro256StarStar(seed: 42)
        #expect(generator.next() == 0x1578_0B2E_0C2E_C716)
        #expect(generator.next() == 0x6104_D986_6D11_3A7E)
        #expect(generator.next() == 0xAE17_5332_39E4_99A1)
        #expect(generator.next() == 0xECB8_AD47_03B3_60A1)
    }

    @Test func sameSeedGivesSameSequence() {
        var a = Xoshiro256StarStar(seed: 7, replication: 3, purpose: .service, index: 2)
        var b = Xoshiro256StarStar(seed: 7, replication: 3, purpose: .service, index: 2)
        for _ in 0..<1000 { #expect(a.next() == b.next()) }
    }

    @Test(arguments: [
        (UInt64(8), 3, StreamPurpose.service, 2),
        (UInt64(7), 4, StreamPurpose.service, 2),
        (UInt64(7), 3, StreamPurpose.routing, 2),
        (UInt64(7), 3, StreamPurpose.service, 3),
        (UInt64(7), 3, StreamPurpose.custom(2), 2),
    ])
    func anyDifferentCoordinateGivesADifferentStream(seed: UInt64, replication: Int, purpose: StreamPurpose, index: Int) {
        let reference = Xoshiro256StarStar(seed: 7, replication: 3, purpose: .service, index: 2)
        let other = Xoshiro256StarStar(seed: seed, replication: replication, purpose: purpose, index: index)
        #expect(reference != other)
    }

    @Test func uniformStaysInsideTheOpenIntervalAndAveragesOneHalf() {
        var generator = Xoshiro256StarStar(seed: 1)
        var sum = 0.0
        let n = 200_000
        for _ in 0..<n {
            let u = generator.nextUniform()
            #expect(u > 0 && u < 1)
            sum += u
        }
        // Standard error of the mean is 0.29/√n ≈ 0.00065.
        #expect(abs(sum / Double(n) - 0.5) < 0.004)
    }

    @Test func uniformExtremesAreNeverZeroOrOne() {
        // The mapping (k + 0.5)·2⁻⁵² at its extremes.
        #expect((Double(UInt64.max >> 12) + 0.5) * 0x1.0p-52 < 1)
        #expect((Double(UInt64(0) >> 12) + 0.5) * 0x1.0p-52 > 0)
    }

    @Test func nextIndexCoversTheRangeEvenly() {
        var generator = Xoshiro256StarStar(seed: 5)
        var counts = [Int](repeating: 0, count: 5)
        for _ in 0..<50_000 { counts[generator.nextIndex(below: 5)] += 1 }
        for count in counts { #expect(abs(count - 10_000) < 500) }
    }
}
