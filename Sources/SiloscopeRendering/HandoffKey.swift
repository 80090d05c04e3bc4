import SiloscopeModel

/// Identifies a handoff edge by the units at its ends, for per-edge values such as the
/// friction a simulation measured.
///
/// Several declared handoffs between the same two units (for different case types)
/// share one key, so they share the value.
public struct HandoffKey: Hashable, Sendable, CustomStringConvertible {
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
    ///
    /// - Parameter handoff: A handoff of the model.
    public init(_ handoff: Handoff) {
        self.init(from: handoff.from, to: handoff.to)
    }

    /// `from → to`.
    public var description: String { "\(from) → \(to)" }
}
