import SiloscopeSimulation

/// The quantities of every world and replication as dense rows over one list of bill
/// lines, with each line's price formula, so that a draw prices everything in a few
/// multiply-adds.
struct Ledger {
    /// Bill lines present in any world, in a stable order.
    let lines: [BillLine]
    /// Category index of each line.
    private let category: [Int]
    /// Price formula of each line (`nil`: not priced).
    private let formulas: [PriceFormula?]
    /// quantities[world][replication * lines.count + line]
    private let quantities: [[Double]]
    let replications: Int
    /// Categories with at least one priced line.
    let pricedCategories: [CostCategory]
    /// Categories with a positive quantity on a line that could not be priced.
    let unpricedCategories: [CostCategory]

    init(worlds: [[Bill]], list: PriceList) {
        var keys = Set<BillLine>()
        for world in worlds { for bill in world { keys.formUnion(bill.keys) } }
        let lines = keys.sorted { "\($0)" < "\($1)" }
        let categories = CostCategory.allCases
        let formulas = lines.map { list.formula($0) }
        let replications = worlds.map(\.count).min() ?? 0
        let quantities = worlds.map { world in
            world.prefix(replications).flatMap { bill in lines.map { bill[$0] ?? 0 } }
        }
        var priced = Set<CostCategory>(), unpriced = Set<CostCategory>()
        for (l, line) in lines.enumerated() {
            if formulas[l] != nil {
                priced.insert(line.category)
            } else if quantities.contains(where: { world in stride(from: l, to: world.count, by: lines.count).contains { world[$0] > 0 } }) {
                unpriced.insert(line.category)
            }
        }
        self.lines = lines
        self.formulas = formulas
        self.replications = replications
        self.quantities = quantities
        category = lines.map { line in categories.firstIndex(of: line.category)! }
        pricedCategories = categories.filter { priced.contains($0) }
        unpricedCategories = categories.filter { unpriced.contains($0) && !priced.contains($0) }
    }

    /// Yearly money by category of every world, averaged over the given replications (a
    /// bootstrap resample, or all of them).
    func money(theta: [Double], replications chosen: [Int]) -> [[Double]] {
        let n = lines.count
        var prices = [Double](repeating: 0, count: n)
        for l in 0..<n { if let formula = formulas[l] { prices[l] = formula.evaluate(theta) } }
        let weight = 1 / Double(chosen.count)
        return quantities.map { rows in
            var out = [Double](repeating: 0, count: CostCategory.allCases.count)
            rows.withUnsafeBufferPointer { q in
                for r in chosen {
                    let base = r * n
                    for l in 0..<n { out[category[l]] += q[base + l] * prices[l] }
                }
            }
            for c in out.indices { out[c] *= weight }
            return out
        }
    }

    /// Yearly quantities of today (world 0) and its twin (world 1) at their means.
    func annualQuantities(today: SimulationReport, hoursPerYear: Double) -> AnnualQuantities {
        func total(_ world: Int, _ pick: (BillLine) -> Bool) -> Double {
            var sum = 0.0
            for r in 0..<replications {
                for (l, line) in lines.enumerated() where pick(line) { sum += quantities[world][r * lines.count + l] }
            }
            return replications > 0 ? sum / Double(replications) : 0
        }
        func isStaff(_ line: BillLine) -> Bool { if case .staff = line { true } else if case .rework = line { true } else { false } }
        func isRework(_ line: BillLine) -> Bool { if case .rework = line { true } else { false } }
        func isContact(_ line: BillLine) -> Bool { if case .contacts = line { true } else { false } }
        let c = today.consumption
        return AnnualQuantities(
            cases: c.casesPerHour * hoursPerYear, complaints: c.complaintsPerHour * hoursPerYear,
            staffHours: total(0, isStaff) * hoursPerYear / 60, twinStaffHours: total(1, isStaff) * hoursPerYear / 60,
            reworkHours: total(0, isRework) * hoursPerYear / 60,
            contacts: total(0, isContact) * hoursPerYear, twinContacts: total(1, isContact) * hoursPerYear,
            unresolvedComplaints: total(0) { $0 == .unresolved } * hoursPerYear,
            highEffortComplaints: total(0) { $0 == .highEffort } * hoursPerYear,
            irrelevantContacts: total(0) { $0 == .irrelevant },
            duplicateReportingShare: total(0) { $0 == .duplicateReporting })
    }
}

/// A scenario's monthly cash flow: the saving grows linearly over the ramp-up months to
/// its full rate, running costs are paid every month, capex at the start.
struct Cashflow {
    let saving: Double, capex: Double, opex: Double, rampMonths: Double, discountRate: Double, horizonYears: Double

    /// Net cash of month `k` (1-based).
    func net(_ k: Int) -> Double {
        let ramp = rampMonths > 0 ? min(1, Double(k) / rampMonths) : 1
        return saving / 12 * ramp - opex / 12
    }

    /// Months until the cumulative net cash covers the capex, interpolated within the
    /// month; infinite when not within `limit` months.
    func paybackMonths(limit: Double) -> Double {
        if capex <= 0 && net(1) >= 0 { return 0 }
        var cumulative = 0.0
        var k = 1
        // Through the ramp-up month by month, then at the full rate in closed form.
        let rampEnd = Int(rampMonths.rounded(.up))
        while Double(k) <= limit {
            let month = net(k)
            if cumulative + month >= capex { return Double(k - 1) + (month > 0 ? (capex - cumulative) / month : 1) }
            cumulative += month
            if k >= rampEnd {
                let full = net(k + 1)
                guard full > 0 else { return .infinity }
                let months = Double(k) + (capex - cumulative) / full
                return months <= limit ? months : .infinity
            }
            k += 1
        }
        return .infinity
    }

    /// Net present value over the horizon, discounting each month at the yearly rate.
    var npv: Double {
        let months = Int((horizonYears * 12).rounded())
        var value = -capex
        guard months > 0 else { return value }
        let monthly = pow(1 + discountRate, 1.0 / 12)
        var factor = 1.0
        for k in 1...months {
            factor /= monthly
            value += net(k) * factor
        }
        return value
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
