import SiloscopeModel

/// One figure the pricing pass draws: a name in the economics vocabulary
/// (`staff_cost_per_hour`, `contact_cost.phone`, `scenario.capex`), its best value and
/// range, and where it came from.
public struct PriceParameter: Sendable, Equatable, Codable {
    /// Where a figure came from.
    public enum Origin: String, Sendable, Codable {
        /// The model's `economics:` section or a scenario's `investment:`.
        case model
        /// The generic published ranges of `--economics defaults` (docs/economics.md).
        case generic
        /// Not given anywhere: Siloscope's documented default (docs/economics.md).
        case assumed
    }

    /// Name in the economics vocabulary.
    public var name: String
    /// Best estimate (the mode of the PERT distribution).
    public var value: Double
    /// Lowest plausible value (`value` when the figure has no range).
    public var low: Double
    /// Highest plausible value.
    public var high: Double
    /// Where the figure comes from, as its author wrote it.
    public var source: String
    /// Model, generic default or Siloscope's assumption.
    public var origin: Origin

    /// A parameter from a figure of the model.
    public init(name: String, _ figure: EconomicFigure, origin: Origin = .model) {
        self.name = name
        value = figure.value
        low = figure.low ?? figure.value
        high = figure.high ?? figure.value
        source = figure.source ?? ""
        self.origin = origin
    }

    /// Whether the parameter has a range to draw from.
    public var isRange: Bool { high > low }
}
