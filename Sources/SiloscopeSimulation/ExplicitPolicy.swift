import SiloscopeEngine

/// Explicit routing: the model's `routing` table as a Jackson network (``MarkovRouter``),
/// with the per-case counters the report reads kept as in structural mode.
///
/// The router decides every move; this wrapper only counts: each case tells its story
/// once, and each move to another unit is a handoff. There are no bounces, escalations,
/// retellings or reopens in explicit mode, so those counters stay 0.
struct ExplicitPolicy: RoutingPolicy, Sendable {
    var router: MarkovRouter

    mutating func admit(_ job: inout JobRecord, at station: Int, time: Double, random: inout RoutingStreams) {
        job.tellings = 1
    }

    @inline(__always)
    mutating func route(_ job: inout JobRecord, after station: Int, time: Double,
                        random: inout RoutingStreams) -> RoutingDecision {
        let decision = router.route(&job, after: station, time: time, random: &random)
        if case .move = decision { job.handoffs += 1 }
        return decision
    }
}
