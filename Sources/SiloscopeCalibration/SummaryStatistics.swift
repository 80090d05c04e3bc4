/// The summary statistics calibration matches: ratios of sums over cases (transfers per
/// case, the share of routing choices that reach the owner, mean gaps before a transfer
/// or a reopen, mean visit minutes…), each kept as per-case numerators and denominators
/// so that a case bootstrap gives their covariance.
///
/// One function computes them from any ``CaseTraces``, the client's log or a simulated
/// run, so whatever the statistic does not separate (waiting inside a gap, say) it does
/// not separate on either side.
struct SummaryStatistics: Sendable {
    /// Names of the statistics, in order.
    let names: [String]
    /// Per case, per statistic: numerator (`case * count + k`).
    let numerators: [Double]
    /// Per case, per statistic: denominator.
    let denominators: [Double]
    /// Cases.
    let cases: Int
    /// Sums over all cases, per statistic.
    let totalNumerators: [Double]
    let totalDenominators: [Double]

    /// Statistics from per-case numerators and denominators (empty when only the totals
    /// were kept) and their totals.
    init(names: [String], numerators: [Double], denominators: [Double], cases: Int,
         totalNumerators: [Double]? = nil, totalDenominators: [Double]? = nil) {
        self.names = names
        self.numerators = numerators
        self.denominators = denominators
        self.cases = cases
        let k = names.count
        if let totalNumerators, let totalDenominators {
            self.totalNumerators = totalNumerators
            self.totalDenominators = totalDenominators
        } else {
            var num = [Double](repeating: 0, count: k), den = num
            for c in 0..<cases {
                for j in 0..<k {
                    num[j] += numerators[c * k + j]
                    den[j] += denominators[c * k + j]
                }
            }
            self.totalNumerators = num
            self.totalDenominators = den
        }
    }

    /// Statistics.
    var count: Int { names.count }

    /// The ratio of sums of statistic `k`; NaN when its denominator is 0.
    var values: [Double] {
        (0..<count).map { totalDenominators[$0] > 0 ? totalNumerators[$0] / totalDenominators[$0] : .nan }
    }

    /// The total denominator of each statistic (how many cases, transfers or visits it
    /// rests on).
    var support: [Double] { totalDenominators }

    /// The covariance of the statistics by a case bootstrap (resampling whole cases).
    ///
    /// - Complexity: O(resamples · cases · statistics).
    func bootstrapCovariance(resamples: Int, seed: UInt64) -> [[Double]] {
        precondition(numerators.count == cases * count, "the bootstrap needs per-case statistics")
        var random = SplitMixRandom(seed: seed)
        let k = count
        var draws: [[Double]] = []
        draws.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var num = [Double](repeating: 0, count: k), den = num
            for _ in 0..<cases {
                let c = Int(random.next() % UInt64(cases))
                for j in 0..<k {
                    num[j] += numerators[c * k + j]
                    den[j] += denominators[c * k + j]
                }
            }
            draws.append((0..<k).map { den[$0] > 0 ? num[$0] / den[$0] : .nan })
        }
        var mean = [Double](repeating: 0, count: k)
        for draw in draws { for j in 0..<k where draw[j].isFinite { mean[j] += draw[j] / Double(resamples) } }
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for draw in draws {
            for a in 0..<k where draw[a].isFinite {
                for b in 0..<k where draw[b].isFinite {
                    covariance[a][b] += (draw[a] - mean[a]) * (draw[b] - mean[b]) / Double(max(1, resamples - 1))
                }
            }
        }
        return covariance
    }
}
