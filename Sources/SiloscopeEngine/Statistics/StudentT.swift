#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution: CDF and inverse CDF, for confidence intervals.
///
/// The CDF uses the regularised incomplete beta function,
/// P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½), evaluated by Lentz's continued fraction
/// (Numerical Recipes, 3rd ed., §6.4). The quantile solves that equation for t by
/// Newton's method safeguarded with bisection, to about 1e-12 relative accuracy, for any
/// real ν > 0; ν = ∞ gives the normal distribution.
public enum StudentT {
    /// P(T ≤ t) for t with `degreesOfFreedom` ν.
    /// - Parameters:
    ///   - t: Any real number.
    ///   - degreesOfFreedom: ν > 0, or `.infinity` for the normal distribution.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        if nu.isInfinite { return 0.5 * erfc(-t / 2.0.squareRoot()) }
        let tail = upperTail(abs(t), nu)
        return t >= 0 ? 1 - tail : tail
    }

    /// The p-quantile: the t with P(T ≤ t) = p.
    /// - Parameters:
    ///   - p: A probability in (0, 1), e.g. 0.975 for a two-sided 95 % interval.
    ///   - degreesOfFreedom: ν > 0, or `.infinity` for the normal distribution.
    /// - Returns: The quantile; −∞ for p = 0, +∞ for p = 1.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        precondition(p >= 0 && p <= 1, "p must be a probability")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        if p == 0.5 { return 0 }
        let q = 1 - p  // the upper tail to match
        if nu.isInfinite { return normalUpperQuantile(q) }
        // Bracket [lo, hi] with tail(lo) ≥ q ≥ tail(hi).
        var lo = 0.0
        var hi = Swift.max(1.0, normalUpperQuantile(q))
        while upperTail(hi, nu) > q { lo = hi; hi *= 2 }
        var t = Swift.min(Swift.max(normalUpperQuantile(q), lo), hi)
        for _ in 0..<200 {
            let f = upperTail(t, nu) - q
            if f > 0 { lo = t } else { hi = t }
            let newton = t + f / density(t, nu)
            let next = (newton > lo && newton < hi) ? newton : (lo + hi) / 2
            if abs(next - t) <= 1e-14 * Swift.max(1, abs(t)) { return next }
            t = next
        }
        return t
    }

    /// The density of t with ν degrees of freedom.
    static func density(_ t: Double, _ nu: Double) -> Double {
        let logC = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        return exp(logC - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// P(T > t) for t ≥ 0.
    static func upperTail(_ t: Double, _ nu: Double) -> Double {
        let x = nu / (nu + t * t)
        return 0.5 * regularizedIncompleteBeta(a: nu / 2, b: 0.5, x: x)
    }

    /// The regularised incomplete beta function I_x(a, b).
    static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(a: b, b: a, x: 1 - x) / b
    }

    /// The continued fraction of the incomplete beta function, by the modified Lentz method.
    static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }

    /// The z with P(Z > z) = q for the standard normal, q in (0, ½]: Acklam's rational
    /// approximation refined by two Halley steps on erfc (about 1e-15 relative accuracy).
    static func normalUpperQuantile(_ q: Double) -> Double {
        let p = q  // lower-tail probability of −z
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        var x: Double
        if p < 0.02425 {
            let r = (-2 * log(p)).squareRoot()
            x = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5])
                / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1)
        } else {
            let r = p - 0.5
            let s = r * r
            x = (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r
                / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1)
        }
        // x ≈ Φ⁻¹(p); refine.
        for _ in 0..<2 {
            let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
            let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
            x -= u / (1 + x * u / 2)
        }
        return -x
    }
}
