/// Identifies a handoff edge by the units at its ends: the one key every module uses for
/// per-edge values (the friction a simulation measured, a diagram's edge, a diff's entry).
///
/// Several declared handoffs between the same two units (for different case types) share
/// one key, so they share the value and a diagram draws them as one edge.
public struct HandoffKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The sending unit's id.
    public var from: String
    /// The receiving unit's id.
    public var to: String

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - from: The sending unit's id.
    ///   - to: The receiving unit's id.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The key of a declared handoff.
    public init(_ handoff: Handoff) {
        self.init(from: handoff.from, to: handoff.to)
    }

    /// `from → to`.
    public var description: String { "\(from) → \(to)" }

    /// Reads the ``description`` form `from → to` back; `nil` for anything else.
    public init?(_ description: String) {
        guard let arrow = description.firstRange(of: " → ") else { return nil }
        let from = description[..<arrow.lowerBound], to = description[arrow.upperBound...]
        guard !from.isEmpty, !to.isEmpty, to.firstRange(of: " → ") == nil else { return nil }
        self.init(from: String(from), to: String(to))
    }

    /// Orders by sender, then receiver.
    public static func < (lhs: HandoffKey, rhs: HandoffKey) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
