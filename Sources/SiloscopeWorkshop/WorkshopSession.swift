import Foundation
import SiloscopeComparison
import SiloscopeEconomics
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeReport
import SiloscopeRendering
import SiloscopeScenarios
import SiloscopeSimulation

/// One workshop: today's model, the current change list with its history, and the figures
/// and diagrams of the latest step, shared by every browser watching.
///
/// A change is applied at once (a bad one is refused with its message and changes
/// nothing), then the changed organization is simulated in steps of growing replication
/// counts (``ServeConfiguration/stages``) against today's run with the same count and seed
/// (common random numbers: replication r of both sees the same arrivals, and it is the
/// same replication whatever the count, so each step extends the previous one). Every
/// step is published to every watcher; a newer change makes older steps stop.
public final class WorkshopSession: @unchecked Sendable {
    public let configuration: ServeConfiguration
    public let base: LoadedModel
    public let bundled: [BundledScenario]
    /// Today with each step's replication count.
    private let todayRuns: [Int: SimulationReport]

    /// Undo goes back at most this many steps.
    public static let maximumHistory = 500

    private let lock = NSLock()
    private var list = ChangeList()
    private var history: [ChangeList] = []
    private var version = 0
    private var update = 0
    private var applied: AppliedScenario
    private var comparison: ComparisonReport?
    private var currentReport: SimulationReport?
    /// `currentReport` encoded once per step.
    private var currentJSON: Data?
    /// Today's report with the final replication count, encoded once.
    private let todayJSON: Data
    /// Today's headline figures with the final replication count.
    private let todayMetrics: [MetricComparison]
    /// Today against itself: what an empty change list shows, without simulating.
    private let todayComparison: ComparisonReport
    private var problem: String?
    private var diagrams: [String: (version: Int, svg: Data)] = [:]
    private var recommendation: Recommendation?
    private var watchers: [Int: @Sendable (Data) -> Void] = [:]
    private var nextWatcher = 0
    /// Files this session wrote (it may replace those, and nothing else).
    private var written: Set<String> = []

    /// Loads nothing itself: give it the loaded model and scenarios. Simulates today once
    /// per step count (the first figures after a change need only the changed side).
    ///
    /// - Throws: ``ServeError`` (status 0) when today cannot be simulated.
    public init(configuration: ServeConfiguration, base: LoadedModel, bundled: [BundledScenario]) throws(ServeError) {
        self.configuration = configuration
        self.base = base
        self.bundled = bundled
        var today: [Int: SimulationReport] = [:]
        for runs in configuration.stages {
            var options = configuration.simulation
            options.runs = runs
            do {
                today[runs] = try SiloSimulator.run(base, options: options)
            } catch {
                throw ServeError(0, "\(base.sources.file): error: today's organization cannot be simulated: \(error)")
            }
        }
        todayRuns = today
        do {
            applied = try ChangeList().apply(to: base, name: "today", bundled: bundled)
        } catch {
            throw ServeError(0, error.message)
        }
        let final = configuration.simulation.runs
        let todayReport = today[final]!
        let todayComparison = Comparison.compare(base: base, today: todayReport, simulated: [(applied, todayReport)],
                                                 options: Self.options(configuration, runs: final), pricing: Self.pricing(configuration))
        self.todayComparison = todayComparison
        comparison = todayComparison
        currentReport = todayReport
        todayJSON = SessionState.encoded(todayReport)
        currentJSON = todayJSON
        todayMetrics = todayComparison.base.metrics
    }

    /// Money on the page: the model's economics section, 2,000 draws per step (enough for
    /// P10/P50/P90 on a screen, and quick beside the first step's simulation).
    static func pricing(_ configuration: ServeConfiguration) -> Pricing {
        .model(PricingOptions(draws: 2_000, seed: configuration.simulation.seed))
    }

    static func options(_ configuration: ServeConfiguration, runs: Int) -> SimulationOptions {
        var options = configuration.simulation
        options.runs = runs
        return options
    }

    // MARK: Changes

    /// Replaces the change list, simulates the first step and answers with the state;
    /// further steps follow in the background.
    ///
    /// - Throws: ``ServeError`` 400 naming the bad change; nothing changes then.
    public func change(to newList: ChangeList, recordHistory: Bool = true) async throws(ServeError) -> Data {
        let newApplied = try newList.apply(to: base, name: "workshop", bundled: bundled)
        let current: Int = lock.withLock {
            if recordHistory {
                history.append(list)
                if history.count > Self.maximumHistory { history.removeFirst() }
            }
            list = newList
            applied = newApplied
            version += 1
            update += 1
            comparison = nil
            currentReport = nil
            currentJSON = nil
            problem = nil
            if newList.items.isEmpty {
                // Today: known exactly, nothing to simulate.
                comparison = todayComparison
                currentReport = todayRuns[configuration.simulation.runs]
                currentJSON = todayJSON
            }
            return version
        }
        if newList.items.isEmpty {
            Thread.detachNewThread { self.drawDiagrams(version: current) }
            return stateJSON()
        }
        await runInBackground { self.simulate(version: current, stages: [self.configuration.stages[0]], mode: (firstStep: true, drawAfter: false)) }
        Thread.detachNewThread {
            self.drawDiagrams(version: current)
            self.simulate(version: current, stages: Array(self.configuration.stages.dropFirst()), mode: (firstStep: false, drawAfter: true))
        }
        return stateJSON()
    }

