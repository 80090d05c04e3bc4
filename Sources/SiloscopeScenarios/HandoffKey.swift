/// Identifies a handoff edge of a diagram: the sending and the receiving unit.
///
/// Several handoffs of a model may share one key (the same two units with different case
/// types); a diagram draws them as one edge.
public struct HandoffKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The sending unit.
    public var from: String
    /// The receiving unit.
    public var to: String

    /// Creates a key.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// `from → to`.
    public var description: String { "\(from) → \(to)" }

    /// Orders by sender, then receiver.
    public static func < (lhs: HandoffKey, rhs: HandoffKey) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
