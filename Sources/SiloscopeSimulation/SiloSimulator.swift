import Foundation
import SiloscopeEngine
import SiloscopeGraph
import SiloscopeModel

/// How long and how often to simulate.
public struct SimulationOptions: Sendable, Equatable {
    /// Replications (independent runs); intervals are over these.
    public var runs: Int = 10
    /// Seed of every random stream; the same seed gives bit-identical results.
    public var seed: UInt64 = 1
    /// Measured cases per replication.
    public var cases: Int = 20_000
    /// Cases discarded at the start of each replication (the organization starts empty).
    public var warmupCases: Int = 2_000
    /// When set, each replication runs this many simulated hours instead of a case count
    /// (and unstable queues become a warning, not an error).
    public var horizonHours: Double?
    /// Worker threads (default: all cores). Results do not depend on it.
    public var threads: Int?
    /// Routing mode; `nil` takes the model's.
    public var mode: RoutingMode?
    /// Parameter overrides on top of the model's.
    public var parameters: [String: Double] = [:]

    /// Defaults.
    public init() {}

    /// The first option out of its range, if any (the command line reports it with its flag).
    public var problem: OptionProblem? {
        if runs < 2 { return OptionProblem("runs", "must be at least 2 for a confidence interval, got \(runs)") }
        if runs > 10_000 { return OptionProblem("runs", "must be at most 10000, got \(runs)") }
        if cases < 1 { return OptionProblem("cases", "must be at least 1, got \(cases)") }
        if warmupCases < 0 { return OptionProblem("warmup_cases", "must not be negative, got \(warmupCases)") }
        if let horizonHours, !(horizonHours > 0 && horizonHours.isFinite) {
            return OptionProblem("horizon_hours", "must be a positive number, got \(horizonHours)")
        }
        if let threads, threads < 1 { return OptionProblem("threads", "must be at least 1, got \(threads)") }
        return nil
    }

    func validate() throws(SimulationError) {
        if let problem { throw .invalidOptions(problem.description) }
    }
}

/// Simulates a model: complaint routing in both the actual organization and its twin
/// world, campaigns and reporting, and assembles a ``SimulationReport``.
public enum SiloSimulator {
    /// Runs the simulation.
    ///
    /// - Parameters:
    ///   - loaded: A validated model.
    ///   - options: Runs, seed, length, overrides.
    ///   - eventLog: When given, replication 0 of the actual world logs every service here.
    /// - Throws: ``SimulationError`` for parameters out of range, no arrivals or unstable
    ///   queues (unless bounded by time).
    public static func run(_ loaded: LoadedModel, options: SimulationOptions = SimulationOptions(),
                           eventLog: EventLogSink? = nil) throws(SimulationError) -> SimulationReport {
        let started = ContinuousClock.now
        let setup = try RunSetup(loaded, options: options)
        eventLog?.bind(setup.org)
        let (actual, twin) = try simulateWorlds(setup, eventLog: eventLog)
        return report(setup, actual: actual, twin: twin, started: started)
    }

    /// What a run needs before it simulates: the checked options and parameters, the
    /// compiled organization, the routing policy (built once), the replication plans and
    /// the warnings found on the way.
    struct RunSetup {
        let loaded: LoadedModel
        let options: SimulationOptions
        let parameters: SimulationParameters
        let org: CompiledOrganization
        let mode: RoutingMode
        /// The structural policy, in structural mode.
        let structural: StructuralPolicy?
        let plan: ReplicationPlan
        let twinPlan: ReplicationPlan
        var warnings: [String] = []

