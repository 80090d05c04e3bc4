/// How long a run lasts and which jobs it measures.
public enum RunLength: Sendable, Equatable {
    /// Count jobs: the first `warmUp` external arrivals are discarded; the next `measured`
    /// arrivals (indices `warmUp ..< warmUp + measured`) are measured, and the run stops
    /// the moment the last of them departs. Arrivals go on meanwhile, so measured jobs
    /// meet a loaded system. Time-weighted statistics cover the time from the first
    /// measured arrival to the stop. This is the peers' (SimPy, ciw) definition.
    case jobs(warmUp: Int, measured: Int)
    /// Run the clock: statistics are reset at time `warmUp`, jobs arriving at or after it
    /// are measured, and the run stops at `horizon`. Jobs still in the network then are
    /// not counted in the job statistics (a small bias toward short sojourns when the
    /// horizon is short compared with a sojourn).
    case time(warmUp: Double, horizon: Double)
}
