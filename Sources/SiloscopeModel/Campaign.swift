/// An outbound campaign: who runs it, which channels carry it, which system selects its
/// audience, and which customers suppression should keep out.
public struct Campaign: Sendable, Equatable, Identifiable {
    /// Stable identifier.
    public var id: String
    /// Display name ("MTV ödeme kampanyası").
    public var name: String
    /// The unit that runs it.
    public var owner: String
    /// Touchpoints the offer goes out through.
    public var touchpoints: [String]
    /// The system the audience is selected from.
    public var system: String
    /// Contacts per campaign wave.
    public var audience: Int
    /// Reasons a contact should be suppressed, each with the data it needs.
    public var suppression: [Suppression]

    /// Creates a campaign.
    public init(
        id: String, name: String, owner: String, touchpoints: [String] = [], system: String,
        audience: Int, suppression: [Suppression] = []
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.touchpoints = touchpoints
        self.system = system
        self.audience = audience
        self.suppression = suppression
    }
}

/// A suppression rule: contacts for whom `data` shows the offer is pointless (already
/// paid, already a customer of the product, complained last week).
public struct Suppression: Sendable, Equatable {
    /// What the rule checks, in plain words ("MTV bu bankadan ödenmiş").
    public var reason: String
    /// The customer data item the rule needs (`tax_payments`).
    public var data: String
    /// Share (0–1) of the audience the rule should remove.
    public var share: Double

    /// Creates a suppression rule.
    public init(reason: String, data: String, share: Double) {
        self.reason = reason
        self.data = data
        self.share = share
    }
}