        init(_ loaded: LoadedModel, options: SimulationOptions) throws(SimulationError) {
            try options.validate()
            var parameters: SimulationParameters
            do { parameters = try SimulationParameters.of(loaded) } catch { throw .diagnostics(error) }
            if let problem = parameters.apply(options.parameters).first { throw .invalidOptions(problem.problem) }
            let org = try CompiledOrganization(loaded.model, parameters: parameters)
            let mode = options.mode ?? loaded.model.simulation.mode
            guard !org.sources.isEmpty else { throw .noArrivals }
            let structural = mode == .structural ? StructuralPolicy(org: org, parameters: parameters) : nil
            if let (caseType, unit) = structural?.unreachableOwner() {
                let model = loaded.model
                throw .invalidModel("case type '\(model.caseTypes[caseType].id)' arriving at '\(model.units[unit].id)' may never reach its owner '\(model.caseTypes[caseType].owner)': escalation is off (escalation_hops = 0) and it can be passed to units from which no routing leads to the owner (routing accuracy 0), so some cases would circulate forever; turn escalation on, declare a handoff to the owner or raise the routing accuracy")
            }
            self.loaded = loaded
            self.options = options
            self.parameters = parameters
            self.org = org
            self.mode = mode
            self.structural = structural
            (plan, twinPlan) = try Self.plans(org, options: options)
            warnings = try stabilityWarnings()
        }

        /// The replication plans of the actual and the twin world.
        private static func plans(_ org: CompiledOrganization,
                                  options: SimulationOptions) throws(SimulationError) -> (ReplicationPlan, ReplicationPlan) {
            let totalRate = org.sources.reduce(0) { $0 + $1.ratePerMinute }
            if let hours = options.horizonHours, totalRate * hours * 60 > 50_000_000 {
                throw .invalidOptions("a horizon of \(SimulationError.format(hours)) hours brings about \(SimulationError.format(totalRate * hours * 60)) cases into each run (more than 50000000); choose a shorter horizon")
            }
            let length: RunLength = options.horizonHours.map { hours in
                let horizon = hours * 60
                let warm = min(horizon / 2, Double(options.warmupCases) / max(totalRate, 1e-9))
                return .time(warmUp: warm, horizon: horizon)
            } ?? .jobs(warmUp: options.warmupCases, measured: options.cases)
            var plan = ReplicationPlan(seed: options.seed, replications: options.runs, length: length, threads: options.threads)
            // The report reads the actual world's resolution quantiles (the engine's sojourn
            // sketch) and no station's wait quantiles; the twin world only its means.
            plan.quantiles = .sojourn
            var twinPlan = plan
            twinPlan.quantiles = []
            return (plan, twinPlan)
        }

        /// Refuses unstable queues unless the run is bounded by time; warns about what
        /// makes figures less meaningful.
        private func stabilityWarnings() throws(SimulationError) -> [String] {
            var warnings: [String] = []
            if mode == .explicit && loaded.model.routing.isEmpty {
                warnings.append("explicit routing without a routing table: every case leaves after the unit it arrives at; add 'routing' to the model or simulate in structural mode")
            }
            let loads = try mode == .explicit ? explicitLoads(org) : structuralLowerBoundLoads(org, parameters: parameters)
            let overloaded = loads.filter { !($0.utilisation < 1) }
            if !overloaded.isEmpty {
                if options.horizonHours == nil { throw .unstable(overloaded) }
                warnings.append(SimulationError.unstable(overloaded).description + " (the run is bounded by time, so it ran; figures grow with the horizon)")
            }
            // The twin world sends every case straight to its owner; in structural mode the
            // bound above already includes that visit, in explicit mode it must be checked.
            let twinOverloaded = mode == .explicit ? twinLoads(org).filter { !($0.utilisation < 1) } : []
            if !twinOverloaded.isEmpty {
                let units = twinOverloaded.map { "'\($0.name)' would be \(SimulationError.percent($0.utilisation)) busy" }.joined(separator: ", ")
                warnings.append("the Silo Friction Index is not meaningful for this model: in its direct-to-owner twin world every case goes straight to its case type's owner, and \(units) there, so the reference itself queues without bound; give each case type an owner that can take all of its cases")
            }
            return warnings
        }
    }

