

/// Every assumption of structural routing, as a named parameter with a default.
///
/// Names are the keys of `simulation.parameters` in a model file and of scenario
/// overrides; docs/simulation.md explains each with its source. Defaults are judgement
/// calls stated openly, not measurements: calibrate them from a ticket log where one
/// exists, and the recommendation's robustness check varies the uncertain ones.
public struct SimulationParameters: Sendable, Equatable {
    /// One parameter's description.
    public struct Definition: Sendable {
        /// The key in files.
        public let name: String
        /// The default value.
        public let defaultValue: Double
        /// Accepted range.
        public let range: ClosedRange<Double>
        /// What it means, in a sentence.
        public let meaning: String
        /// Range explored by robustness checks, when the value is uncertain.
        public let uncertainty: ClosedRange<Double>?
    }

    /// All parameters, in documentation order.
    public static let definitions: [Definition] = [
        Definition(name: "declared_routing_accuracy", defaultValue: 0.9, range: 0...1,
                   meaning: "Chance a unit sends a case it cannot resolve straight to the owner when a declared handoff to the owner carries that case type.",
                   uncertainty: 0.8...0.97),
        Definition(name: "undeclared_routing_accuracy", defaultValue: 0.6, range: 0...1,
                   meaning: "Chance of picking the owner without a declared handoff, when the owner is 2 steps away in the org chart (a sibling).",
                   uncertainty: 0.4...0.8),
        Definition(name: "accuracy_decay_per_level", defaultValue: 0.8, range: 0...1,
                   meaning: "Each further step of organizational distance multiplies the undeclared accuracy by this factor.",
                   uncertainty: 0.65...0.9),
        Definition(name: "bounce_back_probability", defaultValue: 0.7, range: 0...1,
                   meaning: "A wrong receiver sends the case back to its sender (\"not our job\"); otherwise it passes it on itself.",
                   uncertainty: nil),
        Definition(name: "declared_context_kept", defaultValue: 0.7, range: 0...1,
                   meaning: "Chance the case's context survives a declared handoff that states no context_kept of its own.",
                   uncertainty: 0.5...0.85),
        Definition(name: "undeclared_context_kept", defaultValue: 0.4, range: 0...1,
                   meaning: "Chance the context survives a handoff along no declared relation.",
                   uncertainty: 0.25...0.6),
        Definition(name: "record_context_recovery", defaultValue: 0.8, range: 0...1,
                   meaning: "Share of lost context recovered when the receiving unit's screen shows a current customer record with the case's data.",
                   uncertainty: 0.6...0.95),
        Definition(name: "retelling_minutes", defaultValue: 4, range: 0...240,
                   meaning: "Extra minutes of the receiver (and the customer) when the customer must tell the story again.",
                   uncertainty: 2...8),
        Definition(name: "triage_fraction", defaultValue: 0.5, range: 0...1,
                   meaning: "Share of its usual handling time a unit spends on a case it does not own before handing it on.",
                   uncertainty: 0.3...0.7),
        Definition(name: "declared_transfer_minutes", defaultValue: 15, range: 0...10_000,
                   meaning: "Mean minutes for a handoff along a declared relation that states no transfer_minutes.",
                   uncertainty: 10...30),
        Definition(name: "undeclared_transfer_minutes", defaultValue: 30, range: 0...10_000,
                   meaning: "Mean minutes for a handoff along no declared relation.",
                   uncertainty: 20...60),
        Definition(name: "transfer_minutes_per_level", defaultValue: 5, range: 0...10_000,
                   meaning: "Added to a handoff's mean minutes for each step of organizational distance it crosses.",
                   uncertainty: 2...10),
        Definition(name: "escalation_hops", defaultValue: 4, range: 0...1_000,
                   meaning: "Handoffs after which a case escalates to the lowest common manager of its current unit and its owner (0 turns escalation off).",
                   uncertainty: nil),
        Definition(name: "stale_risk_daily", defaultValue: 0.03, range: 0...1,
                   meaning: "Chance a resolution made from a copy synced daily is wrong, so the customer comes back.",
                   uncertainty: 0.01...0.06),
        Definition(name: "stale_risk_weekly", defaultValue: 0.08, range: 0...1,
                   meaning: "Same, for a copy synced weekly.", uncertainty: 0.04...0.15),
        Definition(name: "stale_risk_manual", defaultValue: 0.15, range: 0...1,
                   meaning: "Same, for a copy synced by hand.", uncertainty: 0.08...0.25),
        Definition(name: "stale_risk_none", defaultValue: 0.25, range: 0...1,
                   meaning: "Same, for a copy never synced.", uncertainty: 0.15...0.4),
        Definition(name: "reopen_delay_minutes", defaultValue: 480, range: 0...100_000,
                   meaning: "Mean minutes before a customer whose case was resolved wrongly comes back (one working day).",
                   uncertainty: 240...1_440),
        Definition(name: "max_reopens", defaultValue: 2, range: 0...20,
                   meaning: "A case reopens at most this many times; after that the resolution sticks.",
                   uncertainty: nil),
        Definition(name: "priority_enabled", defaultValue: 1, range: 0...1,
                   meaning: "1: a unit without customer-centric KPIs serves cases from other divisions after its own; 0: everyone is FIFO.",
                   uncertainty: nil),
        Definition(name: "crm_routing_accuracy", defaultValue: 0.95, range: 0...1,
                   meaning: "Chance the CRM team, brokering a complaint, sends it to the right owner (it sees the whole customer).",
                   uncertainty: 0.85...0.99),
        Definition(name: "crm_out_of_reach_priority", defaultValue: 1, range: 0...1,
                   meaning: "1: the CRM team's requests carry its manager's authority: units inside that manager's reach serve them with their own work, units outside it after; 0: no authority effect (they are served like anyone's).",
                   uncertainty: nil),
    ]

