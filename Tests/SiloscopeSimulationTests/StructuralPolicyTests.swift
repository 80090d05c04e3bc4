import Foundation
import SiloscopeEngine
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// One test per routing mechanism of structural mode: the same model and seed with the
/// mechanism on and off, asserting the direction and a minimum size of its effect, with
/// non-overlapping 95 % intervals or paired differences over replications.
@Suite("Structural routing mechanisms")
struct StructuralPolicyTests {
    /// A front desk, the owner (`back`) and a sibling team (`other`) under the operations
    /// manager, the chief executive above; complaints arrive at the front desk. The units
    /// have no KPIs (so no priorities) and the data no copies (so no reopens).
    static func operations(ownerParent: String = "ops", handoffs: [String] = []) -> ModelText {
        ModelText(
            units: [
                "{id: ceo, kind: executive, case_handlers: 4, handling_minutes: 20}",
                "{id: ops, kind: executive, parent: ceo, case_handlers: 4, handling_minutes: 20}",
                "{id: front, kind: contact_center, parent: ops, case_handlers: 4, handling_minutes: 6}",
                "{id: other, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12}",
                "{id: dept, kind: operations, parent: ops, case_handlers: 2, handling_minutes: 12}",
                "{id: team, kind: operations, parent: dept, case_handlers: 2, handling_minutes: 12}",
                "{id: back, kind: operations, parent: \(ownerParent), case_handlers: 4, handling_minutes: 12}",
            ],
            handoffs: handoffs,
            touchpoints: ["{id: phone, channel: phone, unit: front}"],
            caseTypes: ["{id: complaint, owner: back, arrivals: [{touchpoint: phone, per_hour: 6}]}"])
    }

    static let declared = "{from: front, to: back, case_types: [complaint]}"

    // MARK: Start and ownership

    @Test("A case starts at its touchpoint's unit and only its owner resolves it")
    func startsAtTouchpointOwnerResolves() throws {
        var atOwner = Self.operations()
        atOwner.touchpoints = ["{id: phone, channel: phone, unit: back}"]
        let direct = try simulate(atOwner)
        #expect(direct.cases.handoffs.high == 0)
        #expect(direct.cases.firstContactResolution.low == 1)
        #expect(direct.cases.tellings.high == 1)

        let log = EventLogSink()
        let routed = try simulate(Self.operations(handoffs: [Self.declared]), runs: 2, cases: 2_000, eventLog: log)
        #expect(routed.cases.firstContactResolution.high == 0)
        #expect(routed.cases.handoffs.low >= 1)
        let rows = EventLogRows(csv: log.csv())
        var reachedOwner = 0
        for (_, services) in rows.servicesByCase {
            #expect(services.first?.unit == "front", "every case starts at the touchpoint's unit")
            if let last = services.lastIndex(where: { $0.unit == "back" }) {
                #expect(last == services.count - 1, "nothing happens to a case after its owner resolved it")
                reachedOwner += 1
            }
        }
        #expect(Double(reachedOwner) >= 0.97 * Double(rows.servicesByCase.count))
    }

    // MARK: Handoffs, accuracy and distance

    @Test("A declared handoff to the owner means fewer bounces and faster resolution")
    func declaredHandoffRoutesBetter() throws {
        let blind = try simulate(Self.operations())
        let declared = try simulate(Self.operations(handoffs: [Self.declared]))
        #expect(blind.cases.bounces.isAbove(declared.cases.bounces))
        #expect(declared.cases.bounces.mean <= 0.35 * blind.cases.bounces.mean)
        #expect(blind.cases.resolutionMinutes.isAbove(declared.cases.resolutionMinutes))
        #expect(declared.cases.resolutionMinutes.mean <= 0.8 * blind.cases.resolutionMinutes.mean)
        #expect(blind.cases.handoffs.isAbove(declared.cases.handoffs))
        note("bounces \(blind.cases.bounces.text) → \(declared.cases.bounces.text); minutes \(blind.cases.resolutionMinutes.text) → \(declared.cases.resolutionMinutes.text); handoffs \(blind.cases.handoffs.text) → \(declared.cases.handoffs.text)")
        #expect(blind.edge("front", "back")?.declared == false)
        #expect(declared.edge("front", "back")?.declared == true)
    }