    /// Appends changes to the list.
    public func append(_ items: [String]) async throws(ServeError) -> Data {
        let current = lock.withLock { list }
        return try await change(to: ChangeList(items: current.items + items))
    }

    /// Goes back to the list before the last change.
    public func undo() async throws(ServeError) -> Data {
        let previous: ChangeList? = lock.withLock { history.popLast() }
        guard let previous else { throw ServeError(409, "nothing to undo") }
        return try await change(to: previous, recordHistory: false)
    }

    /// Back to today (undoable).
    public func reset() async throws(ServeError) -> Data {
        try await change(to: ChangeList())
    }

    /// Switches a bundled scenario on or off.
    public func toggle(scenario id: String) async throws(ServeError) -> Data {
        guard bundled.contains(where: { $0.id == id }) else {
            throw ServeError(404, "unknown scenario '\(id)'; expected one of \(bundled.map(\.id).joined(separator: ", "))")
        }
        let current = lock.withLock { list }
        var items = current.items.filter { ChangeList.bundledScenario(of: $0) != id }
        if items.count == current.items.count { items.append(try ChangeList.oneLine(["scenario": id], index: 0)) }
        return try await change(to: ChangeList(items: items))
    }

    /// The current change list.
    public var changeList: ChangeList { lock.withLock { list } }

