import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// Run control, determinism and the guards of `SiloSimulator.run`: bad input is a clear
/// error naming the unit or case type, and nothing runs forever.
@Suite("Simulator: determinism and guards")
struct SiloSimulatorTests {
    /// A model exercising every mechanism at once: priorities, a brokering CRM team,
    /// a stale copy, escalation.
    static func everything() -> ModelText {
        var model = StructuralPolicyTests.brokered(crmParent: "it")
        model.systems = ["{id: core, holds: [address]}", "{id: copy, copy_of: core, sync: daily, holds: [address]}"]
        model.replaceUnit("back", with: "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12, kpis: [Cost], reads: [copy]}")
        model.caseTypes = [
            "{id: complaint, kind: complaint, owner: back, data_needed: [address], arrivals: [{touchpoint: phone, per_hour: 6}]}",
            "{id: request, kind: request, owner: helpdesk, arrivals: [{touchpoint: phone, per_hour: 4}]}",
        ]
        model.parameters = [:]
        return model
    }

    /// The report as JSON without the wall-clock time.
    static func figures(_ report: SimulationReport) throws -> String {
        var report = report
        report.wallSeconds = 0
        return String(decoding: try report.json(), as: UTF8.self)
    }

    // MARK: Determinism

    @Test("The same seed gives bit-identical figures whatever the number of threads")
    func threadsDoNotMatter() throws {
        let model = try Self.everything().load()
        let one = try simulate(model, runs: 6, cases: Scale.cases / 2, threads: 1)
        let two = try simulate(model, runs: 6, cases: Scale.cases / 2, threads: 2)
        let five = try simulate(model, runs: 6, cases: Scale.cases / 2, threads: 5)
        #expect(try Self.figures(one) == Self.figures(two))
        #expect(try Self.figures(one) == Self.figures(five))
        #expect(one.replications == two.replications)
    }

    @Test("Different seeds give different figures")
    func seedsMatter() throws {
        let model = try Self.everything().load()
        let a = try simulate(model, runs: 3, cases: Scale.cases / 4, seed: 1)
        let b = try simulate(model, runs: 3, cases: Scale.cases / 4, seed: 2)
        #expect(a.cases.resolutionMinutes.mean != b.cases.resolutionMinutes.mean)
        #expect(a.siloFrictionIndex.customer.mean != b.siloFrictionIndex.customer.mean)
        #expect(a.replications.map(\.handoffs) != b.replications.map(\.handoffs))
        // Replication r does not depend on how many replications there are.
        let longer = try simulate(model, runs: 4, cases: Scale.cases / 4, seed: 1)
        #expect(Array(longer.replications.prefix(3)) == a.replications)
    }

    // MARK: Run control

    @Test("A run bounded by time measures what arrives after the warm-up")
    func horizon() throws {
        let report = try simulate(StructuralPolicyTests.operations(), runs: 3, horizonHours: 200)
        #expect(report.horizonHours == 200)
        // 6 cases an hour for 200 hours, less the warm-up (at most half the horizon).
        #expect(report.casesPerRun > 500 && report.casesPerRun < 1_200)
        #expect(report.warnings.isEmpty)
    }

