import Foundation
import SiloscopeEngine
import SiloscopeModel
import SiloscopeSimulation

/// A simulated scenario to price against today.
public struct PricedScenario: Sendable {
    /// Short name used in parameter names and JSON (`crm_under_ceo`).
    public var id: String
    public var name: String
    /// Its simulation, with the same options and seed as today's (common random numbers).
    public var report: SimulationReport
    /// What making the change costs, if the scenario file says.
    public var investment: Investment?

    public init(id: String, name: String, report: SimulationReport, investment: Investment?) {
        self.id = id
        self.name = name
        self.report = report
        self.investment = investment
    }
}

/// How many draws, from which seed.
public struct PricingOptions: Sendable, Equatable {
    /// Draws of the economic figures (each with a bootstrap resample of the replications).
    public var draws = 10_000
    /// Seed of the draws; the same seed gives the same figures.
    public var seed: UInt64 = 1

    public init(draws: Int = 10_000, seed: UInt64 = 1) {
        self.draws = draws
        self.seed = seed
    }
}

/// Prices simulated quantities (docs/economics.md).
///
/// The simulation counts quantities replication by replication (staff minutes per unit,
/// contacts per channel, complaints by effort class, irrelevant campaign contacts,
/// duplicate KPI versions); this pass puts money on them without simulating again. Each
/// draw takes one value of every economic figure (PERT on its range) and one bootstrap
/// resample of the replications (the same replications for every world, keeping common
/// random numbers paired), and prices today, its twin and every scenario with them.
public enum BusinessCase {
    /// The most months a payback is searched for; beyond it the payback is infinite.
    public static let paybackSearchMonths = 600.0

    /// Prices today against its twin, and each scenario against today.
    ///
    /// - Precondition: every report was simulated with the same replications and seed.
    public static func price(organization: String, economics: Economics, generic: Bool,
                             today: SimulationReport, scenarios: [PricedScenario],
                             options: PricingOptions = PricingOptions()) -> BusinessCaseReport {
        let started = ContinuousClock.now
        var list = PriceList(economics, origin: generic ? .generic : .model)
        for scenario in scenarios { list.addInvestment(scenario.investment, scenario: scenario.id) }
        let worlds = [Bills.actual(today), Bills.twin(today)] + scenarios.map { Bills.actual($0.report) }
        let book = Ledger(worlds: worlds, list: list)
        let parameters = list.parameters
        let draws = parameters.map(PERTDraw.init)
        let investments = scenarios.map { s in
            InvestmentIndex(capex: list.position("\(s.id).capex")!, opex: list.position("\(s.id).opex_per_year")!,
                            ramp: list.position("\(s.id).ramp_up_months")!, realisation: list.position("\(s.id).realisation")!)
        }
        let finance = (discount: list.position("discount_rate")!, horizon: list.position("horizon_years")!)

        // Each figure draws from its own stream, keyed by its name, and the bootstrap from
        // another: the same seed gives a figure the same draws whatever else is priced
        // beside it (today's silo cost does not move when a scenario is added).
        var streams = parameters.map { Xoshiro256StarStar(seed: options.seed, replication: 0, purpose: .custom(15),
                                                           index: Self.streamIndex($0.name)) }
        var random = Xoshiro256StarStar(seed: options.seed, replication: 0, purpose: .custom(16))
        let count = max(1, options.draws)
        var silo = [[Double]](repeating: [], count: CostCategory.allCases.count)
        var siloTotal: [Double] = [], savings = [[Double]](repeating: [], count: scenarios.count)
        var paybacks = savings, npvs = savings
        var bestCounts = [Double](repeating: 0, count: scenarios.count)
        var theta = [Double](repeating: 0, count: parameters.count)
        var resample = [Int](repeating: 0, count: book.replications)
        for _ in 0..<count {
            for (i, draw) in draws.enumerated() { theta[i] = draw.draw(&streams[i]) }
            for i in resample.indices { resample[i] = Int(random.next() % UInt64(book.replications)) }
            let money = book.money(theta: theta, replications: resample)
            var total = 0.0
            for c in silo.indices {
                let value = money[0][c] - money[1][c]
                silo[c].append(value)
                total += value
            }
            siloTotal.append(total)
            let todayCost = money[0].reduce(0, +)
            for (s, index) in investments.enumerated() {
                let saving = theta[index.realisation] * (todayCost - money[2 + s].reduce(0, +))
                savings[s].append(saving)
                let cash = Cashflow(saving: saving, capex: theta[index.capex], opex: theta[index.opex],
                                    rampMonths: theta[index.ramp], discountRate: theta[finance.discount],
                                    horizonYears: theta[finance.horizon])
                paybacks[s].append(cash.paybackMonths(limit: paybackSearchMonths))
                npvs[s].append(cash.npv)
            }
            if let top = savings.map({ $0.last! }).max() {
                let tied = savings.indices.filter { savings[$0].last! == top }
                for s in tied { bestCounts[s] += 1 / Double(tied.count) }
            }
        }

        // Where the spread comes from: prices at their means with replications resampled,
        // then quantities at their means with prices drawn.
        let means = draws.map(\.mean)
        let allReplications = Array(0..<book.replications)
        var simulationOnly: [[Double]] = [], parametersOnly: [[Double]] = []
        let decomposition = min(count, 2_000)
        for _ in 0..<decomposition {
            for i in resample.indices { resample[i] = Int(random.next() % UInt64(book.replications)) }
            simulationOnly.append(headline(book.money(theta: means, replications: resample), investments, means))
            for (i, draw) in draws.enumerated() { theta[i] = draw.draw(&streams[i]) }
            parametersOnly.append(headline(book.money(theta: theta, replications: allReplications), investments, theta))
        }
        func sources(_ k: Int) -> SpreadSources {
            let a = variance(simulationOnly.map { $0[k] }), b = variance(parametersOnly.map { $0[k] })
            return a + b > 0 ? SpreadSources(simulation: a / (a + b), parameters: b / (a + b)) : SpreadSources(simulation: 0, parameters: 0)
        }

        let priced = Set(book.pricedCategories)
        var byCategory: [String: Spread] = [:]
        for (c, category) in CostCategory.allCases.enumerated() where priced.contains(category) {
            byCategory[category.rawValue] = Spread(silo[c])
        }
        let scenarioCases = scenarios.enumerated().map { s, scenario in
            ScenarioCase(
                id: scenario.id, name: scenario.name, annualSaving: Spread(savings[s]), paybackMonths: Spread(paybacks[s]),
                npv: Spread(npvs[s]),
                probabilityPaybackWithin: ["12": share(paybacks[s]) { $0 <= 12 }, "24": share(paybacks[s]) { $0 <= 24 }],
                probabilitySaving: share(savings[s]) { $0 > 0 }, probabilityBest: bestCounts[s] / Double(count),
                spreadSources: sources(1 + s))
        }
        let (target, bars) = tornado(book: book, draws: draws, investments: investments, scenarios: scenarioCases, parameters: parameters)
        return BusinessCaseReport(
            organization: organization, currency: economics.currency, generic: generic, draws: count, seed: options.seed,
            replications: book.replications,
            today: TodayCost(annualSiloCost: Spread(siloTotal), byCategory: byCategory, spreadSources: sources(0),
                             quantities: book.annualQuantities(today: today, hoursPerYear: means[list.position("hours_per_year")!])),
            scenarios: scenarioCases, tornadoTarget: target, tornado: bars, assumptions: parameters,
            notPriced: book.unpricedCategories.map { "\($0.rawValue): give \(PriceList.missing($0))" },
            wallSeconds: (ContinuousClock.now - started).seconds)
    }