    /// Simulates the actual world (its routing) and the twin world (every case straight
    /// to its owner with full context, whatever the mode) on the same random streams.
    static func simulateWorlds(_ setup: RunSetup, eventLog: EventLogSink?) throws(SimulationError)
        -> (actual: ReplicationReport<CaseMetricsObserver>, twin: ReplicationReport<CaseMetricsObserver>) {
        let org = setup.org
        let caseTypes = setup.loaded.model.caseTypes.count
        let units = setup.loaded.model.units.count, sources = org.sources.count
        let observe: @Sendable (Int) -> CaseMetricsObserver = { r in CaseMetricsObserver(caseTypes: caseTypes, units: units, sources: sources, log: r == 0 ? eventLog : nil) }
        let actual: ReplicationReport<CaseMetricsObserver>
        do {
            if let policy = setup.structural {
                actual = try Replications.run(network: org.network(), plan: setup.plan, policy: { _ in policy }, observer: observe)
            } else {
                let network = org.network()
                let policy = ExplicitPolicy(router: try MarkovRouter(routing: explicitMatrix(org), network: network))
                actual = try Replications.run(network: network, plan: setup.plan, policy: { _ in policy }, observer: observe)
            }
        } catch {
            throw .engine(error)
        }
        let twin: ReplicationReport<CaseMetricsObserver>
        do {
            let twinPolicy = StructuralPolicy(org: org, parameters: setup.parameters, twin: true)
            twin = try Replications.run(network: org.network(straightToOwner: true), plan: setup.twinPlan, policy: { _ in twinPolicy },
                                        observer: { _ in CaseMetricsObserver(caseTypes: caseTypes, units: units, sources: sources) })
        } catch {
            throw .invalidModel("the direct-to-owner twin world, against which the Silo Friction Index measures friction, cannot be simulated: \(error) (every case goes straight to its case type's owner there, so an owner with too few case handlers for all of its cases overloads it)")
        }
        return (actual, twin)
    }

    /// The report of both worlds' replications.
    static func report(_ setup: RunSetup, actual: ReplicationReport<CaseMetricsObserver>,
                       twin: ReplicationReport<CaseMetricsObserver>, started: ContinuousClock.Instant) -> SimulationReport {
        let loaded = setup.loaded, options = setup.options, org = setup.org
        var warnings = setup.warnings
        for station in actual.summary.stations where station.utilisation.mean > 0.97 {
            warnings.append("unit '\(station.name)' is \(Int(saturating: station.utilisation.mean * 100))% busy: its queue is near or over capacity, so its figures depend on the run length")
        }
        let measured = actual.observers.map { $0.resolution.count }
        if measured.contains(0) { warnings.append("a replication measured no case; lengthen the run (more cases per run, or a longer horizon)") }

        return SimulationReport(
            organization: loaded.model.organization.name,
            mode: setup.mode.rawValue,
            seed: options.seed,
            runs: options.runs,
            casesPerRun: options.horizonHours == nil ? options.cases : Int(saturating: Double(measured.reduce(0, +)) / Double(options.runs)),
            warmupCases: options.warmupCases,
            horizonHours: options.horizonHours,
            parameters: setup.parameters.values,
            siloFrictionIndex: frictionIndex(actual: actual.observers, twin: twin.observers),
            cases: caseFigures(actual.observers, runs: actual.runs),
            caseTypes: loaded.model.caseTypes.enumerated().compactMap { c, caseType in
                let values = actual.observers.map { $0.byCaseType[c] }
                guard values.allSatisfy({ $0.count > 0 }) else { return nil }
                return CaseTypeFigures(id: caseType.id, name: caseType.name, owner: caseType.owner,
                                       resolutionMinutes: Interval(values: values.map(\.mean)),
                                       handoffs: Interval(values: actual.observers.map { $0.handoffsByCaseType[c].mean }))
            },
            units: unitFigures(org, actual.summary),
            edges: edgeFigures(org, actual.observers),
            campaigns: CampaignAnalysis.analyse(loaded.model),
            reporting: ReportingAnalysis.analyse(loaded.model),
            replications: replicationFigures(actual: actual.observers, twin: twin.observers),
            consumption: consumption(org, actual: actual.observers, twin: twin.observers),
            warnings: warnings,
            events: actual.runs.reduce(0) { $0 + $1.events } + twin.runs.reduce(0) { $0 + $1.events },
            wallSeconds: (ContinuousClock.now - started).secondsValue)
    }

