import SiloscopeEngine
import SiloscopeGraph
import SiloscopeModel

/// A model turned into flat integer tables for the simulation's hot path: unit indices,
/// handling times, declared handoffs per unit, case-type facts, the CRM team.
///
/// Built once per model (and per scenario); shared read-only by every replication.
public struct CompiledOrganization: Sendable {
    /// The model compiled.
    public let model: OrgModel
    /// Its reporting tree.
    public let graph: OrgGraph
    /// Mean handling minutes per unit.
    public let handling: [Double]
    /// Whether each unit's KPIs are customer-centric.
    let customerCentric: [Bool]
    /// Owner unit per case type.
    public let caseOwner: [Int32]
    /// Owner's handling of the case type / owner's usual handling.
    let caseMultiplier: [Double]
    /// Whether each case type is a complaint.
    public let caseIsComplaint: [Bool]
    /// Chance that the owner's resolution of each case type rests on stale data.
    let caseStaleRisk: [Double]
    /// `[caseType * units + unit]`: the unit's screens show a current record with the case's data.
    let seesCurrentRecord: [Bool]
    /// `[from * units + to]`: organizational distance (`OrgGraph.distance`), looked up per
    /// handoff instead of climbing the tree; empty above `distanceTableLimit` units.
    let distances: [Int32]
    static let distanceTableLimit = 1024
    /// Declared handoffs out of each unit, as compressed rows: targets and handoff indices.
    let outStart: [Int32]
    let outTarget: [Int32]
    let outHandoff: [Int32]
    /// `[handoff * caseTypes + caseType]`: the handoff carries that case type.
    let carries: [Bool]
    /// Per handoff: context kept and mean transfer minutes (defaults applied).
    let handoffContext: [Double]
    let handoffTransfer: [Double]
    /// Units of each unit's division (indexed by division root), for wrong picks.
    let divisionMembers: [Int: [Int32]]
    /// The CRM team's unit, or -1.
    public let crmUnit: Int32
    /// The CRM team brokers complaints (has complaint management).
    public let crmBrokers: Bool
    /// The CRM team has a single customer view (restores context).
    let crmSingleView: Bool
    /// The unit the CRM team reports to: its reach.
    let crmReach: Int32
    /// Units that own at least one case type: where a misrouting broker sends a case.
    let owners: [Int32]
    /// The arrival streams: case type, touchpoint, unit, rate per minute.
    public let sources: [CompiledSource]

    /// One Poisson stream of cases.
    public struct CompiledSource: Sendable {
        /// Case-type index.
        public let caseType: Int
        /// Touchpoint index.
        public let touchpoint: Int
        /// Unit where the cases arrive.
        public let unit: Int
        /// Cases per minute.
        public let ratePerMinute: Double
    }

    /// Compiles a validated model.
    ///
    /// - Throws: ``SimulationError`` when the reporting lines do not form a tree.
    public init(_ model: OrgModel, parameters: SimulationParameters) throws(SimulationError) {
        let graph: OrgGraph
        do { graph = try OrgGraph(model) } catch { throw .invalidModel(error.description) }
        let index = ModelIndex(model)
        let n = model.units.count
        let types = model.caseTypes.count
        self.model = model
        self.graph = graph
        handling = model.units.map { unit in
            if case .empirical(let samples) = unit.handlingDistribution, !samples.isEmpty { return Distribution.empirical(samples).mean }
            return unit.handlingMinutes ?? SimulationParameters.defaultHandlingMinutes(unit.kind)
        }
        customerCentric = model.units.map(\.hasCustomerCentricKPIs)

        // What each unit's screens read: its own `reads`, its touchpoints' systems and the
        // systems it owns.
        var reads = model.units.map { unit in unit.reads.compactMap { index.systems[$0] } }
        for touchpoint in model.touchpoints {
            guard let unit = index.units[touchpoint.unit] else { continue }
            reads[unit] += touchpoint.reads.compactMap { index.systems[$0] }
        }
        for (s, system) in model.systems.enumerated() {
            if let owner = system.owner.flatMap({ index.units[$0] }) { reads[owner].append(s) }
        }

        var owners: [Int32] = []
        var multipliers: [Double] = []
        var risks: [Double] = []
        var sees = [Bool](repeating: false, count: types * n)
        for (c, caseType) in model.caseTypes.enumerated() {
            let owner = index.units[caseType.owner] ?? graph.root
            owners.append(Int32(owner))
            multipliers.append((caseType.handlingMinutes ?? handling[owner]) / handling[owner])
            risks.append(Self.staleRisk(of: caseType, at: owner, reads: reads, model: model, parameters: parameters))
            for unit in 0..<n {
                sees[c * n + unit] = Self.seesCurrent(caseType.dataNeeded, reads: reads[unit], model: model)
            }
        }
        caseOwner = owners
        caseMultiplier = multipliers
        caseIsComplaint = model.caseTypes.map { $0.kind == .complaint }
        caseStaleRisk = risks
        seesCurrentRecord = sees
        if n <= Self.distanceTableLimit {
            var table = [Int32](repeating: 0, count: n * n)
            for a in 0..<n { for b in 0..<n { table[a * n + b] = Int32(graph.distance(a, b)) } }
            distances = table
        } else {
            distances = []
        }

        var start: [Int32] = [0]
        var target: [Int32] = []
        var handoffIndex: [Int32] = []
        for unit in 0..<n {
            for h in graph.outgoingHandoffs[unit] {
                if let to = index.units[model.handoffs[h].to] {
                    target.append(Int32(to))
                    handoffIndex.append(Int32(h))
                }
            }
            start.append(Int32(target.count))
        }
        outStart = start
        outTarget = target
        outHandoff = handoffIndex
        var carries = [Bool](repeating: false, count: model.handoffs.count * types)
        for (h, handoff) in model.handoffs.enumerated() {
            for (c, caseType) in model.caseTypes.enumerated() { carries[h * types + c] = handoff.carries(caseType.id) }
        }
        self.carries = carries
        handoffContext = model.handoffs.map { $0.contextKept ?? parameters["declared_context_kept"] }
        handoffTransfer = model.handoffs.map { $0.transferMinutes ?? parameters["declared_transfer_minutes"] }
        var members: [Int: [Int32]] = [:]
        for unit in 0..<n { members[graph.division[unit], default: []].append(Int32(unit)) }
        divisionMembers = members

        if let crm = model.crm, let unit = index.units[crm.unit] {
            crmUnit = Int32(unit)
            crmBrokers = crm.has(.complaintManagement)
            crmSingleView = crm.has(.singleCustomerView)
            crmReach = Int32(graph.parent[unit] >= 0 ? graph.parent[unit] : unit)
        } else {
            crmUnit = -1
            crmBrokers = false
            crmSingleView = false
            crmReach = -1
        }

        self.owners = Array(Set(owners)).sorted()

        var sources: [CompiledSource] = []
        for (c, caseType) in model.caseTypes.enumerated() {
            for arrival in caseType.arrivals {
                guard let t = index.touchpoints[arrival.touchpoint], let unit = index.units[model.touchpoints[t].unit] else { continue }
                sources.append(CompiledSource(caseType: c, touchpoint: t, unit: unit, ratePerMinute: arrival.perHour / 60))
            }
        }
        self.sources = sources
    }