    /// A figure's stream index: FNV-1a of its name, so it does not depend on the figure's
    /// position in the list.
    static func streamIndex(_ name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// Silo cost, then each scenario's saving, from one priced set of worlds.
    private static func headline(_ money: [[Double]], _ investments: [InvestmentIndex], _ theta: [Double]) -> [Double] {
        let today = money[0].reduce(0, +)
        return [today - money[1].reduce(0, +)] + investments.enumerated().map { s, index in
            theta[index.realisation] * (today - money[2 + s].reduce(0, +))
        }
    }

    /// Each ranged parameter at its low and its high end, every other at its value, at
    /// the mean quantities; the largest swings first (at most 12).
    private static func tornado(book: Ledger, draws: [PERTDraw], investments: [InvestmentIndex],
                                scenarios: [ScenarioCase], parameters: [PriceParameter]) -> (String, [TornadoBar]) {
        let best = scenarios.indices.max { scenarios[$0].annualSaving.mean < scenarios[$1].annualSaving.mean }
        let target = best.map { "annual_saving:\(scenarios[$0].id)" } ?? "annual_silo_cost"
        let modes = draws.map(\.mode)
        let all = Array(0..<book.replications)
        func evaluate(_ theta: [Double]) -> Double { headline(book.money(theta: theta, replications: all), investments, theta)[best.map { 1 + $0 } ?? 0] }
        var bars: [TornadoBar] = []
        for (i, parameter) in parameters.enumerated() where parameter.isRange {
            var theta = modes
            theta[i] = parameter.low
            let low = evaluate(theta)
            theta[i] = parameter.high
            let high = evaluate(theta)
            if low != high {
                bars.append(TornadoBar(parameter: parameter.name, low: low, high: high,
                                       parameterLow: parameter.low, parameterHigh: parameter.high))
            }
        }
        bars.sort { abs($0.high - $0.low) > abs($1.high - $1.low) }
        // Bars under 1 % of the largest swing move nothing a board would see.
        let largest = bars.first.map { abs($0.high - $0.low) } ?? 0
        return (target, Array(bars.filter { abs($0.high - $0.low) >= 0.01 * largest }.prefix(12)))
    }

    private static func share(_ values: [Double], _ condition: (Double) -> Bool) -> Double {
        values.isEmpty ? 0 : Double(values.count { condition($0) }) / Double(values.count)
    }

    private static func variance(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }
}

/// Where a scenario's investment figures sit in a draw.
struct InvestmentIndex {
    let capex: Int, opex: Int, ramp: Int, realisation: Int
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
