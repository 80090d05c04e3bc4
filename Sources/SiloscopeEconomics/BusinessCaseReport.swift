import SiloscopeModel

/// A distribution summarised: 10th, 50th and 90th percentile and mean. A payback that is
/// never reached is infinite; it is written as `null` in JSON.
public struct Spread: Sendable, Equatable, Codable {
    public var p10: Double
    public var p50: Double
    public var p90: Double
    public var mean: Double

    public init(p10: Double, p50: Double, p90: Double, mean: Double) {
        self.p10 = p10
        self.p50 = p50
        self.p90 = p90
        self.mean = mean
    }

    /// The percentiles of `values` (any order); infinities count as the largest values.
    public init(_ values: [Double]) {
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let position = p * Double(sorted.count - 1)
            let below = Int(position.rounded(.down)), above = min(sorted.count - 1, below + 1)
            let fraction = position - Double(below)
            if fraction == 0 || sorted[above] == sorted[below] { return sorted[below] }
            if !sorted[above].isFinite { return fraction < 0.5 ? sorted[below] : sorted[above] }
            return sorted[below] + (sorted[above] - sorted[below]) * fraction
        }
        self.init(p10: percentile(0.1), p50: percentile(0.5), p90: percentile(0.9),
                  mean: sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count))
    }

    enum CodingKeys: String, CodingKey { case p10, p50, p90, mean }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in [(CodingKeys.p10, p10), (.p50, p50), (.p90, p90), (.mean, mean)] {
            if value.isFinite { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value(_ key: CodingKeys) throws -> Double { try container.decodeIfPresent(Double.self, forKey: key) ?? .infinity }
        self.init(p10: try value(.p10), p50: try value(.p50), p90: try value(.p90), mean: try value(.mean))
    }
}

/// How much of a figure's spread comes from where.
public struct SpreadSources: Sendable, Equatable, Codable {
    /// Share of the variance from simulation noise (replications resampled, prices fixed
    /// at their means).
    public var simulation: Double
    /// Share from the ranges of the economic figures (quantities fixed at their means).
    public var parameters: Double
}

/// Today's cost of silos: the actual organization against its direct-to-owner twin.
public struct TodayCost: Sendable, Equatable, Codable {
    /// The yearly cost of silos, every category together.
    public var annualSiloCost: Spread
    /// By category; only categories that could be priced.
    public var byCategory: [String: Spread]
    /// Where the spread of the annual silo cost comes from.
    public var spreadSources: SpreadSources
    /// Yearly quantities behind the money, at their means (today and the twin).
    public var quantities: AnnualQuantities
}

/// Yearly quantities of today and its twin world, at their means over replications.
public struct AnnualQuantities: Sendable, Equatable, Codable {
    public var cases: Double
    public var complaints: Double
    public var staffHours: Double
    public var twinStaffHours: Double
    public var reworkHours: Double
    public var contacts: Double
    public var twinContacts: Double
    public var unresolvedComplaints: Double
    public var highEffortComplaints: Double
    public var irrelevantContacts: Double
    public var duplicateReportingShare: Double
}

/// One scenario's business case against today.
public struct ScenarioCase: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    /// Yearly saving at full realisation and after ramp-up: today's cost minus the
    /// scenario's (common random numbers), times `realisation`.
    public var annualSaving: Spread
    /// Months until the cumulative net saving repays the capex (infinite: never within 50 years).
    public var paybackMonths: Spread
    /// Net present value over the horizon.
    public var npv: Spread
    /// Probability that the investment pays back within 12 and within 24 months.
    public var probabilityPaybackWithin: [String: Double]
    /// Probability that the scenario saves money at all.
    public var probabilitySaving: Double
    /// Probability that its saving is the largest of all the scenarios priced together
    /// (ties shared), over the same draws.
    public var probabilityBest: Double
    /// Where the spread of the saving comes from.
    public var spreadSources: SpreadSources
}

/// One bar of the tornado: the target figure with one parameter at its low and its high
/// end, every other at its value.
public struct TornadoBar: Sendable, Equatable, Codable {
    public var parameter: String
    /// The target with the parameter at its low end.
    public var low: Double
    /// The target with the parameter at its high end.
    public var high: Double
    public var parameterLow: Double
    public var parameterHigh: Double
}

/// The business case: what silos cost today, what each scenario saves, and which figures
/// move the answer most.
public struct BusinessCaseReport: Sendable, Equatable, Codable {
    public var organization: String
    /// ISO 4217 code of every money figure.
    public var currency: String
    /// True when the figures are the generic published ranges of `--economics defaults`.
    public var generic: Bool
    public var draws: Int
    public var seed: UInt64
    public var replications: Int
    public var today: TodayCost
    public var scenarios: [ScenarioCase]
    /// What the tornado bars move: `annual_silo_cost`, or `annual_saving:SCENARIO`.
    public var tornadoTarget: String
    public var tornado: [TornadoBar]
    /// Every figure used, with its range and source.
    public var assumptions: [PriceParameter]
    /// Categories with a quantity but no price, and what would price them.
    public var notPriced: [String]
    public var wallSeconds: Double
}
