import SiloscopeModel
import SiloscopeSimulation

/// Why a comparison could not be made.
public enum ComparisonError: Error, Sendable, CustomStringConvertible {
    /// A scenario could not be applied: its file's diagnostics, each at its line (a move
    /// under a descendant, an unknown unit, a different base model, …).
    case scenario(file: String, DiagnosticsError)
    /// Today's organization or a scenario could not be simulated.
    case simulation(scenario: String, SimulationError)
    /// The options are unusable (fewer than two runs, …).
    case invalidOptions(String)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .scenario(_, let error):
            error.description
        case .simulation(let scenario, let error):
            "cannot simulate \(scenario): \(error.description)"
        case .invalidOptions(let problem):
            "invalid options: \(problem)"
        }
    }
}