    /// The Silo Friction Index: per replication, then its interval.
    static func frictionIndex(actual: [CaseMetricsObserver], twin: [CaseMetricsObserver]) -> FrictionIndex {
        let runs = replicationFigures(actual: actual, twin: twin)
        return FrictionIndex(
            customer: Interval(values: runs.map(\.frictionCustomer)), staff: Interval(values: runs.map(\.frictionStaff)),
            combined: Interval(values: runs.map(\.frictionCombined)),
            actualCustomerMinutes: Interval(values: actual.map(\.resolution.mean)),
            twinCustomerMinutes: Interval(values: twin.map(\.resolution.mean)),
            actualStaffMinutes: Interval(values: actual.map(\.staffMinutes.mean)),
            twinStaffMinutes: Interval(values: twin.map(\.staffMinutes.mean)))
    }

    static func replicationFigures(actual: [CaseMetricsObserver], twin: [CaseMetricsObserver]) -> [ReplicationFigures] {
        zip(actual, twin).map { a, t in
            let (ac, tc, as_, ts) = (a.resolution.mean, t.resolution.mean, a.staffMinutes.mean, t.staffMinutes.mean)
            return ReplicationFigures(
                resolutionMinutes: ac, staffMinutes: as_, handoffs: a.handoffs.mean, bounces: a.bounces.mean,
                tellings: a.tellings.mean, escalations: a.escalations.mean, reopens: a.reopens.mean,
                firstContactResolution: a.firstContactRate,
                frictionCustomer: ac > 0 ? max(0, ac - tc) / ac : 0,
                frictionStaff: as_ > 0 ? max(0, as_ - ts) / as_ : 0,
                frictionCombined: ac + as_ > 0 ? max(0, (ac - tc) + (as_ - ts)) / (ac + as_) : 0)
        }
    }

    static func consumption(_ org: CompiledOrganization, actual: [CaseMetricsObserver],
                            twin: [CaseMetricsObserver]) -> Consumption {
        let model = org.model
        func replication(_ tally: ConsumptionTally) -> ReplicationConsumption {
            func byUnit(_ minutes: [Double]) -> [String: Double] {
                var out: [String: Double] = [:]
                for (u, value) in minutes.enumerated() where value > 0 { out[model.units[u].id] = value }
                return out
            }
            var contacts: [String: Int] = [:]
            var complaints = 0, unresolved = 0, highEffort = 0
            for (s, cases) in tally.cases.enumerated() where cases > 0 {
                let source = org.sources[s]
                contacts[model.touchpoints[source.touchpoint].channel.rawValue, default: 0] += cases + tally.reopens[s]
                guard org.caseIsComplaint[source.caseType] else { continue }
                complaints += cases
                unresolved += tally.unresolved[s]
                highEffort += tally.highEffort[s]
            }
            return ReplicationConsumption(
                cases: tally.caseCount, staffMinutes: byUnit(tally.staffMinutes), reworkMinutes: byUnit(tally.reworkMinutes),
                contacts: contacts, complaints: complaints, unresolvedComplaints: unresolved, highEffortComplaints: highEffort)
        }
        let perHour = org.sources.reduce(0) { $0 + $1.ratePerMinute } * 60
        let complaintsPerHour = org.sources.filter { org.caseIsComplaint[$0.caseType] }.reduce(0) { $0 + $1.ratePerMinute } * 60
        return Consumption(casesPerHour: perHour, complaintsPerHour: complaintsPerHour,
                           actual: actual.map { replication($0.tally) }, twin: twin.map { replication($0.tally) })
    }

