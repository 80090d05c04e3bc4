import Foundation
import SiloscopeEngine
import SiloscopeModel

/// Structural routing: where a case goes emerges from the org graph.
///
/// A case starts at its touchpoint's unit and only its owner resolves it. A unit that
/// cannot resolve hands it on: along a declared handoff to the owner it usually picks
/// right; without one its accuracy falls with organizational distance, and a wrong
/// receiver bounces the case back ("not our job") or passes it on. Every handoff takes
/// transfer time growing with the levels crossed and may lose the context, so the
/// customer tells the story again. After `escalation_hops` handoffs the lowest common
/// manager steps in and sends the case straight to the owner. A resolution read from a
/// stale copy may be wrong: the customer comes back. Units without customer-centric
/// KPIs serve other divisions' cases last. Where the CRM team owns complaint
/// management, front units send complaints to it and it brokers them, with authority
/// over owners inside its manager's reach. docs/simulation.md states every rule.
///
/// With `twin` set, the policy is the friction index's twin world: every case is
/// already at its owner (the network's sources point there), keeps its context and reads
/// synced data, so it leaves after one service.
public struct StructuralPolicy: RoutingPolicy, Sendable {
    let org: CompiledOrganization
    let twin: Bool

    // Parameters unpacked for the hot path.
    private let declaredAccuracy: Double
    private let undeclaredAccuracy: Double
    private let decay: Double
    private let bounceBack: Double
    private let undeclaredContext: Double
    private let recovery: Double
    private let retelling: Double
    private let triage: Double
    private let undeclaredTransfer: Double
    private let perLevel: Double
    private let escalationHops: Int32
    private let reopenDelay: Double
    private let maxReopens: Int32
    private let priorityEnabled: Bool
    private let crmAccuracy: Double
    private let crmAuthority: Bool

    /// Creates the policy for a compiled organization.
    public init(org: CompiledOrganization, parameters: SimulationParameters, twin: Bool = false) {
        self.org = org
        self.twin = twin
        declaredAccuracy = parameters["declared_routing_accuracy"]
        undeclaredAccuracy = parameters["undeclared_routing_accuracy"]
        decay = parameters["accuracy_decay_per_level"]
        bounceBack = parameters["bounce_back_probability"]
        undeclaredContext = parameters["undeclared_context_kept"]
        recovery = parameters["record_context_recovery"]
        retelling = parameters["retelling_minutes"]
        triage = parameters["triage_fraction"]
        undeclaredTransfer = parameters["undeclared_transfer_minutes"]
        perLevel = parameters["transfer_minutes_per_level"]
        escalationHops = Int32(parameters["escalation_hops"])
        reopenDelay = parameters["reopen_delay_minutes"]
        maxReopens = Int32(parameters["max_reopens"])
        priorityEnabled = parameters["priority_enabled"] >= 0.5
        crmAccuracy = parameters["crm_routing_accuracy"]
        crmAuthority = parameters["crm_out_of_reach_priority"] >= 0.5
    }

    /// Sets the owner, the first telling and the front unit's service.
    public mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {
        let caseType = Int(job.classID)
        job.owner = org.caseOwner[caseType]
        job.origin = -1
        job.tellings = 1
        job.priorityClass = 0
        job.serviceMultiplier = station == Int(job.owner) ? org.caseMultiplier[caseType] : triage
    }

