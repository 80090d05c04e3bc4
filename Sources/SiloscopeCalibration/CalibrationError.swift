import SiloscopeModel
import SiloscopeSimulation

/// Why a log cannot calibrate a model. Each reads as a sentence that says what to do;
/// the command exits with code 1 (invalid input), or 3 when the model cannot be simulated.
public enum CalibrationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The model routes explicitly: there is no structural parameter to fit.
    case explicitModel(file: String)
    /// No unit of the log matches a unit of the model.
    case noUnitMatches(log: String, model: String, examples: [String])
    /// Too few usable cases.
    case tooFewCases(log: String, usable: Int, needed: Int, excluded: [String: Int])
    /// Every usable case stays at one unit: no handoff to learn from.
    case singleUnit(log: String, unit: String)
    /// Events repeated exactly (same case, unit, time and transition).
    case duplicateEvents(log: String, rows: [Int])
    /// Parameters asked for with `--fit` that the log cannot identify, with reasons.
    case notIdentified(log: String, parameters: [(name: String, reason: String)])
    /// A name given to `--fit` is no parameter.
    case unknownParameter(String)
    /// The model (or the model with the fitted values) cannot be simulated.
    case cannotSimulate(String)
    /// Options out of range.
    case invalidOptions(String)

    public var description: String {
        switch self {
        case .explicitModel(let file):
            "\(file): simulation.mode is explicit: its routing is a matrix, so there are no structural parameters to fit; calibrate a structural model (simulation.mode: structural), or use 'siloscope import events --into' to refit the matrix"
        case .noUnitMatches(let log, let model, let examples):
            "\(log): none of the log's units matches a unit of \(model) by id or name (the log has \(examples.prefix(5).map { "'\($0)'" }.joined(separator: ", "))\(examples.count > 5 ? ", …" : "")); give --mapping FILE with lines 'log unit,model unit id'"
        case .tooFewCases(let log, let usable, let needed, let excluded):
            "\(log): \(usable) usable case\(usable == 1 ? "" : "s"); calibration needs at least \(needed) to measure anything\(Self.excludedText(excluded))"
        case .singleUnit(let log, let unit):
            "\(log): every usable case stays at one unit ('\(unit)'): the log shows no handoff, so no routing parameter can be measured; a log of work that moves between units is needed"
        case .duplicateEvents(let log, let rows):
            "\(log): \(rows.count) event\(rows.count == 1 ? " repeats" : "s repeat") another event of the same case exactly (same unit, time and transition), rows \(rows.prefix(8).map(String.init).joined(separator: ", "))\(rows.count > 8 ? ", …" : ""); an export that doubled rows would count each visit twice: remove the duplicates and try again"
        case .notIdentified(let log, let parameters):
            "\(log) cannot identify " + parameters.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ") + "; leave it out of --fit to keep its default"
        case .unknownParameter(let name):
            "unknown parameter '\(name)' to fit; see docs/simulation.md for the list"
        case .cannotSimulate(let reason):
            "the model cannot be simulated: \(reason)"
        case .invalidOptions(let reason):
            reason
        }
    }

    private static func excludedText(_ excluded: [String: Int]) -> String {
        guard !excluded.isEmpty else { return "" }
        return " (left out: " + excluded.sorted { $0.key < $1.key }.map { "\($0.value) with \($0.key)" }.joined(separator: ", ") + ")"
    }

    public static func == (lhs: CalibrationError, rhs: CalibrationError) -> Bool { lhs.description == rhs.description }
}