    @Test("Routing accuracy falls with organizational distance to the owner")
    func accuracyFallsWithDistance() throws {
        // The owner as the front desk's sibling (distance 2) or three levels down (distance 4).
        let near = try simulate(Self.operations(ownerParent: "ops"))
        let far = try simulate(Self.operations(ownerParent: "team"))
        #expect(far.cases.bounces.isAbove(near.cases.bounces))
        #expect(far.cases.bounces.mean >= 1.3 * near.cases.bounces.mean)
        #expect(far.cases.handoffs.isAbove(near.cases.handoffs))

        // The same far owner with the decay switched off routes about as well as the near one.
        let noDecay = try simulate(Self.operations(ownerParent: "team"), parameters: ["accuracy_decay_per_level": 1])
        #expect(far.cases.bounces.isAbove(noDecay.cases.bounces))
        #expect(far.cases.bounces.mean >= 1.2 * noDecay.cases.bounces.mean)
        note("bounces near \(near.cases.bounces.text), far \(far.cases.bounces.text), far without decay \(noDecay.cases.bounces.text); handoffs near \(near.cases.handoffs.text) far \(far.cases.handoffs.text)")
    }

    @Test("A wrong receiver bounces the case back: ping-pong")
    func wrongReceiverBouncesBack() throws {
        let model = Self.operations()
        let none = try simulate(model, parameters: ["bounce_back_probability": 0])
        let pingPong = try simulate(model)
        #expect(none.cases.bounces.high == 0)
        #expect(pingPong.cases.bounces.low >= 0.2)
        // A bounce goes back to the sender: every edge carrying bounces mirrors one that
        // carried at least as many cases the other way.
        let bouncing = pingPong.edges.filter { $0.bounces.mean > 0 }
        #expect(!bouncing.isEmpty)
        for edge in bouncing {
            let forward = pingPong.edge(edge.to, edge.from)
            #expect((forward?.cases.mean ?? 0) >= edge.bounces.mean, "\(edge.from) → \(edge.to)")
            #expect(edge.declared == false)
        }
        note("bounces off \(none.cases.bounces.text), on \(pingPong.cases.bounces.text); minutes \(none.cases.resolutionMinutes.text) → \(pingPong.cases.resolutionMinutes.text)")
    }

    // MARK: Transfer time and context

    @Test("Transfer time grows with the reporting levels a handoff crosses")
    func transferGrowsWithLevels() throws {
        let exact: [String: Double] = ["declared_routing_accuracy": 1]
        let model = Self.operations(handoffs: [Self.declared])
        let flat = try simulate(model, parameters: exact.merging(["transfer_minutes_per_level": 0]) { $1 })
        let sloped = try simulate(model, parameters: exact)
        // One handoff between siblings (distance 2) at 5 minutes a level: 10 minutes more.
        let added = pairedDifference(sloped, flat) { $0.resolutionMinutes }
        #expect(added.contains(10, slack: 0.5), "added \(added)")
        let edge = try #require(sloped.edge("front", "back"))
        let perCase = edge.addedMinutes.mean / edge.cases.mean
        // Declared 15 min + 2 levels × 5 min, and 4 retelling minutes when the context is
        // lost (declared_context_kept 0.7).
        #expect(abs(perCase - 26.2) < 0.02 * 26.2, "got \(perCase)")

        // The same handoff to an owner at distance 4 costs 10 minutes more again.
        var far = Self.operations(ownerParent: "team", handoffs: [Self.declared])
        far.name = "Far owner"
        let farther = try simulate(far, parameters: exact)
        let levels = pairedDifference(farther, sloped) { $0.resolutionMinutes }
        #expect(levels.contains(10, slack: 1), "added \(levels)")
        note("per level 0→5: +\(added.text) min; distance 2→4: +\(levels.text) min; edge minutes per case \(perCase)")
    }