    @Test("Options out of range are refused", arguments: [
        (1, 100, 0, nil as Double?, "runs must be at least 2"),
        (2, 0, 0, nil, "cases must be at least 1"),
        (2, 100, -1, nil, "warmup_cases must not be negative"),
        (2, 100, 0, -5, "horizon_hours must be a positive number"),
    ])
    func badOptions(runs: Int, cases: Int, warmup: Int, horizon: Double?, message: String) throws {
        let error = #expect(throws: SimulationError.self) {
            try simulate(StructuralPolicyTests.operations(), runs: runs, cases: cases, warmup: warmup, horizonHours: horizon)
        }
        guard case .invalidOptions(let reason)? = error else {
            Issue.record("expected .invalidOptions, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix(message), "\(reason)")
        #expect(!reason.contains("--"), "a library names options, not command-line flags: \(reason)")
    }

    // MARK: Guards

    /// The owner would be 150 % busy: 3 cases an hour × 30 minutes, one handler.
    static func overloaded() -> ModelText {
        ModelText(
            units: [
                "{id: ceo, kind: executive}",
                "{id: front, parent: ceo, case_handlers: 1, handling_minutes: 5}",
                "{id: owner, parent: ceo, case_handlers: 1, handling_minutes: 30}",
            ],
            handoffs: ["{from: front, to: owner}"],
            touchpoints: ["{id: phone, unit: front}"],
            caseTypes: ["{id: c, owner: owner, arrivals: [{touchpoint: phone, per_hour: 3}]}"])
    }

    @Test("An unstable queue is refused before running, naming the unit with its numbers")
    func unstable() throws {
        let error = #expect(throws: SimulationError.self) { try simulate(Self.overloaded(), runs: 2, cases: 100) }
        guard case .unstable(let loads)? = error else {
            Issue.record("expected .unstable, got \(String(describing: error))")
            return
        }
        #expect(loads.map(\.name) == ["owner"])
        #expect(abs(loads[0].utilisation - 1.5) < 1e-12)
        #expect(abs(loads[0].arrivalRate - 0.05) < 1e-12 && loads[0].servers == 1 && loads[0].meanServiceTime == 30)
        let text = error?.description ?? ""
        #expect(text.contains("unit 'owner' would be 150% busy (3.0 visits/hour × 30.0 min ÷ 1 handlers)"), "\(text)")
        #expect(text.contains("horizon in hours (horizon_hours)") && !text.contains("--"), "a library names no command-line flag")
    }

    @Test("An unstable queue bounded by a time horizon runs with a warning")
    func unstableWithHorizon() throws {
        let report = try simulate(Self.overloaded(), runs: 2, warmup: 0, horizonHours: 50)
        #expect(report.warnings.contains { $0.contains("unit 'owner' would be 150% busy") && $0.contains("bounded by time") },
                "\(report.warnings)")
        #expect((report.unit("owner")?.utilisation.mean ?? 0) > 0.9)
    }

