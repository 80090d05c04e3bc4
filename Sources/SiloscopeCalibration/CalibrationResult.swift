import SiloscopeModel

/// One fitted quantity: a structural parameter, a unit's handling mean or handlers, or an
/// arrival rate.
public struct FittedValue: Sendable, Equatable {
    /// The name: a parameter of docs/simulation.md, `handling_minutes.UNIT`,
    /// `case_handlers.UNIT` or `per_hour.CASE_TYPE.TOUCHPOINT`.
    public var name: String
    /// The value written into the fitted model (the model's own value when not
    /// identified).
    public var value: Double
    /// Lower end of its 95 % interval.
    public var low: Double
    /// Upper end of its 95 % interval.
    public var high: Double
    /// Whether the log identifies it; when not, `value` is the model's and the interval
    /// is the range the robustness check already explores.
    public var identified: Bool
    /// The model's value before calibration.
    public var before: Double
    /// How it was estimated, or why it could not be.
    public var note: String
}

/// One summary statistic compared on held-out cases.
public struct HoldoutMeasure: Sendable, Equatable {
    /// What is measured.
    public var name: String
    /// Observed in the held-out cases.
    public var observed: Double
    /// Its 95 % half-width (case bootstrap).
    public var observedMargin: Double
    /// The fitted model's simulated value.
    public var simulated: Double
    /// Its 95 % half-width.
    public var simulatedMargin: Double
    /// "matches", "close" or "off".
    public var verdict: String
}

/// Goodness of fit out of sample: the fitted model against cases it did not see.
public struct GoodnessOfFit: Sendable, Equatable {
    /// Held-out cases.
    public var cases: Int
    /// The measures.
    public var measures: [HoldoutMeasure]
    /// A sentence a manager can read.
    public var verdict: String
}

/// What `siloscope calibrate` found: every fitted value with its interval, how the fit
/// went, the out-of-sample check and the fitted model.
public struct CalibrationResult: Sendable {
    /// The structural parameters (docs/simulation.md), in documentation order.
    public var parameters: [FittedValue]
    /// Each unit's mean handling minutes.
    public var handling: [FittedValue]
    /// Each unit's case handlers.
    public var handlers: [FittedValue]
    /// Arrival rates per case type and touchpoint.
    public var arrivals: [FittedValue]
    /// The log file.
    public var log: String
    /// Cases in the log, used, fitted on, held out.
    public var casesInLog: Int
    public var casesUsed: Int
    public var casesFitted: Int
    /// Cases left out, by reason.
    public var excluded: [String: Int]
    /// Log units matching no model unit.
    public var unmatchedUnits: [String]
    /// Days between the first and the last arrival.
    public var spanDays: Double
    /// Whether the log had start/complete pairs (timing statistics used).
    public var usedDurations: Bool
    /// Statistics matched, with observed and fitted values.
    public var statistics: [(name: String, observed: Double, fitted: Double)]
    /// Simulations run and the objective at the end.
    public var simulations: Int
    public var objective: Double
    public var iterations: Int
    /// Simulated cases per evaluation.
    public var simulatedCases: Int
    /// The out-of-sample check, when cases were held out.
    public var goodness: GoodnessOfFit?
    /// Things the user should know (cases left out, values not identified…).
    public var warnings: [String]
    /// The model with the fitted values and its `simulation.calibration` record.
    public var model: OrgModel

    /// Every fitted value, parameters first.
    public var all: [FittedValue] { parameters + handling + handlers + arrivals }
}
