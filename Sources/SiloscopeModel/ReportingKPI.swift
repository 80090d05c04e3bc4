/// A KPI that the organization reports, with the units producing it and the systems
/// feeding it ("how many truths").
public struct ReportingKPI: Sendable, Equatable, Identifiable {
    /// Stable identifier.
    public var id: String
    /// Display name ("Aktif müşteri sayısı").
    public var name: String
    /// Units that each produce their own version of the figure.
    public var producedBy: [String]
    /// Systems the producers read it from.
    public var sources: [String]

    /// Creates a reporting KPI.
    public init(id: String, name: String, producedBy: [String] = [], sources: [String] = []) {
        self.id = id
        self.name = name
        self.producedBy = producedBy
        self.sources = sources
    }
}
