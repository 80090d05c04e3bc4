import SiloscopeSimulation

/// The friction one handoff edge carried in one simulated organization, per case.
///
/// Normalised by the measured cases per replication so that scenarios, and runs of
/// different lengths, compare directly: summing `added_minutes_per_case` over every edge
/// gives the customer minutes handoffs add to the average case.
public struct ComparedEdge: Codable, Sendable, Equatable {
    /// The sending unit's id.
    public var from: String
    /// The receiving unit's id.
    public var to: String
    /// Whether the model declares a handoff from → to (otherwise cases were sent blindly).
    public var declared: Bool
    /// Cases handed over along the edge per 1,000 cases.
    public var casesPer1000: Double
    /// Of those, bounces back ("not our job") per 1,000 cases.
    public var bouncesPer1000: Double
    /// Times the customer retold the story after this edge, per 1,000 cases.
    public var retellingsPer1000: Double
    /// Customer minutes (transfer and retelling) the edge adds to the average case, with
    /// its 95 % interval over replications.
    public var addedMinutesPerCase: Interval

    /// The edge's figures from a simulation report.
    ///
    /// - Parameters:
    ///   - edge: One edge of ``SimulationReport/edges``.
    ///   - casesPerRun: Measured cases per replication.
    public init(_ edge: EdgeFigures, casesPerRun: Int) {
        let scale = 1 / Double(max(casesPerRun, 1))
        from = edge.from
        to = edge.to
        declared = edge.declared
        casesPer1000 = edge.cases.mean * scale * 1000
        bouncesPer1000 = edge.bounces.mean * scale * 1000
        retellingsPer1000 = edge.retellings.mean * scale * 1000
        var minutes = edge.addedMinutes
        minutes.mean *= scale
        minutes.low *= scale
        minutes.high *= scale
        addedMinutesPerCase = minutes
    }

    /// `from → to`.
    public var key: String { "\(from) → \(to)" }

    enum CodingKeys: String, CodingKey {
        case from, to, declared
        case casesPer1000 = "cases_per_1000", bouncesPer1000 = "bounces_per_1000"
        case retellingsPer1000 = "retellings_per_1000", addedMinutesPerCase = "added_minutes_per_case"
    }
}