    @Test("Lost context makes the customer tell the story again")
    func lostContextMeansRetelling() throws {
        let exact: [String: Double] = ["declared_routing_accuracy": 1]
        let kept = try simulate(Self.operations(), parameters: ["declared_context_kept": 1, "undeclared_context_kept": 1])
        #expect(kept.cases.tellings.low == 1 && kept.cases.tellings.high == 1, "\(kept.cases.tellings)")

        // One handoff keeping the context with probability 0.6: 1 + 0.4 tellings per case.
        let lossy = try simulate(Self.operations(handoffs: ["{from: front, to: back, case_types: [complaint], context_kept: 0.6}"]),
                                 parameters: exact)
        #expect(lossy.cases.tellings.contains(1.4, slack: 0.01), "\(lossy.cases.tellings)")
        let whole = try simulate(Self.operations(handoffs: ["{from: front, to: back, case_types: [complaint], context_kept: 1}"]),
                                 parameters: exact)
        #expect(whole.cases.tellings.low == 1 && whole.cases.tellings.high == 1)
        // Each retelling costs the receiver retelling_minutes (4): 0.4 × 4 = 1.6 staff minutes.
        let staff = pairedDifference(lossy, whole) { $0.staffMinutes }
        #expect(staff.contains(1.6, slack: 0.3), "\(staff)")

        // A receiver whose screen shows a current record with the case's data recovers 80 %
        // of lost context: 1 + 0.4 × 0.2 tellings.
        var screen = Self.operations(handoffs: ["{from: front, to: back, case_types: [complaint], context_kept: 0.6}"])
        screen.systems = ["{id: core, holds: [address]}"]
        screen.replaceUnit("back", with: "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12, reads: [core]}")
        screen.caseTypes = ["{id: complaint, owner: back, data_needed: [address], arrivals: [{touchpoint: phone, per_hour: 6}]}"]
        let recovered = try simulate(screen, parameters: exact)
        #expect(recovered.cases.tellings.contains(1.08, slack: 0.01), "\(recovered.cases.tellings)")
        note("tellings kept \(kept.cases.tellings.text), lossy \(lossy.cases.tellings.text), recovered \(recovered.cases.tellings.text); staff +\(staff.text)")
    }

    // MARK: Escalation

    /// The owner in another division, no declared handoffs, poor routing: cases wander.
    static func acrossDivisions() -> ModelText {
        ModelText(
            units: [
                "{id: ceo, kind: executive, case_handlers: 4, handling_minutes: 20}",
                "{id: sales, kind: executive, parent: ceo, case_handlers: 4, handling_minutes: 20}",
                "{id: front, kind: sales, parent: sales, case_handlers: 4, handling_minutes: 6}",
                "{id: desk, kind: sales, parent: sales, case_handlers: 4, handling_minutes: 6}",
                "{id: ops, kind: executive, parent: ceo, case_handlers: 4, handling_minutes: 20}",
                "{id: other, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12}",
                "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12}",
            ],
            touchpoints: ["{id: phone, channel: phone, unit: front}"],
            caseTypes: ["{id: complaint, owner: back, arrivals: [{touchpoint: phone, per_hour: 4}]}"])
    }