    static func caseFigures(_ observers: [CaseMetricsObserver], runs: [SimulationResult]) -> CaseFigures {
        func interval(_ pick: (CaseMetricsObserver) -> Double) -> Interval { Interval(values: observers.map(pick)) }
        return CaseFigures(
            resolutionMinutes: interval { $0.resolution.mean },
            // The engine's sojourn quantiles: the measured cases' resolution minutes.
            resolutionP50: Interval(values: runs.map { $0.sojournQuantiles.quantile(0.5) }),
            resolutionP90: Interval(values: runs.map { $0.sojournQuantiles.quantile(0.9) }),
            resolutionP95: Interval(values: runs.map { $0.sojournQuantiles.quantile(0.95) }),
            handoffs: interval { $0.handoffs.mean },
            bounces: interval { $0.bounces.mean },
            tellings: interval { $0.tellings.mean },
            escalations: interval { $0.escalations.mean },
            reopens: interval { $0.reopens.mean },
            staffMinutes: interval { $0.staffMinutes.mean },
            firstContactResolution: interval { $0.firstContactRate })
    }

    static func unitFigures(_ org: CompiledOrganization, _ summary: NetworkSummary) -> [UnitFigures] {
        summary.stations.enumerated().compactMap { i, station in
            guard station.utilisation.mean > 0 else { return nil }
            let unit = org.model.units[i]
            return UnitFigures(id: unit.id, name: unit.name, caseHandlers: unit.servers,
                               utilisation: Interval(station.utilisation), meanQueue: Interval(station.meanQueueLength),
                               meanWaitMinutes: Interval(station.meanWait))
        }
    }

    static func edgeFigures(_ org: CompiledOrganization, _ observers: [CaseMetricsObserver]) -> [EdgeFigures] {
        var perRun: [Int64: [EdgeTally]] = [:]
        for (r, observer) in observers.enumerated() {
            for entry in observer.edges.entries {
                let key = Int64(entry.from) << 32 | Int64(entry.to)
                perRun[key, default: Array(repeating: EdgeTally(), count: observers.count)][r] = entry.tally
            }
        }
        let units = org.model.units
        return perRun.map { key, tallies in
            let from = Int(key >> 32), to = Int(key & 0xFFFF_FFFF)
            return EdgeFigures(
                from: units[from].id, to: units[to].id,
                declared: org.graph.outgoingHandoffs[from].contains { org.model.handoffs[$0].to == units[to].id },
                cases: Interval(values: tallies.map { Double($0.cases) }),
                bounces: Interval(values: tallies.map { Double($0.bounces) }),
                retellings: Interval(values: tallies.map { Double($0.retellings) }),
                addedMinutes: Interval(values: tallies.map(\.minutes)))
        }.sorted { ($0.addedMinutes.mean, $0.from, $0.to) > ($1.addedMinutes.mean, $1.from, $1.to) }
    }

    /// The explicit routing matrix over units, from the model's `routing` table.
    static func explicitMatrix(_ org: CompiledOrganization) -> [[Double]] {
        let n = org.graph.count
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for row in org.model.routing {
            guard let from = org.graph.index[row.from] else { continue }
            for target in row.to {
                if let to = org.graph.index[target.unit] { matrix[from][to] += target.probability }
            }
        }
        return matrix
    }

    /// Exact per-unit loads of the explicit (Jackson) network.
    static func explicitLoads(_ org: CompiledOrganization) throws(SimulationError) -> [StationLoad] {
        let network = org.network()
        let trapped = trappingUnits(org)
        if !trapped.isEmpty {
            let names = trapped.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (trapped.count > 8 ? ", …" : "")
            throw .invalidModel(
                "routing: cases that reach \(names) can never be resolved: every routing row among these units adds up to 1 "
                    + "and sends them only to each other. Let at least one of them resolve a share (a row adding up to less than 1; "
                    + "the rest is resolved there)")
        }
        do {
            return try StabilityGuard.loads(network: network, routing: explicitMatrix(org))
        } catch {
            throw .engine(error)
        }
    }

