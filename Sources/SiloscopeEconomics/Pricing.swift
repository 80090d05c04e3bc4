import SiloscopeModel

/// Whether and with which figures a command prices its simulations.
public struct Pricing: Sendable, Equatable {
    /// Which economic figures to use.
    public enum Source: String, Sendable, Equatable, CaseIterable {
        /// The model's `economics:` section; no money when it has none.
        case model
        /// The generic published ranges (``GenericEconomics``), labelled as generic.
        case defaults
        /// No money.
        case off
    }

    public var source: Source
    public var options: PricingOptions

    public init(source: Source, options: PricingOptions = PricingOptions()) {
        self.source = source
        self.options = options
    }

    /// The model's own figures.
    public static func model(_ options: PricingOptions = PricingOptions()) -> Pricing { Pricing(source: .model, options: options) }

    /// The one line every command prints when it shows no money because the model has no
    /// figures.
    public static let hint = "no money shown: add an economics section to the model (docs/economics.md), or use --economics defaults for generic published ranges"

    /// The figures to price `model` with, and whether they are generic; `nil` for no money.
    public func economics(of model: OrgModel) -> (economics: Economics, generic: Bool)? {
        switch source {
        case .model: model.economics.map { ($0, false) }
        case .defaults: (GenericEconomics.figures, true)
        case .off: nil
        }
    }
}
