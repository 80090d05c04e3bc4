/// How to simulate this model unless the command line says otherwise.
public struct SimulationSettings: Sendable, Equatable {
    /// Structural (routing emerges from the org graph) or explicit (routing matrix).
    public var mode: RoutingMode
    /// Parameter overrides by name (see docs/simulation.md for names and defaults).
    public var parameters: [String: Double]

    /// Creates settings.
    public init(mode: RoutingMode = .structural, parameters: [String: Double] = [:]) {
        self.mode = mode
        self.parameters = parameters
    }
}

/// How cases choose their next unit.
public enum RoutingMode: String, Sendable, Equatable, CaseIterable {
    case structural
    case explicit
}
