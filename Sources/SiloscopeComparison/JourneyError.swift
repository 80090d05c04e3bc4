import SiloscopeSimulation

/// Why a journey could not be followed.
public enum JourneyError: Error, Sendable, CustomStringConvertible {
    /// The model has no case type with this id.
    case unknownCaseType(String, known: [String])
    /// The model cannot be simulated.
    case simulation(SimulationError)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .unknownCaseType(let id, let known):
            "unknown case type '\(id)'; expected one of: \(known.joined(separator: ", "))"
        case .simulation(let error):
            error.description
        }
    }
}