    @Test("After escalation_hops handoffs the lowest common manager sends the case to the owner")
    func escalationBoundsHandoffs() throws {
        let model = Self.acrossDivisions()
        let loaded = try model.load()
        let off = try simulate(model, parameters: ["escalation_hops": 0])
        let on = try simulate(model, parameters: ["escalation_hops": 2])
        #expect(off.cases.escalations.high == 0)
        #expect(on.cases.escalations.low >= 0.2, "\(on.cases.escalations)")
        #expect(off.cases.handoffs.isAbove(on.cases.handoffs))
        // The chief executive, the lowest common manager of sales and operations, spends
        // time only on escalations.
        let managerOff = off.unit("ceo")?.utilisation.mean ?? 0, managerOn = on.unit("ceo")?.utilisation.mean ?? 0
        #expect(managerOff < 0.001)
        #expect(managerOn > 0.01)
        #expect(on.edge("ceo", "back")?.cases.mean ?? 0 > 0)

        // The worst case: H hops, one bounce back, up to the manager, down to the owner.
        func maximumHandoffs(_ hops: Double) throws -> Double {
            var parameters = try SimulationParameters.of(loaded)
            parameters.apply(["escalation_hops": hops])
            let org = try CompiledOrganization(loaded.model, parameters: parameters)
            let policy = StructuralPolicy(org: org, parameters: parameters)
            let report = try Replications.run(
                network: org.network(), plan: ReplicationPlan(seed: 7, replications: 2, length: .jobs(warmUp: 500, measured: Scale.cases)),
                policy: { _ in policy }, observer: { _ in CaseMetricsObserver(caseTypes: 1) })
            return report.observers.map(\.handoffs.maximum).max() ?? 0
        }
        let maxOn = try maximumHandoffs(2), maxOff = try maximumHandoffs(0)
        #expect(maxOn <= 5)
        #expect(maxOff > 5)
        note("escalations off \(off.cases.escalations.text), on \(on.cases.escalations.text); handoffs \(off.cases.handoffs.text) → \(on.cases.handoffs.text); max \(maxOff) → \(maxOn); manager busy \(managerOff) → \(managerOn); minutes \(off.cases.resolutionMinutes.text) → \(on.cases.resolutionMinutes.text)")
    }

    @Test("Escalation still fires after more than 255 handoffs")
    func escalationAfterManyHops() throws {
        // Nobody ever picks the owner: only escalation ends a case. The hop counter once
        // saturated at 255, so escalation_hops above it never fired and the run never ended.
        let report = try simulate(Self.acrossDivisions(), parameters: [
            "undeclared_routing_accuracy": 0, "escalation_hops": 300, "bounce_back_probability": 0,
            "undeclared_transfer_minutes": 0, "transfer_minutes_per_level": 0, "triage_fraction": 0.01,
        ], runs: 2, cases: 100, warmup: 0)
        #expect(report.cases.escalations.low == 1 && report.cases.escalations.high == 1)
        #expect(report.cases.handoffs.low >= 300)
    }

    // MARK: Stale data

    /// The owner reads the address from a copy of the core system synced as given.
    static func staleCopy(sync: String) -> ModelText {
        var model = operations(handoffs: [declared])
        model.systems = ["{id: core, holds: [address]}", "{id: copy, copy_of: core, sync: \(sync), holds: [address]}"]
        model.replaceUnit("back", with: "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12, reads: [copy]}")
        model.caseTypes = ["{id: complaint, owner: back, data_needed: [address], arrivals: [{touchpoint: phone, per_hour: 6}]}"]
        return model
    }

    @Test("Resolving from a copy that is not synced makes customers come back")
    func staleCopyCausesReopens() throws {
        let manual = try simulate(Self.staleCopy(sync: "manual"))
        let realtime = try simulate(Self.staleCopy(sync: "realtime"))
        #expect(realtime.cases.reopens.high == 0)
        // stale_risk_manual 0.15, at most 2 reopens: 0.15 + 0.15² per case.
        #expect(manual.cases.reopens.contains(0.1725, slack: 0.01), "\(manual.cases.reopens)")
        // Each reopen costs reopen_delay_minutes (480) of the customer's time and rework.
        let minutes = pairedDifference(manual, realtime) { $0.resolutionMinutes }
        #expect(minutes.low >= 0.8 * 0.1725 * 480, "\(minutes)")
        #expect(manual.cases.staffMinutes.isAbove(realtime.cases.staffMinutes))
        #expect(manual.cases.firstContactResolution.high == 0)

        let capped = try simulate(Self.staleCopy(sync: "manual"), parameters: ["max_reopens": 0])
        #expect(capped.cases.reopens.high == 0)
        note("reopens manual \(manual.cases.reopens.text), realtime \(realtime.cases.reopens.text); minutes +\(minutes.text)")
        let weekly = try simulate(Self.staleCopy(sync: "weekly"))
        #expect(weekly.cases.reopens.contains(0.08 + 0.08 * 0.08, slack: 0.01), "\(weekly.cases.reopens)")
    }

    // MARK: Priorities

