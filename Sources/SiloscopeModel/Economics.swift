/// The optional `economics:` section of a model: what an hour, a contact and a customer
/// are worth, so that simulated quantities can be priced (see docs/economics.md).
///
/// Every figure is a ``EconomicFigure``: a single value, or a value with a low-high range
/// and a source. The section is plain data; the loader checks it (money finite and not
/// negative, `low <= value <= high`, probabilities in [0, 1], units and channels known,
/// an ISO 4217 currency code).
public struct Economics: Sendable, Equatable {
    /// ISO 4217 code (`TRY`, `EUR`, `USD`).
    public var currency: String
    /// Loaded cost of one productive staff hour.
    public var staffCostPerHour: EconomicFigure?
    /// Per-unit overrides of ``staffCostPerHour``, by unit id.
    public var unitCostPerHour: [String: EconomicFigure]
    /// Non-labour cost of one customer contact, by touchpoint channel.
    public var contactCost: [String: EconomicFigure]
    /// What a customer is worth and how likely bad service loses one.
    public var customer: CustomerEconomics?
    /// A campaign contact the customer should have been suppressed from.
    public var irrelevantContact: IrrelevantContactEconomics?
    /// Hours per month the declared reporting teams spend on reports.
    public var reportingHoursPerMonth: EconomicFigure?
    /// Yearly discount rate for NPV (a fraction, 0.25 for 25 %).
    public var discountRate: EconomicFigure?
    /// Years over which an investment is judged.
    public var horizonYears: EconomicFigure?
    /// Hours per year the model's arrival rates (`per_hour`) apply; the simulated clock runs
    /// round the clock, so 8,760 when not given.
    public var hoursPerYear: EconomicFigure?

    /// Creates a section; every figure but the currency is optional.
    public init(currency: String, staffCostPerHour: EconomicFigure? = nil,
                unitCostPerHour: [String: EconomicFigure] = [:], contactCost: [String: EconomicFigure] = [:],
                customer: CustomerEconomics? = nil, irrelevantContact: IrrelevantContactEconomics? = nil,
                reportingHoursPerMonth: EconomicFigure? = nil, discountRate: EconomicFigure? = nil,
                horizonYears: EconomicFigure? = nil) {
        self.currency = currency
        self.staffCostPerHour = staffCostPerHour
        self.unitCostPerHour = unitCostPerHour
        self.contactCost = contactCost
        self.customer = customer
        self.irrelevantContact = irrelevantContact
        self.reportingHoursPerMonth = reportingHoursPerMonth
        self.discountRate = discountRate
        self.horizonYears = horizonYears
    }
}

/// `customer:` in the economics section.
public struct CustomerEconomics: Sendable, Equatable {
    /// Yearly margin of one customer.
    public var marginPerYear: EconomicFigure?
    /// Years a retained customer stays on average.
    public var remainingYears: EconomicFigure?
    /// Extra probability of leaving after a complaint handled with high effort.
    public var churnUpliftHighEffort: EconomicFigure?
    /// Extra probability of leaving after a complaint left unresolved.
    public var churnUpliftUnresolved: EconomicFigure?

    public init(marginPerYear: EconomicFigure? = nil, remainingYears: EconomicFigure? = nil,
                churnUpliftHighEffort: EconomicFigure? = nil, churnUpliftUnresolved: EconomicFigure? = nil) {
        self.marginPerYear = marginPerYear
        self.remainingYears = remainingYears
        self.churnUpliftHighEffort = churnUpliftHighEffort
        self.churnUpliftUnresolved = churnUpliftUnresolved
    }
}

/// `irrelevant_contact:` in the economics section.
public struct IrrelevantContactEconomics: Sendable, Equatable {
    /// Sending cost of one contact.
    public var cost: EconomicFigure?
    /// Probability that the customer withdraws permission after it.
    public var optOut: EconomicFigure?
    /// What the right to contact one customer is worth.
    public var permissionValue: EconomicFigure?
    /// Waves of each campaign per year (its `audience` is contacted once per wave); 1 when
    /// not given.
    public var wavesPerYear: EconomicFigure?

    public init(cost: EconomicFigure? = nil, optOut: EconomicFigure? = nil, permissionValue: EconomicFigure? = nil,
                wavesPerYear: EconomicFigure? = nil) {
        self.cost = cost
        self.optOut = optOut
        self.permissionValue = permissionValue
        self.wavesPerYear = wavesPerYear
    }
}

/// A figure of the economics section: `value`, optionally with a `low`-`high` range
/// (drawn as a PERT distribution, or a beta for a probability) and the `source` it came from.
public struct EconomicFigure: Sendable, Equatable {
    public var value: Double
    public var low: Double?
    public var high: Double?
    public var source: String?

    public init(_ value: Double, low: Double? = nil, high: Double? = nil, source: String? = nil) {
        self.value = value
        self.low = low
        self.high = high
        self.source = source
    }

    /// Whether the figure carries a range to draw from.
    public var isRange: Bool { (low ?? value) < (high ?? value) }
}

/// `investment:` in a scenario file: what making the change costs and how much of the
/// simulated saving is really reached.
public struct Investment: Sendable, Equatable {
    /// One-off cost.
    public var capex: EconomicFigure?
    /// Running cost per year.
    public var opexPerYear: EconomicFigure?
    /// Months before the saving starts in full (it grows linearly over them).
    public var rampUpMonths: EconomicFigure?
    /// Share of the simulated saving actually reached, in [0, 1].
    public var realisation: EconomicFigure?

    public init(capex: EconomicFigure? = nil, opexPerYear: EconomicFigure? = nil,
                rampUpMonths: EconomicFigure? = nil, realisation: EconomicFigure? = nil) {
        self.capex = capex
        self.opexPerYear = opexPerYear
        self.rampUpMonths = rampUpMonths
        self.realisation = realisation
    }
}