    private func runInBackground(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                work()
                continuation.resume()
            }
        }
    }

    /// Simulates `version`'s organization with each replication count in turn, publishing
    /// each; stops when a newer change arrives. `mode.firstStep`: the first step (all
    /// threads); `mode.drawAfter`: draw the diagrams after the last step.
    private func simulate(version wanted: Int, stages: [Int], mode: (firstStep: Bool, drawAfter: Bool)) {
        for runs in stages {
            let (scenario, stillWanted): (AppliedScenario, Bool) = lock.withLock { (applied, version == wanted && problem == nil) }
            guard stillWanted else { return }
            var options = Self.options(configuration, runs: runs)
            // Later steps run on one thread (unless --threads says otherwise), so that the
            // first step of a newer change finds a free core; results do not depend on it.
            if !mode.firstStep, options.threads == nil { options.threads = 1 }
            var result: (ComparisonReport, SimulationReport)?
            var failure: String?
            var loaded = base
            loaded.model = scenario.model
            do {
                let report = try SiloSimulator.run(loaded, options: options)
                result = (Comparison.compare(base: base, today: todayRuns[runs]!, simulated: [(scenario, report)],
                                             options: options, pricing: Self.pricing(configuration)), report)
            } catch {
                failure = error.description
            }
            let encoded = result.map { SessionState.encoded($0.1) }
            let published: Bool = lock.withLock {
                guard version == wanted else { return false }
                if let result {
                    (comparison, currentReport, currentJSON) = (result.0, result.1, encoded)
                } else {
                    problem = failure
                    (comparison, currentReport, currentJSON) = (nil, nil, nil)
                }
                update += 1
                return true
            }
            guard published else { return }
            broadcast()
            if failure != nil { return }
        }
        if mode.drawAfter, !stages.isEmpty { drawDiagrams(version: wanted) }
    }

    // MARK: Diagrams

    /// Draws the org chart after the changes, the before/after/diff pictures on one stable
    /// layout and the friction heatmap, with the latest figures' friction.
    private func drawDiagrams(version wanted: Int) {
        let (scenario, compared, stillWanted): (AppliedScenario, ComparisonReport?, Bool) = lock.withLock {
            (applied, comparison, version == wanted)
        }
        guard stillWanted else { return }
        let drawn = SessionDiagrams.draw(base: base, applied: scenario, comparison: compared,
                                         today: todayRuns[configuration.simulation.runs]!,
                                         language: configuration.language, changed: !list.items.isEmpty)
        let published: Bool = lock.withLock {
            guard version == wanted else { return false }
            for (name, svg) in drawn { diagrams[name] = (wanted * 1000 + update, svg) }
            for name in Array(diagrams.keys) where drawn[name] == nil { diagrams[name] = nil }
            update += 1
            return true
        }
        if published { broadcast() }
    }

    /// A diagram's SVG.
    public func diagram(_ name: String) -> Data? {
        lock.withLock { diagrams[name]?.svg }
    }

    /// Draws today's diagrams (at start).
    public func drawInitialDiagrams() {
        drawDiagrams(version: lock.withLock { version })
    }

    // MARK: Recommendation

    /// Ranks the CRM team's placements for today (in the background at start).
    public func computeRecommendation() {
        guard base.model.crm != nil, let questions = try? AssessmentQuestionSet.bundled() else { return }
        let assessment = Assessment.assess(base, questionSet: questions)
        var options = RecommendationOptions()
        options.simulation = configuration.simulation
        options.robustnessSamples = configuration.robustnessSamples
        guard let result = try? Recommender.recommend(base, assessment: assessment, options: options) else { return }
        lock.withLock {
            recommendation = result
            update += 1
        }
        broadcast()
    }

    // MARK: Files

    /// Whether the session may write `path`: a new file, or one it wrote itself.
    public func mayWrite(_ path: String) -> Bool {
        lock.withLock { written.contains(path) } || !FileManager.default.fileExists(atPath: path)
    }

    /// Remembers a file the session wrote.
    public func recordWritten(_ path: String) {
        _ = lock.withLock { written.insert(path) }
    }

    // MARK: Watching

    /// Registers a watcher; it receives the state now and after every update.
    public func watch(_ send: @escaping @Sendable (Data) -> Void) -> Int {
        let id = lock.withLock {
            nextWatcher += 1
            watchers[nextWatcher] = send
            return nextWatcher
        }
        send(stateJSON())
        return id
    }

    /// Stops sending to a watcher.
    public func unwatch(_ id: Int) {
        _ = lock.withLock { watchers.removeValue(forKey: id) }
    }

    /// How many browsers watch.
    public var watcherCount: Int { lock.withLock { watchers.count } }

    private func broadcast() {
        let data = stateJSON()
        let targets = lock.withLock { Array(watchers.values) }
        for send in targets { send(data) }
    }

    // MARK: State

    /// The state as JSON (see ``SessionState``).
    public func stateJSON() -> Data {
        let (state, current) = lock.withLock { (makeState(), currentJSON) }
        return (try? state.json(today: todayJSON, current: current)) ?? Data("{}".utf8)
    }

    /// Call with the lock held.
    private func makeState() -> SessionState {
        let final = configuration.simulation.runs
        let today = todayRuns[final]!
        let scenarioResult = comparison?.scenarios.first
        let runsDone = problem == nil ? (comparison?.runs ?? 0) : 0
        let model = applied.model
        let currentParameters = currentReport?.parameters ?? today.parameters
        let metrics: [SessionState.Metric] = todayMetrics.map { full in
            SessionState.Metric(
                metric: full.metric.rawValue, title: full.metric.title, isShare: full.metric.isShare,
                lowerIsBetter: full.metric.lowerIsBetter, today: full.value, todayLow: full.low, todayHigh: full.high,
                now: scenarioResult?.metrics.first { $0.metric == full.metric })
        }
        var diagramURLs: [String: String] = [:]
        for (name, entry) in diagrams { diagramURLs[name] = "/api/diagrams/\(name).svg?v=\(entry.version)" }
        let status = problem != nil ? "unstable" : (runsDone >= final ? "complete" : "computing")
        return SessionState(
            version: version, update: update,
            organization: base.model.organization.name, modelFile: base.sources.file,
            language: configuration.language.rawValue,
            options: .init(runs: final, firstRuns: configuration.stages[0], stages: configuration.stages,
                           cases: configuration.simulation.cases, seed: configuration.simulation.seed),
            changes: list.items.map(JSONValue.parse),
            changeSummaries: applied.records.map(\.summary),
            changeWarnings: applied.warnings.map(\.message),
            canUndo: !history.isEmpty,
            scenarios: bundled.map { scenario in
                SessionState.ScenarioSwitch(id: scenario.id, name: scenario.name, description: scenario.description,
                                            enabled: list.items.contains { ChangeList.bundledScenario(of: $0) == scenario.id })
            },
            organizationAfter: .init(
                units: model.units.map { .init(id: $0.id, name: $0.name, parent: $0.parent) },
                handoffs: model.handoffs.map { .init(from: $0.from, to: $0.to) },
                systems: model.systems.map { .init(id: $0.id, name: $0.name, role: $0.role.rawValue, sync: $0.sync.rawValue) },
                touchpoints: model.touchpoints.map { .init(id: $0.id, name: $0.name, reads: $0.reads) },
                crmUnit: model.crm?.unit,
                parameters: SimulationParameters.definitions.map { definition in
                    .init(name: definition.name, value: currentParameters[definition.name] ?? definition.defaultValue,
                          min: definition.range.lowerBound, max: definition.range.upperBound)
                }),
            status: status, problem: Nullable(problem),
            progress: .init(runsDone: runsDone, runsTotal: final, complete: runsDone >= final || problem != nil),
            metrics: metrics,
            recommendation: Nullable(recommendation.map(SessionState.RecommendationSummary.init)),
            diagrams: diagramURLs,
            businessCase: Nullable((comparison ?? todayComparison).businessCase.map {
                SessionState.MoneySummary($0, changed: !list.items.isEmpty && comparison != nil)
            }),
            moneyHint: Nullable(base.model.economics == nil ? Pricing.hint : nil))
    }
}
