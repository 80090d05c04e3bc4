/// What the measured cases of one replication consumed, in the quantities the pricing pass
/// puts money on (docs/economics.md): staff minutes per unit (and the part spent on cases
/// after a reopen, the rework), and per arrival source the cases, the repeat contacts
/// (reopens) and the complaints' effort classes.
///
/// Effort classes, counted for every case here and priced only for complaints:
/// - *unresolved*: closed at least once without being resolved, so the customer came back
///   (reopened at least once);
/// - *high effort* (and not unresolved): the customer told the story more than once, or
///   the case was handed between units ``highEffortHandoffs`` times or more.
public struct ConsumptionTally: Sendable, Equatable {
    /// Handoffs from which a case counts as high effort.
    public static let highEffortHandoffs = 2

    /// Staff minutes per unit (index as in the model's `units`).
    public private(set) var staffMinutes: [Double]
    /// The part of ``staffMinutes`` spent on cases after they were reopened.
    public private(set) var reworkMinutes: [Double]
    /// Measured cases per arrival source (index as in the compiled organization's sources).
    public private(set) var cases: [Int]
    /// Reopens per arrival source: each is one more contact from the customer.
    public private(set) var reopens: [Int]
    /// Cases per source closed at least once unresolved.
    public private(set) var unresolved: [Int]
    /// Cases per source with high effort that were not unresolved.
    public private(set) var highEffort: [Int]

    /// An empty tally for `units` units and `sources` sources.
    public init(units: Int, sources: Int) {
        staffMinutes = Array(repeating: 0, count: units)
        reworkMinutes = staffMinutes
        cases = Array(repeating: 0, count: sources)
        reopens = cases
        unresolved = cases
        highEffort = cases
    }

    /// A tally of given figures (the observer collects them per source and per unit).
    init(staffMinutes: [Double], reworkMinutes: [Double], cases: [Int], reopens: [Int], unresolved: [Int],
         highEffort: [Int]) {
        self.staffMinutes = staffMinutes
        self.reworkMinutes = reworkMinutes
        self.cases = cases
        self.reopens = reopens
        self.unresolved = unresolved
        self.highEffort = highEffort
    }

    /// Measured cases in all.
    public var caseCount: Int { cases.reduce(0, +) }
}
