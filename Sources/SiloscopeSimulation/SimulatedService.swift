import SiloscopeEngine
import SiloscopeModel

/// One simulated service: what a ticket log with start/complete pairs records of it.
///
/// Calibration simulates a model hundreds of times and compares each run's services with
/// the client's log; this is the record it reads, without writing text.
public struct SimulatedService: Sendable, Equatable {
    /// The case (its arrival index in the run).
    public var job: Int32
    /// Case-type index into the model's `case_types`.
    public var caseType: Int32
    /// Arrival-stream index into ``CompiledOrganization/sources``.
    public var source: Int32
    /// Unit index into the model's `units`.
    public var unit: Int32
    /// Minutes from the run's start when the service started (after any wait).
    public var start: Double
    /// Minutes when it ended.
    public var end: Double
}

/// Keeps every service of one replication, in the order services start.
struct ServiceRecorder: SimulationObserver, Sendable {
    var services: [SimulatedService] = []

    mutating func serviceStarted(_ job: borrowing JobRecord, at station: Int, time: Double, wait: Double,
                                 serviceTime: Double) {
        services.append(SimulatedService(job: Int32(truncatingIfNeeded: job.arrivalIndex), caseType: job.classID,
                                         source: job.source, unit: Int32(station), start: time, end: time + serviceTime))
    }
}

extension SiloSimulator {
    /// Simulates the actual organization once under structural routing (no twin world, no
    /// replications) and returns every service: the inner loop of calibration.
    ///
    /// - Parameters:
    ///   - org: the compiled model (its parameters are the ones simulated).
    ///   - parameters: the same parameters the organization was compiled with.
    ///   - cases: cases measured after the warm-up.
    ///   - warmupCases: cases simulated first (their services are returned too).
    ///   - seed: the seed; the same seed gives the same arrivals and draws (common random
    ///     numbers across parameter values).
    /// - Throws: ``SimulationError`` when a queue is unstable or a case could never reach
    ///   its owner.
    /// - Complexity: O(services · log(events pending)).
    public static func services(_ org: CompiledOrganization, parameters: SimulationParameters, cases: Int,
                                warmupCases: Int, seed: UInt64) throws(SimulationError) -> [SimulatedService] {
        guard !org.sources.isEmpty else { throw .noArrivals }
        let policy = StructuralPolicy(org: org, parameters: parameters)
        if let (caseType, unit) = policy.unreachableOwner() {
            throw .invalidModel("case type '\(org.model.caseTypes[caseType].id)' arriving at '\(org.model.units[unit].id)' may never reach its owner (escalation off, routing accuracy 0)")
        }
        let overloaded = structuralLowerBoundLoads(org, parameters: parameters).filter { !($0.utilisation < 1) }
        if !overloaded.isEmpty { throw .unstable(overloaded) }
        var plan = ReplicationPlan(seed: seed, replications: 1, length: .jobs(warmUp: warmupCases, measured: max(1, cases)), threads: 1)
        plan.quantiles = []  // only the recorded services are read: no sketch memory per unit
        do {
            let report = try Replications.run(network: org.network(), plan: plan, policy: { _ in policy },
                                              observer: { _ in ServiceRecorder() })
            return report.observers.first?.services ?? []
        } catch {
            throw .engine(error)
        }
    }
}
