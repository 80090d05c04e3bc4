/// How `siloscope calibrate` fits a model.
public struct CalibrationOptions: Sendable {
    /// Share of cases held out for the out-of-sample check (0 turns it off).
    public var holdout: Double = 0.3
    /// Seed of the holdout split, the simulations (common random numbers) and the bootstrap.
    public var seed: UInt64 = 1
    /// Structural parameters to fit; `nil` fits every one the log can identify. A name
    /// given here that the log cannot identify is an error.
    public var fit: [String]?
    /// Log unit name → model unit id, tried before matching by id and name.
    public var mapping: [String: String] = [:]
    /// Simulated cases per evaluation; `nil`: three times the cases fitted, between
    /// 10,000 and 60,000 (the simulation's noise then adds a third to the log's).
    public var simulatedCases: Int?
    /// Levenberg–Marquardt iterations at most.
    public var iterations: Int = 8
    /// Case-bootstrap resamples for the statistics' covariance.
    public var resamples: Int = 200
    /// Usable cases needed at least.
    public static let minimumCases = 50

    /// Defaults.
    public init() {}
}
