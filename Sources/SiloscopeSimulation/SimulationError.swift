import Foundation
import SiloscopeEngine
import SiloscopeModel

/// Why a model cannot be simulated.
public enum SimulationError: Error, Sendable, CustomStringConvertible {
    /// The model's structure is not usable (validate it for details).
    case invalidModel(String)
    /// Nothing arrives: no case type has arrivals at a touchpoint.
    case noArrivals
    /// Units whose queues would grow without bound: utilisation at or over 1.
    case unstable([StationLoad])
    /// The engine refused the network or routing.
    case engine(EngineError)
    /// Options out of range.
    case invalidOptions(String)
    /// Parameter problems, with positions in the model file.
    case diagnostics(DiagnosticsError)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .invalidModel(let reason):
            "the model cannot be simulated: \(reason)"
        case .noArrivals:
            "nothing arrives: no case type has arrivals at a touchpoint; add 'arrivals' (per_hour at a touchpoint) to a case type"
        case .unstable(let loads):
            "unstable queues: \(loads.map { "unit '\($0.name)' would be \(Self.percent($0.utilisation)) busy (\(Self.format($0.arrivalRate * 60)) visits/hour × \(Self.format($0.meanServiceTime)) min ÷ \($0.servers) handlers)" }.joined(separator: "; ")); its queue would grow without bound. Add case handlers, shorten handling, lower arrivals, or bound each run with a horizon in hours (horizon_hours)"
        case .engine(let error):
            "the simulation engine refused the model: \(error)"
        case .invalidOptions(let reason):
            "invalid options: \(reason)"
        case .diagnostics(let error):
            error.description
        }
    }

    static func percent(_ value: Double) -> String { format((value * 100).rounded()) + "%" }
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isFinite ? String(format: "%.3g", value) : "\(value)" }
        return value >= 100 ? String(Int(value.rounded())) : String((value * 100).rounded() / 100)
    }
}