    /// Units that cases reach from their touchpoints under explicit routing but can never
    /// leave: from none of them does a path lead to a unit whose row adds up to less than 1.
    /// The traffic equations then have no solution (the cases circulate forever); named
    /// here so the error says which units, not which matrix column.
    static func trappingUnits(_ org: CompiledOrganization) -> [String] {
        let n = org.graph.count
        var next = [[Int]](repeating: [], count: n), previous = [[Int]](repeating: [], count: n)
        var rowSum = [Double](repeating: 0, count: n)
        for row in org.model.routing {
            guard let from = org.graph.index[row.from] else { continue }
            for target in row.to where target.probability > 0 {
                guard let to = org.graph.index[target.unit] else { continue }
                rowSum[from] += target.probability
                next[from].append(to)
                previous[to].append(from)
            }
        }
        var canLeave = rowSum.map { $0 < 1 - 1e-9 }
        var stack = (0..<n).filter { canLeave[$0] }
        while let unit = stack.popLast() {
            for earlier in previous[unit] where !canLeave[earlier] {
                canLeave[earlier] = true
                stack.append(earlier)
            }
        }
        var reached = [Bool](repeating: false, count: n)
        stack = org.sources.map(\.unit)
        for unit in stack { reached[unit] = true }
        while let unit = stack.popLast() {
            for later in next[unit] where !reached[later] {
                reached[later] = true
                stack.append(later)
            }
        }
        return (0..<n).filter { reached[$0] && !canLeave[$0] }.map { org.graph.ids[$0] }
    }

    /// Each owner's load when every case goes straight to it (the twin world): the owner
    /// visit of ``structuralLowerBoundLoads(_:parameters:)`` alone.
    static func twinLoads(_ org: CompiledOrganization) -> [StationLoad] {
        var rate = [Double](repeating: 0, count: org.graph.count)
        var work = rate
        for source in org.sources { addOwnerVisit(source, org, &rate, &work) }
        return stationLoads(org, rate: rate, work: work)
    }

    /// A case's visit to its owner: its arrival rate and the owner's handling for its type.
    private static func addOwnerVisit(_ source: CompiledOrganization.CompiledSource, _ org: CompiledOrganization,
                                      _ rate: inout [Double], _ work: inout [Double]) {
        let owner = Int(org.caseOwner[source.caseType])
        rate[owner] += source.ratePerMinute
        work[owner] += source.ratePerMinute * org.handling[owner] * org.caseMultiplier[source.caseType]
    }

    /// Loads from each unit's visit rate and work per minute.
    private static func stationLoads(_ org: CompiledOrganization, rate: [Double], work: [Double]) -> [StationLoad] {
        (0..<rate.count).map { i in
            let servers = max(1, org.model.units[i].servers)
            return StationLoad(station: i, name: org.model.units[i].id, arrivalRate: rate[i], servers: servers,
                               meanServiceTime: rate[i] > 0 ? work[i] / rate[i] : 0, utilisation: work[i] / Double(servers))
        }
    }

    /// A lower bound of each unit's load under structural routing: every case visits its
    /// front unit and its owner (and the brokering CRM team for complaints). Bounces and
    /// escalations only add load, so a bound at or over 1 proves the queue unstable.
    static func structuralLowerBoundLoads(_ org: CompiledOrganization, parameters: SimulationParameters) -> [StationLoad] {
        let n = org.graph.count
        var rate = [Double](repeating: 0, count: n)
        var work = [Double](repeating: 0, count: n)
        let triage = parameters["triage_fraction"]
        let crm = Int(org.crmUnit)
        for source in org.sources {
            let owner = Int(org.caseOwner[source.caseType])
            let r = source.ratePerMinute
            if source.unit != owner {
                rate[source.unit] += r
                work[source.unit] += r * org.handling[source.unit] * triage
                if org.crmBrokers, crm >= 0, org.caseIsComplaint[source.caseType], crm != source.unit, crm != owner {
                    rate[crm] += r
                    work[crm] += r * org.handling[crm]
                }
            }
            addOwnerVisit(source, org, &rate, &work)
        }
        return stationLoads(org, rate: rate, work: work)
    }
}

extension Duration {
    /// Seconds as a floating-point number.
    var secondsValue: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
