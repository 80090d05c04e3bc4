import SiloscopeModel
import SiloscopeRendering
import SiloscopeSimulation

/// Why a workshop report could not be made. Each case names the file or the diagram and
/// reads as a sentence a user can act on.
public enum ReportError: Error, Sendable, CustomStringConvertible {
    /// Options out of range (runs, cases).
    case invalidOptions(String)
    /// Today's organization cannot be simulated.
    case simulation(file: String, SimulationError)
    /// A scenario file cannot be read or does not apply to the model.
    case scenario(file: String, DiagnosticsError)
    /// A scenario applies but its organization cannot be simulated.
    case scenarioSimulation(file: String, message: String)
    /// The bundled assessment question set cannot be read (a broken installation).
    case questionSet(DiagnosticsError)
    /// A diagram could not be drawn.
    case rendering(diagram: String, RenderingError)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .invalidOptions(let problem):
            "invalid options: \(problem)"
        case let .simulation(file, error):
            "\(file): error: the organization cannot be simulated, so the report cannot be made: \(error.description)"
        case let .scenario(_, error):
            error.description
        case let .scenarioSimulation(file, message):
            "\(file): error: the scenario applies, but its organization cannot be simulated: \(message)"
        case .questionSet(let error):
            error.description
        case let .rendering(diagram, error):
            "the \(diagram) diagram could not be drawn: \(error.description)"
        }
    }

    /// True when the cause is a file that could not be read (exit code 2 in the CLI).
    public var isUnreadableFile: Bool {
        switch self {
        case .scenario(_, let error), .questionSet(let error): error.kind == .unreadable
        default: false
        }
    }
}
