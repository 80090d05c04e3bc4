import SiloscopeModel

/// Every figure the pricing pass draws, in one indexed list, and the price of each bill
/// line as a function of one draw of them.
struct PriceList: Sendable {
    /// The parameters, in a stable order (model order, then scenarios).
    private(set) var parameters: [PriceParameter] = []
    private var index: [String: Int] = [:]

    /// Siloscope's documented defaults for figures that change no category on their own
    /// but are needed to annualise or discount (docs/economics.md).
    static let assumedHoursPerYear = 8_760.0
    static let assumedWavesPerYear = 1.0
    static let assumedDiscountRate = 0.10
    static let assumedHorizonYears = 3.0

    init(_ economics: Economics, origin: PriceParameter.Origin) {
        func add(_ name: String, _ figure: EconomicFigure?, assumed: Double? = nil) {
            if let figure {
                append(PriceParameter(name: name, figure, origin: origin))
            } else if let assumed {
                append(PriceParameter(name: name, EconomicFigure(assumed, source: "Siloscope default: not given"), origin: .assumed))
            }
        }
        add("hours_per_year", economics.hoursPerYear, assumed: Self.assumedHoursPerYear)
        add("staff_cost_per_hour", economics.staffCostPerHour)
        for unit in economics.unitCostPerHour.keys.sorted() { add("unit_cost_per_hour.\(unit)", economics.unitCostPerHour[unit]) }
        for channel in economics.contactCost.keys.sorted() { add("contact_cost.\(channel)", economics.contactCost[channel]) }
        add("customer.margin_per_year", economics.customer?.marginPerYear)
        add("customer.remaining_years", economics.customer?.remainingYears)
        add("customer.churn_uplift.high_effort", economics.customer?.churnUpliftHighEffort)
        add("customer.churn_uplift.unresolved", economics.customer?.churnUpliftUnresolved)
        add("irrelevant_contact.cost", economics.irrelevantContact?.cost)
        add("irrelevant_contact.opt_out", economics.irrelevantContact?.optOut)
        add("irrelevant_contact.permission_value", economics.irrelevantContact?.permissionValue)
        add("irrelevant_contact.waves_per_year", economics.irrelevantContact?.wavesPerYear, assumed: Self.assumedWavesPerYear)
        add("reporting_hours_per_month", economics.reportingHoursPerMonth)
        add("discount_rate", economics.discountRate, assumed: Self.assumedDiscountRate)
        add("horizon_years", economics.horizonYears, assumed: Self.assumedHorizonYears)
    }

    /// Adds a scenario's investment figures, named `SCENARIO.capex` and so on; figures not
    /// given are assumed (no capex, no opex, no ramp-up, the whole saving reached).
    mutating func addInvestment(_ investment: Investment?, scenario: String) {
        let figures: [(String, EconomicFigure?, Double)] = [
            ("capex", investment?.capex, 0), ("opex_per_year", investment?.opexPerYear, 0),
            ("ramp_up_months", investment?.rampUpMonths, 0), ("realisation", investment?.realisation, 1),
        ]
        for (name, figure, assumed) in figures {
            if let figure {
                append(PriceParameter(name: "\(scenario).\(name)", figure, origin: .model))
            } else {
                append(PriceParameter(name: "\(scenario).\(name)", EconomicFigure(assumed, source: "Siloscope default: not given"),
                                      origin: .assumed))
            }
        }
    }

    private mutating func append(_ parameter: PriceParameter) {
        index[parameter.name] = parameters.count
        parameters.append(parameter)
    }

    /// The index of a named parameter, if given.
    func position(_ name: String) -> Int? { index[name] }

    /// How the price of one unit of a bill line follows from a draw of the parameters, or
    /// `nil` when a figure it needs is not given (the line is then left out and reported as
    /// not priced).
    func formula(_ line: BillLine) -> PriceFormula? {
        func at(_ name: String) -> Int? { index[name] }
        guard let hours = at("hours_per_year") else { return nil }
        switch line {
        case .staff(let unit), .rework(let unit):
            guard let cost = at("unit_cost_per_hour.\(unit)") ?? at("staff_cost_per_hour") else { return nil }
            return PriceFormula(scale: 1.0 / 60, terms: [[hours, cost]])
        case .contacts(let channel):
            return at("contact_cost.\(channel)").map { PriceFormula(scale: 1, terms: [[hours, $0]]) }
        case .unresolved, .highEffort:
            let uplift = at(line == .unresolved ? "customer.churn_uplift.unresolved" : "customer.churn_uplift.high_effort")
            guard let uplift, let margin = at("customer.margin_per_year"), let years = at("customer.remaining_years") else { return nil }
            return PriceFormula(scale: 1, terms: [[hours, uplift, margin, years]])
        case .irrelevant:
            guard let waves = at("irrelevant_contact.waves_per_year") else { return nil }
            var terms: [[Int]] = []
            if let cost = at("irrelevant_contact.cost") { terms.append([waves, cost]) }
            if let optOut = at("irrelevant_contact.opt_out"), let value = at("irrelevant_contact.permission_value") {
                terms.append([waves, optOut, value])
            }
            return terms.isEmpty ? nil : PriceFormula(scale: 1, terms: terms)
        case .duplicateReporting:
            guard let monthly = at("reporting_hours_per_month"), let cost = at("staff_cost_per_hour") else { return nil }
            return PriceFormula(scale: 12, terms: [[monthly, cost]])
        }
    }

    /// What a user must add to price a line that cannot be priced.
    static func missing(_ category: CostCategory) -> String {
        switch category {
        case .handlingAndTransfers, .waitingAndRework:
            "staff_cost_per_hour (or unit_cost_per_hour for the units concerned) and contact_cost for the channels"
        case .customersLost: "customer.margin_per_year, customer.remaining_years and customer.churn_uplift"
        case .irrelevantContacts: "irrelevant_contact.cost, or irrelevant_contact.opt_out with permission_value"
        case .duplicateReporting: "reporting_hours_per_month and staff_cost_per_hour"
        }
    }
}

/// A price as `scale × Σ Π θ[i]`: a sum of products of drawn parameters.
struct PriceFormula: Sendable, Equatable {
    let scale: Double
    let terms: [[Int]]

    @inline(__always)
    func evaluate(_ theta: [Double]) -> Double {
        var sum = 0.0
        for term in terms {
            var product = 1.0
            for i in term { product *= theta[i] }
            sum += product
        }
        return scale * sum
    }
}
