/// One row of the explicit routing matrix: after service at `from`, go to each `to` with
/// its probability; one minus the row's sum is the chance the case is resolved.
public struct RoutingRow: Sendable, Equatable {
    /// The unit the case leaves.
    public var from: String
    /// Next units and their probabilities, in file order.
    public var to: [RoutingTarget]

    /// Creates a routing row.
    public init(from: String, to: [RoutingTarget]) {
        self.from = from
        self.to = to
    }

    /// The row's total probability of going on to another unit.
    public var total: Double { to.reduce(0) { $0 + $1.probability } }
}

/// One entry of a routing row.
public struct RoutingTarget: Sendable, Equatable {
    /// The next unit.
    public var unit: String
    /// Probability of going there (0–1).
    public var probability: Double

    /// Creates a routing entry.
    public init(unit: String, probability: Double) {
        self.unit = unit
        self.probability = probability
    }
}