    /// A busy owner (85 %) fed by a front desk in its own division and one in another.
    static func busyOwner(kpi: String) -> ModelText {
        ModelText(
            units: [
                "{id: ceo, kind: executive, case_handlers: 2, handling_minutes: 20}",
                "{id: ops, kind: executive, parent: ceo, case_handlers: 2, handling_minutes: 20}",
                "{id: sales, kind: executive, parent: ceo, case_handlers: 2, handling_minutes: 20}",
                "{id: own_desk, kind: contact_center, parent: ops, case_handlers: 4, handling_minutes: 6}",
                "{id: far_desk, kind: sales, parent: sales, case_handlers: 4, handling_minutes: 6}",
                "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12, kpis: [\(kpi)]}",
            ],
            handoffs: [
                "{from: own_desk, to: back, transfer_minutes: 10, context_kept: 1}",
                "{from: far_desk, to: back, transfer_minutes: 10, context_kept: 1}",
            ],
            touchpoints: ["{id: phone, unit: own_desk}", "{id: shop, unit: far_desk}"],
            caseTypes: [
                "{id: own, owner: back, arrivals: [{touchpoint: phone, per_hour: 8.5}]}",
                "{id: cross, owner: back, arrivals: [{touchpoint: shop, per_hour: 8.5}]}",
            ],
            parameters: ["declared_routing_accuracy": 1, "transfer_minutes_per_level": 0])
    }

    @Test("A unit without customer-centric KPIs serves other divisions' cases last")
    func ownDivisionFirst() throws {
        let selfish = try simulate(Self.busyOwner(kpi: "Cost per case"), runs: Scale.busyRuns, cases: Scale.busyCases)
        let own = try #require(selfish.caseType("own")), cross = try #require(selfish.caseType("cross"))
        #expect(cross.resolutionMinutes.isAbove(own.resolutionMinutes))
        #expect(cross.resolutionMinutes.mean - own.resolutionMinutes.mean >= 10,
                "own \(own.resolutionMinutes), cross \(cross.resolutionMinutes)")

