/// How to simulate this model unless the command line says otherwise.
public struct SimulationSettings: Sendable, Equatable {
    /// Structural (routing emerges from the org graph) or explicit (routing matrix).
    public var mode: RoutingMode
    /// Parameter overrides by name (see docs/simulation.md for names and defaults).
    public var parameters: [String: Double]
    /// Set when `siloscope calibrate` fitted the parameters to a ticket log.
    public var calibration: CalibrationRecord?

    /// Creates settings.
    public init(mode: RoutingMode = .structural, parameters: [String: Double] = [:], calibration: CalibrationRecord? = nil) {
        self.mode = mode
        self.parameters = parameters
        self.calibration = calibration
    }
}

/// How cases choose their next unit.
public enum RoutingMode: String, Sendable, Equatable, CaseIterable {
    case structural
    case explicit
}