    /// Decides where a case goes after a service.
    public mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                               random: inout RoutingStreams) -> RoutingDecision {
        let unit = station
        let owner = Int(job.owner)
        let caseType = Int(job.classID)
        if twin { return .exit }

        if unit == owner {
            let risk = org.caseStaleRisk[caseType]
            if risk > 0, job.reopens < maxReopens, random.decision.nextUniform() < risk {
                // Resolved from stale data: the customer comes back to the front unit.
                job.reopens += 1
                job.hops = 0
                job.flags = []
                job.tellings += 1
                let front = org.sources[Int(job.source)].unit
                job.serviceMultiplier = front == owner ? org.caseMultiplier[caseType] : triage
                job.extraServiceTime = retelling
                job.origin = -1
                job.flags = [.lastWasReopen]
                return .move(to: front, delay: exponential(reopenDelay, &random.delay), priorityClass: 0)
            }
            return .exit
        }

        var flags = job.flags
        if flags.contains(.atWrongReceiver) {
            flags.remove(.atWrongReceiver)
            job.flags = flags
            let sender = Int(job.origin)
            if sender >= 0, sender != unit, random.decision.nextUniform() < bounceBack {
                job.bounces += 1
                return handoff(&job, from: unit, to: sender, bounce: true, keepContext: false, random: &random)
            }
        }

        // A manager who received an escalation sends the case straight to the owner.
        if flags.contains(.escalated), job.hops == 0 {
            return handoff(&job, from: unit, to: owner, keepContext: true, random: &random)
        }
        if escalationHops > 0, job.hops >= escalationHops {
            let manager = org.graph.lowestCommonManager(unit, owner)
            job.escalations += 1
            job.flags = flags.union(.escalated)
            if manager == unit || manager == owner {
                return handoff(&job, from: unit, to: owner, keepContext: true, random: &random)
            }
            let decision = handoff(&job, from: unit, to: manager, keepContext: true, random: &random)
            job.hops = 0
            job.serviceMultiplier = 1
            return decision
        }

        // Complaints go to a brokering CRM team first.
        let crm = Int(org.crmUnit)
        if org.crmBrokers, crm >= 0, org.caseIsComplaint[caseType] {
            if unit == crm {
                let target = random.decision.nextUniform() < crmAccuracy ? owner : wrongPick(from: unit, owner: owner, caseType: caseType, &random.decision)
                return handoff(&job, from: unit, to: target, keepContext: org.crmSingleView, misrouted: target != owner, random: &random)
            }
            if !flags.contains(.viaCRM) {
                job.flags = flags.union(.viaCRM)
                return handoff(&job, from: unit, to: crm, keepContext: false, random: &random)
            }
        }

        let accuracy = routingAccuracy(from: unit, owner: owner, caseType: caseType)
        let target = random.decision.nextUniform() < accuracy ? owner : wrongPick(from: unit, owner: owner, caseType: caseType, &random.decision)
        return handoff(&job, from: unit, to: target, keepContext: false, misrouted: target != owner, random: &random)
    }

    /// Moves a case from `from` to `to`: counts, transfer time, context, priority, and
    /// the receiver's service (triage, or the owner's resolution).
    @inline(__always)
    private mutating func handoff(_ job: inout JobRecord, from: Int, to: Int, bounce: Bool = false, keepContext: Bool,
                                  misrouted: Bool = false, random: inout RoutingStreams) -> RoutingDecision {
        let caseType = Int(job.classID)
        let owner = Int(job.owner)
        let declared = org.declaredHandoff(from: from, to: to, caseType: caseType)
        let distance = Double(org.distance(from, to))
        let mean = (declared >= 0 ? org.handoffTransfer[declared] : undeclaredTransfer) + perLevel * distance
        let delay = exponential(mean, &random.delay)

        var retold = false
        if !keepContext {
            let kept = declared >= 0 ? org.handoffContext[declared] : undeclaredContext
            if random.decision.nextUniform() >= kept {
                let recovered = org.seesCurrentRecord[caseType * org.graph.count + to] && random.decision.nextUniform() < recovery
                retold = !recovered
            }
        }
        job.handoffs += 1
        job.hops += 1
        job.origin = Int32(from)
        job.flags.remove([.lastWasBounce, .lastRetold, .lastWasReopen])
        if misrouted { job.flags.insert(.atWrongReceiver) }
        if bounce { job.flags.insert(.lastWasBounce) }
        if retold { job.flags.insert(.lastRetold) }
        job.accumulator = delay + (retold ? retelling : 0)
        job.serviceMultiplier = to == owner ? org.caseMultiplier[caseType] : (to == Int(org.crmUnit) ? 1 : triage)
        job.extraServiceTime = retold ? retelling : 0
        if retold { job.tellings += 1 }

        var priority = 0
        if priorityEnabled, !org.customerCentric[to], org.graph.division[from] != org.graph.division[to] { priority = 1 }
        if from == Int(org.crmUnit), crmAuthority, org.crmReach >= 0 {
            // The CRM team's requests carry its manager's authority: inside that manager's
            // reach they are served with the receiver's own work, outside it after.
            priority = org.graph.isInSubtree(to, of: Int(org.crmReach)) ? 0 : 1
        }
        if job.flags.contains(.escalated), to == owner { priority = 0 }

        return .move(to: to, delay: delay, priorityClass: priority)
    }

    /// The chance that `unit`, routing a case on its own, picks the owner: high along a
    /// declared handoff that carries the case type, else falling with distance.
    @inline(__always)
    private func routingAccuracy(from unit: Int, owner: Int, caseType: Int) -> Double {
        if org.declares(from: unit, to: owner, caseType: caseType) { return declaredAccuracy }
        let distance = org.distance(unit, owner)
        return undeclaredAccuracy * pow(decay, Double(max(0, distance - 2)))
    }

    /// A plausible wrong receiver: for the brokering CRM team another case owner; else one
    /// of the sender's declared partners, else a unit of its division, else its manager.
    /// Each choice is uniform over the candidates other than the owner and the sender,
    /// drawn exactly (one draw, no retries).
    private func wrongPick(from unit: Int, owner: Int, caseType: Int, _ random: inout Xoshiro256StarStar) -> Int {
        if unit == Int(org.crmUnit), let pick = pickExcluding(org.owners[...], unit, owner, &random) { return pick }
        let partners = org.outTarget[Int(org.outStart[unit])..<Int(org.outStart[unit + 1])]
        if let pick = pickExcluding(partners, unit, owner, &random) { return pick }
        if let members = org.divisionMembers[org.graph.division[unit]], let pick = pickExcluding(members[...], unit, owner, &random) {
            return pick
        }
        let manager = org.graph.parent[unit]
        return manager >= 0 && manager != owner ? manager : org.graph.root == owner ? unit : org.graph.root
    }

    /// A uniform choice among `items` other than `unit` and `owner` (duplicates count
    /// once per occurrence), or nil when there is none.
    @inline(__always)
    private func pickExcluding(_ items: ArraySlice<Int32>, _ unit: Int, _ owner: Int, _ random: inout Xoshiro256StarStar) -> Int? {
        var eligible = 0
        for item in items where Int(item) != unit && Int(item) != owner { eligible += 1 }
        guard eligible > 0 else { return nil }
        var pick = random.nextIndex(below: eligible)
        for item in items where Int(item) != unit && Int(item) != owner {
            if pick == 0 { return Int(item) }
            pick -= 1
        }
        return nil
    }

    @inline(__always)
    private func exponential(_ mean: Double, _ random: inout Xoshiro256StarStar) -> Double {
        mean <= 0 ? 0 : -mean * log(random.nextUniform())
    }
}

