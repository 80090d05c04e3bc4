/// The small fixed-size record every job carries; the routing policy's per-job state.
///
/// The engine keeps one record per job in a pooled array and hands it to the
/// ``RoutingPolicy`` as `inout`. Read-only fields (`id` … `isMeasured`) are maintained by
/// the engine; the others belong to the policy, which may use them for
/// whatever it models (case type, owner, hop and bounce counters, context lost, staff
/// minutes spent, …). The record is reset when the job arrives, before
/// ``RoutingPolicy/admit(_:at:time:random:)``.
public struct JobRecord: Sendable {
    /// The job's slot in the engine's pool; reused after the job departs.
    @inlinable public var id: Int32 { _id }
    @usableFromInline var _id: Int32
    /// The job's external arrival order, 0-based, across all sources.
    @inlinable public var arrivalIndex: Int { _arrivalIndex }
    @usableFromInline var _arrivalIndex: Int
    /// The time the job arrived from outside (minutes).
    @inlinable public var arrivalTime: Double { _arrivalTime }
    @usableFromInline var _arrivalTime: Double
    /// The arrival source that created the job.
    @inlinable public var source: Int32 { _source }
    @usableFromInline var _source: Int32
    /// The number of services the job has completed.
    @inlinable public var visits: Int32 { _visits }
    @usableFromInline var _visits: Int32
    /// Whether the job's figures are measured (it arrived after the warm-up).
    @inlinable public var isMeasured: Bool { _isMeasured }
    @usableFromInline var _isMeasured: Bool

    /// The job class (case type); set from ``ArrivalSource/classID``. Selects
    /// ``Station/serviceByClass`` distributions.
    public var classID: Int32
    /// The priority class at the next station (0 first); set from the source, and by
    /// ``RoutingDecision/move(to:delay:priorityClass:)``.
    public var priorityClass: Int32
    /// Free for the policy; the engine sets it to the first station on arrival.
    public var origin: Int32
    /// Free for the policy, e.g. the owning unit; the engine sets it to −1 on arrival.
    public var owner: Int32
    /// Four counters free for the policy (hops, bounces, retellings, escalations, …);
    /// zero on arrival.
    public var counters: InlineArray<4, Int32>
    /// A number free for the policy (e.g. extra staff minutes); zero on arrival.
    public var accumulator: Double
    /// Multiplies the job's next service time; the engine resets it to 1 when that
    /// service starts.
    public var serviceMultiplier: Double
    /// Added to the job's next service time (minutes) after the multiplier; the engine
    /// resets it to 0 when that service starts.
    public var extraServiceTime: Double
    /// The job's own random stream, named (seed, replication, ``StreamPurpose/job``,
    /// arrival index): the same case draws the same numbers in every run with the same
    /// seed, whatever else differs (common random numbers per case, e.g. for a case and
    /// its "twin" sent straight to its owner). Free for the policy; with
    /// ``ServiceStreams/perJob`` the engine draws the job's service times from it too.
    ///
    /// Seeded on first use: most policies never draw from it, and seeding (four
    /// SplitMix64 outputs) cost about 30 instructions an event when done for every job.
    /// Reading it before any draw gives the freshly seeded stream either way.
    @inlinable public var random: Xoshiro256StarStar {
        get { _random.isUnseeded ? seededStream : _random }
        set { _random = newValue }
        _modify {
            if _random.isUnseeded { _random = seededStream }
            yield &_random
        }
    }
    /// The stream named (seed, replication, job, arrival index), freshly seeded.
    @inlinable var seededStream: Xoshiro256StarStar {
        Xoshiro256StarStar(seed: Xoshiro256StarStar.finishKey(_streamKey, index: _arrivalIndex))
    }
    /// The stream's state, all zero until first used.
    @usableFromInline var _random: Xoshiro256StarStar
    /// The (seed, replication, job) part of ``random``'s key; the arrival index completes it.
    @usableFromInline var _streamKey: UInt64
    /// Total service minutes the job has been given so far, the service in progress
    /// included (each service's duration after the multiplier and extra minutes).
    @inlinable public var serviceMinutes: Double { _serviceMinutes }
    @usableFromInline var _serviceMinutes: Double

    /// A record with every field at its arrival value; `streamKey` is the (seed,
    /// replication, job) part of ``random``'s key.
    @inlinable
    init(id: Int32, arrivalIndex: Int, arrivalTime: Double, source: Int32, origin: Int32,
         classID: Int32, priorityClass: Int32, isMeasured: Bool, streamKey: UInt64) {
        self._id = id
        self._arrivalIndex = arrivalIndex
        self._arrivalTime = arrivalTime
        self._source = source
        self._visits = 0
        self._isMeasured = isMeasured
        self.classID = classID
        self.priorityClass = priorityClass
        self.origin = origin
        self.owner = -1
        self.counters = InlineArray(repeating: 0)
        self.accumulator = 0
        self.serviceMultiplier = 1
        self.extraServiceTime = 0
        self._random = .unseeded
        self._streamKey = streamKey
        self._serviceMinutes = 0
    }
}
