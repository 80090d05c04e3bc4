import SiloscopeGraph
import SiloscopeModel
import SiloscopeSimulation

/// What the statistics need to know of the model: owners, declared handoffs, distances,
/// the brokering CRM team, and which handoffs state their own transfer minutes.
struct RoutingFacts: Sendable {
    let org: CompiledOrganization
    /// Per case type: whether its owner's resolution time is its own `handling_minutes`.
    let ownHandling: [Bool]

    init(_ org: CompiledOrganization) {
        self.org = org
        ownHandling = org.model.caseTypes.map { $0.handlingMinutes != nil }
    }

    var unitCount: Int { org.graph.count }

    func owner(_ caseType: Int) -> Int { Int(org.caseOwner[caseType]) }

    /// Whether complaints of this type go through the brokering CRM team.
    func brokered(_ caseType: Int) -> Bool { org.crmBrokers && org.crmUnit >= 0 && org.caseIsComplaint[caseType] }

    /// Kinds of a transfer, for the gap statistics.
    enum TransferKind { case declaredDefault, declaredStated, undeclared }

    func transferKind(from: Int, to: Int, caseType: Int) -> TransferKind {
        let h = org.declaredHandoff(from: from, to: to, caseType: caseType)
        guard h >= 0 else { return .undeclared }
        return org.model.handoffs[h].transferMinutes == nil ? .declaredDefault : .declaredStated
    }

    /// The statistics of a set of traces.
    ///
    /// Routing statistics: transfers, bounces (A → B → A) and reopens per case of each
    /// case type; for every transfer that is a routing choice, whether it reached the
    /// owner (along a declared handoff to the owner, else by organizational distance: 2,
    /// 3, 4, 5+ steps; the brokering CRM team's choices apart); whether a receiver that
    /// is not the owner sent the case back to its sender. Timing statistics (start/complete pairs only):
    /// mean gap before a transfer by kind (undeclared ones by organizational distance), mean gap
    /// before a reopen, mean triage visit minutes, and each unit's mean full-handling
    /// visit (its own resolutions and the CRM team's brokering).
    ///
    /// - Parameter perCase: keep each case's numerators and denominators (for the
    ///   bootstrap); without, only the totals (what a Jacobian column needs), in constant
    ///   memory.
    func statistics(_ traces: CaseTraces, perCase: Bool = true) -> SummaryStatistics {
        let units = unitCount
        var names = ["transfers per case", "bounces per case", "transfer reaches owner (declared handoff)",
                     "transfer reaches owner (undeclared, 2 steps)", "transfer reaches owner (undeclared, 3 steps)",
                     "transfer reaches owner (undeclared, 4 steps)", "transfer reaches owner (undeclared, 5+ steps)",
                     "wrong receiver sends it back", "CRM team sends to owner"]
        let reopenStart = names.count
        names += org.model.caseTypes.map { "reopens per case (\($0.id))" }
        let timing = traces.hasDurations
        let timingStart = names.count
        if timing {
            names += ["gap before transfer (declared, default minutes)", "gap before transfer (declared, stated minutes)",
                      "gap before transfer (undeclared, up to 2 steps)", "gap before transfer (undeclared, 3–4 steps)",
                      "gap before transfer (undeclared, 5+ steps)", "gap before reopen", "triage visit minutes"]
            names += org.model.units.map { "full handling visit minutes (\($0.id))" }
            names += org.model.caseTypes.map { "full handling visit minutes (case type \($0.id))" }
        }
        let k = names.count
        var num: [Double] = [], den: [Double] = []
        if perCase {
            num.reserveCapacity(traces.count * k)
            den.reserveCapacity(traces.count * k)
        }
        var rowNum = [Double](repeating: 0, count: k), rowDen = rowNum
        var totalNum = rowNum, totalDen = rowNum
        let crm = Int(org.crmUnit)
        for c in 0..<traces.count {
            for j in 0..<k { rowNum[j] = 0; rowDen[j] = 0 }
            let type = Int(traces.caseType[c])
            let owner = owner(type)
            let range = traces.visits(c)
            let brokered = brokered(type)
            rowDen[0] = 1
            rowDen[1] = 1
            rowDen[reopenStart + type] = 1
            var sender = -1
            var viaCRM = false
            for i in range {
                let u = Int(traces.unit[i])
                guard i + 1 < range.upperBound else { break }
                let next = Int(traces.unit[i + 1])
                let gap = traces.start[i + 1] - traces.end[i]
                if u == owner {
                    // The owner resolved it and the customer came back: a reopen.
                    rowNum[reopenStart + type] += 1
                    sender = -1
                    viaCRM = false
                    if timing, gap.isFinite {
                        rowNum[timingStart + 5] += gap
                        rowDen[timingStart + 5] += 1
                    }
                    continue
                }
                guard next != u else { continue }
                rowNum[0] += 1
                if sender == next { rowNum[1] += 1 }
                // The routing decision this transfer shows.
                if brokered && u == crm {
                    rowDen[8] += 1
                    rowNum[8] += next == owner ? 1 : 0
                } else if brokered && !viaCRM {
                    // Sent to the brokering CRM team: no choice made.
                } else if sender >= 0 && next == sender {
                    // Sent back: counted below.
                } else {
                    let distance = org.graph.distance(u, owner)
                    let slot = org.declares(from: u, to: owner, caseType: type) ? 2 : 3 + min(3, max(0, distance - 2))
                    rowDen[slot] += 1
                    rowNum[slot] += next == owner ? 1 : 0
                }
                if sender >= 0 && u != crm {
                    rowDen[7] += 1
                    rowNum[7] += next == sender ? 1 : 0
                }
                if u == crm { viaCRM = true }
                if next == crm { viaCRM = viaCRM || brokered }
                sender = u
                if timing, gap.isFinite {
                    let steps = org.graph.distance(u, next)
                    let slot: Int = switch transferKind(from: u, to: next, caseType: type) {
                    case .declaredDefault: 0
                    case .declaredStated: 1
                    case .undeclared: steps <= 2 ? 2 : steps <= 4 ? 3 : 4
                    }
                    rowNum[timingStart + slot] += gap
                    rowDen[timingStart + slot] += 1
                }
            }
            if timing {
                for i in range {
                    let u = Int(traces.unit[i])
                    let minutes = traces.end[i] - traces.start[i]
                    guard minutes.isFinite else { continue }
                    if u == owner && ownHandling[type] {
                        rowNum[timingStart + 7 + units + type] += minutes
                        rowDen[timingStart + 7 + units + type] += 1
                    } else if (u == owner && !ownHandling[type]) || (u == crm && brokered && u != owner) {
                        rowNum[timingStart + 7 + u] += minutes
                        rowDen[timingStart + 7 + u] += 1
                    } else if u != owner && u != crm {
                        rowNum[timingStart + 6] += minutes
                        rowDen[timingStart + 6] += 1
                    }
                }
            }
            for j in 0..<k {
                totalNum[j] += rowNum[j]
                totalDen[j] += rowDen[j]
            }
            if perCase {
                num += rowNum
                den += rowDen
            }
        }
        return SummaryStatistics(names: names, numerators: num, denominators: den, cases: traces.count,
                                 totalNumerators: totalNum, totalDenominators: totalDen)
    }
}