    /// True when one of `reads` holds each needed item in a current system (a source of
    /// truth or a real-time copy).
    static func seesCurrent(_ needed: [String], reads: [Int], model: OrgModel) -> Bool {
        guard !reads.isEmpty else { return false }
        if needed.isEmpty { return reads.contains { model.systems[$0].isCurrent } }
        return needed.allSatisfy { item in reads.contains { model.systems[$0].isCurrent && model.systems[$0].holds.contains(item) } }
    }

    /// The risk that the owner resolves from stale data: for each item the case needs, the
    /// best system the owner reads that holds it; an item no read system holds is looked
    /// up at its source of truth (current). The worst item decides.
    static func staleRisk(of caseType: CaseType, at owner: Int, reads: [[Int]], model: OrgModel,
                          parameters: SimulationParameters) -> Double {
        var worst = 0.0
        for item in caseType.dataNeeded {
            let holders = reads[owner].filter { model.systems[$0].holds.contains(item) }
            guard !holders.isEmpty else { continue }
            let best = holders.map { model.systems[$0].isCurrent ? 0 : parameters.staleRisk(model.systems[$0].sync) }.min() ?? 0
            worst = max(worst, best)
        }
        return worst
    }

    /// Organizational distance between two units (`OrgGraph.distance`).
    @inline(__always)
    func distance(_ a: Int, _ b: Int) -> Int {
        distances.isEmpty ? graph.distance(a, b) : Int(distances[a * graph.count + b])
    }

    /// The declared handoff from `from` to `to` that carries `caseType`, or any declared
    /// handoff between them, or -1.
    @inline(__always)
    public func declaredHandoff(from: Int, to: Int, caseType: Int) -> Int {
        var any = -1
        let types = model.caseTypes.count
        for slot in Int(outStart[from])..<Int(outStart[from + 1]) where Int(outTarget[slot]) == to {
            let h = Int(outHandoff[slot])
            if carries[h * types + caseType] { return h }
            if any < 0 { any = h }
        }
        return any
    }

    /// Whether a declared handoff from `from` to `to` carries `caseType`.
    @inline(__always)
    public func declares(from: Int, to: Int, caseType: Int) -> Bool {
        let h = declaredHandoff(from: from, to: to, caseType: caseType)
        return h >= 0 && carries[h * model.caseTypes.count + caseType]
    }

    /// The engine network: one station per unit; `straightToOwner` sends every source to
    /// its case type's owner (the twin world of the friction index).
    public func network(straightToOwner: Bool = false) -> Network {
        let stations = model.units.enumerated().map { i, unit in
            Station(name: unit.id, servers: max(1, unit.servers), service: Self.distribution(unit, mean: handling[i]))
        }
        let arrivals = sources.map { source in
            ArrivalSource.poisson(rate: source.ratePerMinute,
                                  station: straightToOwner ? Int(caseOwner[source.caseType]) : source.unit,
                                  classID: source.caseType)
        }
        return Network(stations: stations, sources: arrivals, priorityClasses: 2)
    }

    /// A unit's handling-time distribution.
    static func distribution(_ unit: Unit, mean: Double) -> Distribution {
        switch unit.handlingDistribution ?? .exponential {
        case .exponential: .exponential(mean: mean)
        case .fixed: .fixed(mean)
        case .lognormal(let cv): .lognormal(mean: mean, cv: cv)
        case .empirical(let samples): samples.isEmpty ? .exponential(mean: mean) : .empirical(samples)
        }
    }
}