    /// Values by name.
    public private(set) var values: [String: Double]

    /// The defaults.
    public init() {
        values = Dictionary(uniqueKeysWithValues: Self.definitions.map { ($0.name, $0.defaultValue) })
    }

    /// Reads a parameter (the default when not overridden).
    public subscript(name: String) -> Double {
        get { values[name] ?? Self.definitions.first { $0.name == name }?.defaultValue ?? 0 }
        set { values[name] = newValue }
    }

    /// Applies overrides, checking names and ranges.
    ///
    /// - Returns: a problem per unknown name or value out of range, as text the caller
    ///   turns into diagnostics.
    @discardableResult
    public mutating func apply(_ overrides: [String: Double]) -> [(name: String, problem: String)] {
        var problems: [(String, String)] = []
        for (name, value) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let definition = Self.definitions.first(where: { $0.name == name }) else {
                let hint = Suggestion.hint(for: name, among: Self.definitions.map(\.name))
                problems.append((name, "unknown simulation parameter '\(name)'\(hint); see docs/simulation.md for the list"))
                continue
            }
            guard value.isFinite, definition.range.contains(value) else {
                problems.append((name, "\(name) = \(value) is out of range; expected \(definition.range.lowerBound)…\(definition.range.upperBound)"))
                continue
            }
            values[name] = value
        }
        return problems
    }

    /// Reads a `parameters` mapping (of a model's `simulation` section or a scenario's
    /// `set_simulation` change): every key must name a parameter and every value lie in
    /// its range, reported at the key's or the value's line. The one place both file
    /// formats check parameters, so `validate` and every command agree.
    public static func read(_ table: YAMLMapping, _ reader: inout YAMLReader) -> [String: Double] {
        var values: [String: Double] = [:]
        for entry in table.entries {
            let path = table.path.appending(entry.key)
            guard let definition = definitions.first(where: { $0.name == entry.key }) else {
                let hint = Suggestion.hint(for: entry.key, among: definitions.map(\.name))
                reader.error("unknown simulation parameter '\(entry.key)'\(hint); see docs/simulation.md for the list",
                             at: entry.keyPosition, path: path)
                continue
            }
            let range = NumberConstraint.between(definition.range.lowerBound, definition.range.upperBound,
                                                 meaning: "the range of \(definition.name)")
            if let value = reader.number(entry.value, at: path, range) { values[entry.key] = value }
        }
        return values
    }

    /// The parameters of a model: defaults with the model's overrides applied.
    ///
    /// - Throws: ``DiagnosticsError`` for unknown names or values out of range, pointing
    ///   at `simulation.parameters` in the model file.
    public static func of(_ loaded: LoadedModel) throws(DiagnosticsError) -> SimulationParameters {
        var parameters = SimulationParameters()
        let problems = parameters.apply(loaded.model.simulation.parameters)
        if !problems.isEmpty {
            throw DiagnosticsError(problems.map { problem in
                loaded.sources.diagnostic(.error, section: "simulation.parameters", problem.name, problem.problem)
            })
        }
        return parameters
    }

    /// The stale-data risk of reading a copy with the given sync mode.
    public func staleRisk(_ sync: SyncMode) -> Double {
        switch sync {
        case .realtime: 0
        case .daily: self["stale_risk_daily"]
        case .weekly: self["stale_risk_weekly"]
        case .manual: self["stale_risk_manual"]
        case .none: self["stale_risk_none"]
        }
    }

    /// Default mean handling minutes for units that state none, by kind.
    public static func defaultHandlingMinutes(_ kind: UnitKind) -> Double {
        switch kind {
        case .executive: 20
        case .contactCenter: 8
        case .customerService: 10
        case .branch: 12
        case .sales: 15
        case .marketing: 20
        case .product: 20
        case .it: 25
        case .operations: 15
        case .finance: 15
        case .legal: 30
        case .dataBI: 30
        case .reporting: 30
        case .crm: 12
        case .other: 15
        }
    }
}