        note("own \(own.resolutionMinutes.text), cross \(cross.resolutionMinutes.text)")
        // Priorities off, or customer-centric KPIs: both wait alike.
        for report in [try simulate(Self.busyOwner(kpi: "Cost per case"), parameters: ["priority_enabled": 0], runs: Scale.busyRuns, cases: Scale.busyCases),
                       try simulate(Self.busyOwner(kpi: "{name: Resolution time, customer_centric: true}"), runs: Scale.busyRuns, cases: Scale.busyCases)] {
            let own = try #require(report.caseType("own")), cross = try #require(report.caseType("cross"))
            note("alike: own \(own.resolutionMinutes.text), cross \(cross.resolutionMinutes.text)")
            #expect(abs(cross.resolutionMinutes.mean - own.resolutionMinutes.mean) < 2,
                    "own \(own.resolutionMinutes), cross \(cross.resolutionMinutes)")
        }
    }

    // MARK: The CRM team as broker

    /// Complaints go through a brokering CRM team under `crmParent`; requests go straight
    /// to the busy owner in operations, whose KPIs are not customer-centric.
    static func brokered(crmParent: String, ownerKPI: String = "Cost per case") -> ModelText {
        ModelText(
            name: "CRM under \(crmParent)",
            units: [
                "{id: ceo, kind: executive, case_handlers: 2, handling_minutes: 20}",
                "{id: ops, kind: executive, parent: ceo, case_handlers: 2, handling_minutes: 20}",
                "{id: it, kind: executive, parent: ceo, case_handlers: 2, handling_minutes: 20}",
                "{id: front, kind: contact_center, parent: ops, case_handlers: 4, handling_minutes: 6}",
                "{id: back, kind: operations, parent: ops, case_handlers: 4, handling_minutes: 12, kpis: [\(ownerKPI)]}",
                "{id: helpdesk, kind: it, parent: it, case_handlers: 2, handling_minutes: 10}",
                "{id: crm, kind: crm, parent: \(crmParent), case_handlers: 4, handling_minutes: 5}",
            ],
            handoffs: ["{from: front, to: back, case_types: [request], transfer_minutes: 10, context_kept: 1}"],
            touchpoints: ["{id: phone, unit: front}"],
            caseTypes: [
                "{id: complaint, kind: complaint, owner: back, arrivals: [{touchpoint: phone, per_hour: 8.5}]}",
                "{id: request, kind: request, owner: back, arrivals: [{touchpoint: phone, per_hour: 8.5}]}",
            ],
            crm: "{unit: crm, functions: [complaint_management, single_customer_view]}",
            parameters: ["declared_routing_accuracy": 1, "crm_routing_accuracy": 1])
    }

    @Test("Complaints go through a brokering CRM team, which routes them accurately")
    func crmBrokersComplaints() throws {
        let report = try simulate(Self.brokered(crmParent: "it"))
        #expect(report.edge("front", "crm")?.cases.mean ?? 0 > 0)
        #expect(report.edge("crm", "back")?.cases.mean ?? 0 > 0)
        #expect(report.edge("front", "back")?.cases.mean ?? 0 > 0, "requests skip the CRM team")
        #expect(report.cases.bounces.high == 0, "the CRM team and the declared handoff never misroute here")
        #expect(report.caseType("complaint")?.handoffs.mean == 2)
        #expect(report.caseType("request")?.handoffs.mean == 1)
    }

    @Test("A CRM team under the chief executive brokers faster than one under IT")
    func crmPlacementMatters() throws {
        let underIT = try simulate(Self.brokered(crmParent: "it"), runs: Scale.busyRuns, cases: Scale.busyCases)
        let underCEO = try simulate(Self.brokered(crmParent: "ceo"), runs: Scale.busyRuns, cases: Scale.busyCases)
        let it = try #require(underIT.caseType("complaint")), ceo = try #require(underCEO.caseType("complaint"))
        // Closer to the owner (one level less each way) and with authority over it.
        #expect(it.resolutionMinutes.isAbove(ceo.resolutionMinutes))
        #expect(it.resolutionMinutes.mean - ceo.resolutionMinutes.mean >= 15, "IT \(it.resolutionMinutes), CEO \(ceo.resolutionMinutes)")
        // The owner's own requests pay for it: they now share the queue with complaints.
        let itRequest = try #require(underIT.caseType("request")), ceoRequest = try #require(underCEO.caseType("request"))
        #expect(ceoRequest.resolutionMinutes.isAbove(itRequest.resolutionMinutes))

        // Without priorities only the coordination cost is left: 2 handoffs × 1 level × 5 min.
        let fifo: [String: Double] = ["priority_enabled": 0, "crm_out_of_reach_priority": 0]
        let coordination = pairedDifference(try simulate(Self.brokered(crmParent: "it"), parameters: fifo),
                                            try simulate(Self.brokered(crmParent: "ceo"), parameters: fifo)) { $0.resolutionMinutes }
        note("complaints IT \(it.resolutionMinutes.text), CEO \(ceo.resolutionMinutes.text); requests IT \(itRequest.resolutionMinutes.text), CEO \(ceoRequest.resolutionMinutes.text); coordination only \(coordination.text)")
        // Half the cases are complaints.
        #expect(coordination.contains(5, slack: 1), "\(coordination)")
    }

    @Test("Owners outside the CRM team's reach serve its requests after their own work")
    func crmAuthority() throws {
        // A customer-centric owner serves everyone alike, except requests from a CRM team
        // with no authority over it.
        let model = Self.brokered(crmParent: "it", ownerKPI: "{name: Resolution time, customer_centric: true}")
        let weak = try #require(try simulate(model, runs: Scale.busyRuns, cases: Scale.busyCases).caseType("complaint"))
        let ignored = try #require(try simulate(model, parameters: ["crm_out_of_reach_priority": 0], runs: Scale.busyRuns, cases: Scale.busyCases)
            .caseType("complaint"))
        #expect(weak.resolutionMinutes.isAbove(ignored.resolutionMinutes))
        #expect(weak.resolutionMinutes.mean - ignored.resolutionMinutes.mean >= 10)
        note("complaints with authority rule \(weak.resolutionMinutes.text), without \(ignored.resolutionMinutes.text)")
    }
}
