import SiloscopeModel

import Foundation

/// The friction one handoff edge carried, as a simulation measured it, for drawing.
///
/// Values are per case so that two organizations (before and after) share one scale:
/// summing ``addedMinutes`` over every edge gives the customer minutes handoffs add to
/// the average case.
public struct EdgeFriction: Hashable, Sendable {
    /// Customer minutes (transfer and retelling) the edge adds to the average case.
    public var addedMinutes: Double
    /// Bounces back along the edge ("not our job") per 1,000 cases.
    public var bounces: Double
    /// Cases handed over along the edge per 1,000 cases.
    public var cases: Double
    /// Whether the model declares a handoff here; undeclared edges are cases sent blindly.
    public var declared: Bool

    /// Creates an edge's friction.
    ///
    /// - Parameters:
    ///   - addedMinutes: Customer minutes the edge adds to the average case.
    ///   - bounces: Bounces per 1,000 cases.
    ///   - cases: Cases handed over per 1,000 cases.
    ///   - declared: Whether the model declares the handoff.
    public init(addedMinutes: Double, bounces: Double = 0, cases: Double = 0, declared: Bool = true) {
        self.addedMinutes = addedMinutes
        self.bounces = bounces
        self.cases = cases
        self.declared = declared
    }

    /// The value a measure reads.
    ///
    /// - Parameter measure: Which figure.
    /// - Returns: Added minutes per case or bounces per 1,000 cases.
    public func value(_ measure: FrictionMeasure) -> Double {
        switch measure {
        case .minutes: addedMinutes
        case .bounces: bounces
        }
    }
}

/// Which friction figure edge colour and width show.
public enum FrictionMeasure: String, CaseIterable, Hashable, Sendable {
    /// Customer minutes the edge adds to the average case.
    case minutes
    /// Ping-pong bounces per 1,000 cases.
    case bounces

    /// The unit in a legend, in `language`.
    func unit(in language: Language) -> String {
        switch self {
        case .minutes: language.pick("min per case", "dk/vaka")
        case .bounces: language.pick("bounces per 1,000 cases", "1.000 vakada geri sekme")
        }
    }
}

/// A sequential colour and width scale for friction, shared by every picture of a
/// before/after set so that the same colour means the same minutes in each.
///
/// Colours are ColorBrewer's YlOrBr (light orange to dark brown): sequential, readable
/// for the common colour-vision deficiencies, and apart from the blue, green, purple and
/// grey that mark moved, added, merged and removed units. Width grows with the value as
/// well, so a greyscale print still shows it.
struct FrictionStyle: Sendable {
    static let colors = ["#fec44f", "#fe9929", "#d95f0e", "#993404"]
    /// Drawn for edges without a value when others have one.
    static let missingColor = "#9a9a9a"

    /// Upper bounds of the bins (the last is the largest value), rounded to readable numbers.
    let bounds: [Double]
    /// What the values are.
    let measure: FrictionMeasure

    /// A scale whose top bin ends at `maximum` (rounded up to a readable number) and whose
    /// bins double: an eighth, a quarter, a half and all of it. Friction concentrates on a
    /// few edges, so equal bins would put nearly every edge in the lightest one.
    ///
    /// - Parameters:
    ///   - maximum: The largest value drawn with this scale.
    ///   - measure: What the values are.
    init(maximum: Double, measure: FrictionMeasure) {
        let top = Self.niceCeiling(max(maximum, 1e-9))
        let count = Self.colors.count
        bounds = (1...count).map { top / pow(2, Double(count - $0)) }
        self.measure = measure
    }

    /// The bin of a value.
    func bin(_ value: Double) -> Int {
        bounds.firstIndex { value <= $0 + 1e-12 } ?? bounds.count - 1
    }

    /// The colour of a value.
    func color(_ value: Double) -> String { Self.colors[bin(value)] }

    /// The line width of a value: 1.5 up to 8 points, growing linearly.
    func width(_ value: Double) -> Double {
        guard let top = bounds.last, top > 0 else { return 1.5 }
        return 1.5 + 6.5 * min(max(value, 0) / top, 1)
    }

    /// Legend rows: one per bin with its range in the measure's unit.
    func legendRows(language: Language = .en) -> [BeforeAfterStyle.LegendRow] {
        var rows: [BeforeAfterStyle.LegendRow] = []
        var low = 0.0
        for (index, high) in bounds.enumerated() {
            let text = "\(language.number(Self.rounded(low)))–\(language.number(Self.rounded(high))) \(measure.unit(in: language))"
            rows.append(.init(sample: "━━━▶", color: Self.colors[index], text: text,
                              width: 1 + index))
            low = high
        }
        return rows
    }

    /// A readable number at or above `value`: 1, 2, 4 or 8 times a power of ten.
    static func niceCeiling(_ value: Double) -> Double {
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 2, 4, 8, 10] where step * power >= value * (1 - 1e-9) {
            return step * power
        }
        return 10 * power
    }

    /// Two significant decimals at most, for legends.
    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