    @Test("A model where nothing arrives is refused")
    func noArrivals() throws {
        var model = Self.overloaded()
        model.caseTypes = ["{id: c, owner: owner}"]
        let error = #expect(throws: SimulationError.self) { try simulate(model, runs: 2, cases: 100) }
        guard case .noArrivals? = error else {
            Issue.record("expected .noArrivals, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("add 'arrivals'") == true)
    }

    @Test("An unknown parameter is refused with a suggestion")
    func unknownParameter() throws {
        let error = #expect(throws: SimulationError.self) {
            try simulate(StructuralPolicyTests.operations(), parameters: ["escalaton_hops": 2], runs: 2, cases: 100)
        }
        guard case .invalidOptions(let reason)? = error else {
            Issue.record("expected .invalidOptions, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("unknown simulation parameter 'escalaton_hops' (did you mean 'escalation_hops'?)"), "\(reason)")

        // In the model file, the same mistake is an error of the file itself, at its line:
        // loading refuses it, so `validate` and `simulate` agree.
        var model = StructuralPolicyTests.operations()
        model.parameters = ["retelling_minuts": 3]
        let fileError = #expect(throws: DiagnosticsError.self) { try simulate(model, runs: 2, cases: 100) }
        let diagnostics = fileError?.description ?? ""
        #expect(diagnostics.contains("did you mean 'retelling_minutes'"), "\(diagnostics)")
        #expect(diagnostics.contains("Test organization.yaml:"), "\(diagnostics)")
    }

    @Test("A parameter out of its range is refused")
    func parameterOutOfRange() throws {
        let error = #expect(throws: SimulationError.self) {
            try simulate(StructuralPolicyTests.operations(), parameters: ["stale_risk_daily": 1.5], runs: 2, cases: 100)
        }
        #expect(error?.description.contains("stale_risk_daily = 1.5 is out of range; expected 0.0…1.0") == true,
                "\(String(describing: error))")
    }

    @Test("A routing row summing to more than 1 is caught by validation, naming the unit")
    func routingRowOverOne() throws {
        var model = ExplicitRoutingTests.jackson
        model.routing = ["a: {b: 0.7, c: 0.5}"]
        let error = #expect(throws: DiagnosticsError.self) { try model.load() }
        #expect(error?.description.contains("routing.a: routing probabilities add up to 1.2") == true, "\(String(describing: error))")
    }

    @Test("Explicit routing that never lets a case leave is refused, not run forever")
    func closedRouting() throws {
        var model = ExplicitRoutingTests.jackson
        model.routing = ["a: {b: 1}", "b: {a: 1}"]
        let error = #expect(throws: SimulationError.self) { try simulate(model, runs: 2, cases: 100) }
        guard case .invalidModel? = error else {
            Issue.record("expected .invalidModel, got \(String(describing: error))")
            return
        }
        let text = error?.description ?? ""
        #expect(text.contains("'a'") && text.contains("'b'") && text.contains("can never be resolved"), "\(text)")
    }

    @Test("Escalation off and an owner no unit ever picks is refused, not run forever")
    func ownerNeverFound() throws {
        let lost: [String: Double] = ["escalation_hops": 0, "undeclared_routing_accuracy": 0]
        let error = #expect(throws: SimulationError.self) {
            try simulate(StructuralPolicyTests.operations(), parameters: lost, runs: 2, cases: 100)
        }
        guard case .invalidModel(let reason)? = error else {
            Issue.record("expected .invalidModel, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("case type 'complaint' arriving at 'front' may never reach its owner 'back'"), "\(reason)")

        // No decay left beyond 2 steps, and an owner more than 2 steps from every unit the
        // case can wander to (the sales division and the chief executive).
        var deep = StructuralPolicyTests.acrossDivisions()
        deep.units.append("{id: team, kind: operations, parent: ops, case_handlers: 2, handling_minutes: 12}")
        deep.replaceUnit("back", with: "{id: back, kind: operations, parent: team, case_handlers: 4, handling_minutes: 12}")
        let decayed: [String: Double] = ["escalation_hops": 0, "accuracy_decay_per_level": 0]
        #expect(throws: SimulationError.self) { try simulate(deep, parameters: decayed, runs: 2, cases: 100) }
        // A declared handoff to the owner is not enough: a case the front desk misroutes can
        // wander up to the chief executive, who has nobody to pass it to but himself.
        #expect(throws: SimulationError.self) {
            try simulate(StructuralPolicyTests.operations(handoffs: [StructuralPolicyTests.declared]), parameters: lost, runs: 2, cases: 100)
        }
        // Escalation on, or a positive accuracy wherever a case can go: it runs.
        _ = try simulate(StructuralPolicyTests.operations(), parameters: ["undeclared_routing_accuracy": 0], runs: 2, cases: 200)
        _ = try simulate(StructuralPolicyTests.acrossDivisions(), parameters: ["escalation_hops": 0], runs: 2, cases: 200)
    }

    @Test("Explicit routing that traps cases in a loop names the units, not a matrix column")
    func explicitTrapNamesUnits() throws {
        var model = StructuralPolicyTests.operations()
        model.mode = "explicit"
        model.routing = ["front: {other: 0.3, dept: 0.3}", "other: {dept: 1}", "dept: {team: 1}", "team: {dept: 1}"]
        do {
            _ = try simulate(model, runs: 2, cases: 100)
            Issue.record("a routing loop without an exit was simulated")
        } catch let error as SimulationError {
            let text = error.description
            #expect(text.contains("'dept'") && text.contains("'team'") && text.contains("'other'"), "\(text)")
            #expect(!text.contains("'front'"), "front resolves half of its cases: \(text)")
            #expect(!text.contains("column"), "\(text)")
        }
        // One unit in the loop resolving a share is enough.
        model.routing[3] = "team: {dept: 0.2}"
        let report = try simulate(model, runs: 2, cases: 200)
        #expect(report.cases.handoffs.mean > 1)
    }

    @Test("Explicit mode without a routing table says so")
    func explicitWithoutRouting() throws {
        let report = try simulate(StructuralPolicyTests.operations(), runs: 2, cases: 200, mode: .explicit)
        #expect(report.mode == "explicit")
        #expect(report.cases.handoffs.high == 0)
        #expect(report.warnings.contains { $0.contains("without a routing table") }, "\(report.warnings)")
    }
}
