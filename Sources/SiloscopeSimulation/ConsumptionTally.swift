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

    /// Measured cases in all.
    public var caseCount: Int { cases.reduce(0, +) }

    @inline(__always)
    mutating func service(at unit: Int, minutes: Double, rework: Bool) {
        if unit >= staffMinutes.count {
            Self.grow(&staffMinutes, to: unit + 1)
            Self.grow(&reworkMinutes, to: unit + 1)
        }
        staffMinutes[unit] += minutes
        if rework { reworkMinutes[unit] += minutes }
    }

    @inline(__always)
    mutating func departed(source: Int, reopens reopened: Int, handoffs: Int, tellings: Int) {
        if source >= cases.count {
            Self.grow(&cases, to: source + 1)
            Self.grow(&reopens, to: source + 1)
            Self.grow(&unresolved, to: source + 1)
            Self.grow(&highEffort, to: source + 1)
        }
        cases[source] += 1
        reopens[source] += reopened
        if reopened > 0 {
            unresolved[source] += 1
        } else if tellings > 1 || handoffs >= Self.highEffortHandoffs {
            highEffort[source] += 1
        }
    }

    private static func grow<T: Numeric>(_ array: inout [T], to count: Int) {
        if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
    }
}
