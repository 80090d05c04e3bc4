/// A place where customers meet the company: a call centre line, a branch counter, the
/// mobile app, an e-mail address.
public struct Touchpoint: Sendable, Equatable, Identifiable {
    /// Stable identifier.
    public var id: String
    /// Display name ("Şube gişesi").
    public var name: String
    /// The kind of channel.
    public var channel: ChannelKind
    /// The unit whose staff work this touchpoint; cases arriving here start there.
    public var unit: String
    /// Systems the touchpoint's screens read customer data from.
    public var reads: [String]

    /// Creates a touchpoint.
    public init(id: String, name: String, channel: ChannelKind = .phone, unit: String, reads: [String] = []) {
        self.id = id
        self.name = name
        self.channel = channel
        self.unit = unit
        self.reads = reads
    }
}

/// The kind of a customer channel.
public enum ChannelKind: String, Sendable, Equatable, CaseIterable {
    case phone
    case branch
    case store
    case web
    case mobile
    case email
    case chat
    case social
    case sms
    case letter
    case field
    case other
}
