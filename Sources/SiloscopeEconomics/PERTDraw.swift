import SiloscopeEngine

/// Draws of one economic figure: its `value` when it has no range, else a PERT
/// distribution on [`low`, `high`] with its mode at `value` (a beta distribution scaled
/// to the range, shape 4; for a probability this is a beta on a sub-interval of [0, 1]).
struct PERTDraw: Sendable, Equatable {
    let low: Double
    let mode: Double
    let high: Double
    /// Beta shapes.
    let alpha: Double
    let beta: Double

    init(_ figure: PriceParameter) {
        low = figure.low
        mode = figure.value
        high = figure.high
        let width = high - low
        alpha = width > 0 ? 1 + 4 * (mode - low) / width : 1
        beta = width > 0 ? 1 + 4 * (high - mode) / width : 1
    }

    /// Whether draws vary.
    var isRange: Bool { high > low }

    /// The distribution's mean, (low + 4 mode + high) / 6.
    var mean: Double { isRange ? (low + 4 * mode + high) / 6 : mode }

    /// One draw.
    func draw(_ random: inout Xoshiro256StarStar) -> Double {
        guard isRange else { return mode }
        let x = Self.gamma(alpha, &random)
        let y = Self.gamma(beta, &random)
        return low + (high - low) * (x / (x + y))
    }

    /// A Gamma(shape, 1) draw by Marsaglia and Tsang (2000); shapes here are at least 1.
    static func gamma(_ shape: Double, _ random: inout Xoshiro256StarStar) -> Double {
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = normal(&random)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit(&random)
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A standard normal draw (Box-Muller, one of the pair).
    static func normal(_ random: inout Xoshiro256StarStar) -> Double {
        let u1 = unit(&random), u2 = unit(&random)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A uniform draw in (0, 1).
    static func unit(_ random: inout Xoshiro256StarStar) -> Double {
        (Double(random.next() >> 11) + 0.5) * 0x1.0p-53
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