extension StructuralPolicy {
    /// A case type whose owner some of its cases can never reach, with the unit they
    /// would start from; `nil` when every case is resolved with probability 1.
    ///
    /// With escalation on, the lowest common manager always sends a case to its owner, so
    /// every case ends. With escalation off (`escalation_hops = 0`) a case ends only if
    /// every unit it can wander to can still find the owner: this follows the policy's
    /// rules over units (wrong picks, bounces back, the brokering CRM team) and checks
    /// that each unit a case can reach on its own has a path to one that picks the owner
    /// with a positive chance. Run before simulating, so that a zero accuracy never makes
    /// a run go on forever.
    ///
    /// - Complexity: O(case types × passes × (units + declared handoffs + division sizes));
    ///   only computed when escalation is off.
    func unreachableOwner() -> (caseType: Int, unit: Int)? {
        guard escalationHops == 0, !twin else { return nil }
        let n = org.graph.count
        let crm = Int(org.crmUnit)
        // A wrong receiver routes on its own only when it does not always bounce back.
        let wanders = bounceBack < 1
        var goodByCaseType: [Int: [Bool]] = [:]
        for source in org.sources {
            let caseType = source.caseType
            let owner = Int(org.caseOwner[caseType])
            guard source.unit != owner else { continue }
            let brokered = org.crmBrokers && crm >= 0 && org.caseIsComplaint[caseType]
            if brokered && crm == owner { continue }
            func accuracy(_ unit: Int) -> Double {
                brokered && unit == crm ? crmAccuracy : routingAccuracy(from: unit, owner: owner, caseType: caseType)
            }
            // Units that find the owner, directly or through their wrong picks (least fixpoint).
            let good: [Bool]
            if let known = goodByCaseType[caseType] {
                good = known
            } else {
                var found = (0..<n).map { $0 != owner && accuracy($0) > 0 }
                var changed = wanders
                while changed {
                    changed = false
                    for unit in 0..<n where unit != owner && !found[unit] && accuracy(unit) < 1
                        && wrongPickCandidates(from: unit, owner: owner).contains(where: { found[$0] }) {
                        found[unit] = true
                        changed = true
                    }
                }
                goodByCaseType[caseType] = found
                good = found
            }
            // Every unit a case can reach routing on its own, from where it starts, must be good.
            let start = brokered ? crm : source.unit
            var seen = [Bool](repeating: false, count: n)
            var stack = [start]
            seen[start] = true
            while let unit = stack.popLast() {
                if !good[unit] { return (caseType, source.unit) }
                guard wanders, accuracy(unit) < 1 else { continue }
                for next in wrongPickCandidates(from: unit, owner: owner) where next != owner && !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
        }
        return nil
    }

    /// Every unit ``wrongPick(from:owner:caseType:_:)`` can return.
    private func wrongPickCandidates(from unit: Int, owner: Int) -> [Int] {
        let partners = (Int(org.outStart[unit])..<Int(org.outStart[unit + 1])).map { Int(org.outTarget[$0]) }.filter { $0 != owner }
        if !partners.isEmpty { return partners }
        var candidates: [Int] = []
        if let members = org.divisionMembers[org.graph.division[unit]], members.count > 2 {
            candidates = members.map(Int.init).filter { $0 != unit && $0 != owner }
        }
        let manager = org.graph.parent[unit]
        candidates.append(manager >= 0 && manager != owner ? manager : org.graph.root == owner ? unit : org.graph.root)
        return candidates
    }
}
