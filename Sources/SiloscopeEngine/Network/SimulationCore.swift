/// The state of one run and its event loop: the hot path of the engine.
///
/// All per-station and per-job state lives in raw buffers allocated once per run (the
/// job pool doubles when it must, then is reused through a free list): no bounds checks,
/// no copy-on-write checks, no allocation per event. ``deallocate()`` frees everything;
/// ``NetworkSimulator/run(_:)`` calls it with `defer`.
@usableFromInline
struct SimulationCore<Policy: RoutingPolicy, Observer: SimulationObserver> {
    @usableFromInline var policy: Policy
    @usableFromInline var observer: Observer

    // Configuration.
    @usableFromInline let stationCount: Int
    @usableFromInline let classCount: Int
    @usableFromInline let sourceCount: Int
    @usableFromInline let servers: UnsafeMutablePointer<Int32>
    @usableFromInline let serviceKernels: UnsafeMutablePointer<SamplerKernel>
    @usableFromInline let classKernelStart: UnsafeMutablePointer<Int>
    @usableFromInline let classKernelCount: UnsafeMutablePointer<Int>
    @usableFromInline let classKernels: UnsafeMutablePointer<SamplerKernel>
    @usableFromInline let interarrivalKernels: UnsafeMutablePointer<SamplerKernel>
    @usableFromInline let tables: UnsafeMutablePointer<Double>
    /// The exponential sampler's tables, read once per run (see ``ZigguratTables``).
    @usableFromInline let ziggurat = ExponentialZiggurat.shared
    @usableFromInline let sourceStation: UnsafeMutablePointer<Int32>
    @usableFromInline let sourcePriority: UnsafeMutablePointer<Int32>
    @usableFromInline let sourceClass: UnsafeMutablePointer<Int32>

    // Random streams.
    @usableFromInline let arrivalRandom: UnsafeMutablePointer<Xoshiro256StarStar>
    @usableFromInline let serviceRandom: UnsafeMutablePointer<Xoshiro256StarStar>
    @usableFromInline let routingRandom: UnsafeMutablePointer<RoutingStreams>
    @usableFromInline let admissionRandom: UnsafeMutablePointer<RoutingStreams>
    /// The (seed, replication, job) part of every job stream's key.
    @usableFromInline let jobStreamKey: UInt64
    /// Whether service times come from the job's stream rather than the station's.
    @usableFromInline let perJobService: Bool

    // Stations; queues are intrusive FIFO lists per (station, class) through `JobSlot.link`.
    @usableFromInline let busy: UnsafeMutablePointer<Int32>
    @usableFromInline let waiting: UnsafeMutablePointer<Int32>
    @usableFromInline let queueHead: UnsafeMutablePointer<Int32>
    @usableFromInline let queueTail: UnsafeMutablePointer<Int32>
    @usableFromInline let lastChange: UnsafeMutablePointer<Double>
    @usableFromInline let busyArea: UnsafeMutablePointer<Double>
    @usableFromInline let queueArea: UnsafeMutablePointer<Double>
    @usableFromInline let waitStatistics: UnsafeMutablePointer<RunningStatistics>
    @usableFromInline let stationTimeStatistics: UnsafeMutablePointer<RunningStatistics>
    /// Per-station wait sketches, in raw memory (see ``SketchCounter``).
    @usableFromInline let waitSketches: UnsafeMutablePointer<SketchCounter>

    // Job pool.
    @usableFromInline var slots: UnsafeMutablePointer<JobSlot>
    @usableFromInline var slotCapacity: Int
    @usableFromInline var slotCount: Int = 0
    @usableFromInline var freeHead: Int32 = -1

    // Clock, calendars, network statistics, run control.
    @usableFromInline var now: Double = 0
    /// Service completions and transits: mostly scheduled a service time ahead, so they
    /// enter near the bottom of the heap.
    @usableFromInline var calendar = EventHeap(capacity: 256)
    /// External arrivals, one pending per source: a few minutes ahead at most, they would
    /// otherwise sift through the whole completion heap at each arrival.
    @usableFromInline var arrivalCalendar: EventHeap
    /// The sequence number of the next event scheduled on either calendar: the two
    /// together give the events in (time, sequence) order, as one calendar would.
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var sojournStatistics = RunningStatistics()
    @usableFromInline var sojournSketch = SketchCounter()
    /// The parameters every sketch of the run shares (an empty default sketch).
    @usableFromInline let sketchShape = QuantileSketch()
    @usableFromInline let sketchShift: UInt64
    @usableFromInline let sketchOffset: Int
    @usableFromInline let sketchBuckets: Int
    @usableFromInline var visitStatistics = RunningStatistics()
    @usableFromInline var jobWaitStatistics = RunningStatistics()
    @usableFromInline var externalArrivals = 0
    @usableFromInline var serviceCompletions = 0
    @usableFromInline var nextArrivalIndex = 0
    @usableFromInline var measuredDeparted = 0
    @usableFromInline var measuring = false
    @usableFromInline var measureStart: Double = 0
    @usableFromInline let sketchesSojourn: Bool
    @usableFromInline let sketchesWaits: Bool
    @usableFromInline let countsJobs: Bool
    @usableFromInline let warmUpJobs: Int
    @usableFromInline let measuredJobLimit: Int
    @usableFromInline let warmUpTime: Double
    @usableFromInline let horizon: Double
    /// The horizon as a calendar order key, compared with events' keys directly.
    @usableFromInline let horizonKey: UInt64
    @usableFromInline var stopRequested = false
    /// Safety bounds: a run stops (and reports why) rather than run or grow without end.
    @usableFromInline let arrivalLimit: Int
    @usableFromInline static var jobLimit: Int { 1 << 21 }
    @usableFromInline var runaway: Runaway?

    /// Allocates and initialises a run's state.
    @usableFromInline
    init(network: Network, policy: Policy, observer: Observer, seed: UInt64, replication: Int, length: RunLength,
         quantiles: QuantileSketches) {
        self.policy = policy
        sketchesSojourn = quantiles.contains(.sojourn)
        sketchesWaits = quantiles.contains(.stationWaits)
        self.observer = observer
        stationCount = network.stations.count
        classCount = network.priorityClasses
        sourceCount = network.sources.count
        switch length {
        case let .jobs(warmUp, measured):
            precondition(warmUp >= 0 && measured >= 0, "job counts must be non-negative")
            (countsJobs, warmUpJobs, measuredJobLimit, warmUpTime, horizon) = (true, warmUp, measured, 0, .infinity)
            // Twenty times the counted jobs plus a margin: a stable organization needs the
            // counted jobs plus those arriving while the last ones finish (λ·W, small).
            let (scaled, overflow) = (warmUp &+ measured).multipliedReportingOverflow(by: 20)
            arrivalLimit = overflow ? Int.max : scaled.addingReportingOverflow(200_000).partialValue
        case let .time(warmUp, horizon):
            precondition(warmUp >= 0 && horizon >= warmUp, "need 0 ≤ warmUp ≤ horizon")
            (countsJobs, warmUpJobs, measuredJobLimit, warmUpTime, self.horizon) = (false, 0, 0, warmUp, horizon)
            arrivalLimit = 200_000_000
        }
        horizonKey = ScheduledEvent.orderKey(horizon)
        let n = stationCount
        let stations = network.stations
        let sources = network.sources

        var tablePool: [Double] = []
        func kernel(_ distribution: Distribution) -> SamplerKernel {
            var table: [Double] = []
            if case let .empirical(samples) = distribution { table = samples.sorted() }
            let result = SamplerKernel(distribution, tableStart: tablePool.count, tableCount: table.count)
            tablePool.append(contentsOf: table)
            return result
        }
        servers = .build(stations.map { Int32($0.servers) })
        serviceKernels = .build(stations.map { kernel($0.service) })
        var starts: [Int] = []
        var classKernelList: [SamplerKernel] = []
        for station in stations {
            starts.append(classKernelList.count)
            classKernelList.append(contentsOf: station.serviceByClass.map(kernel))
        }
        classKernelStart = .build(starts)
        classKernelCount = .build(stations.map(\.serviceByClass.count))
        classKernels = .build(classKernelList)
        interarrivalKernels = .build(sources.map { kernel($0.interarrival) })
        tables = .build(tablePool)
        sourceStation = .build(sources.map { Int32($0.station) })
        sourcePriority = .build(sources.map { Int32($0.priorityClass) })
        sourceClass = .build(sources.map { Int32(truncatingIfNeeded: $0.classID) })

        arrivalRandom = .build((0..<sourceCount).map {
            Xoshiro256StarStar(seed: seed, replication: replication, purpose: .arrivals, index: $0)
        })
        serviceRandom = .build((0..<n).map {
            Xoshiro256StarStar(seed: seed, replication: replication, purpose: .service, index: $0)
        })
        routingRandom = .build((0..<n).map {
            RoutingStreams(
                decision: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .routing, index: $0),
                delay: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .transfer, index: $0))
        })
        admissionRandom = .build((0..<sourceCount).map {
            RoutingStreams(
                decision: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .admission, index: $0),
                delay: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .transfer,
                                          index: 1_000_000 + $0))
        })

        jobStreamKey = Xoshiro256StarStar.purposeKey(seed: seed, replication: replication, purpose: .job)
        perJobService = network.serviceStreams == .perJob

        busy = .build([Int32](repeating: 0, count: n))
        waiting = .build([Int32](repeating: 0, count: n))
        queueHead = .build([Int32](repeating: -1, count: n * classCount))
        queueTail = .build([Int32](repeating: -1, count: n * classCount))
        lastChange = .build([Double](repeating: 0, count: n))
        busyArea = .build([Double](repeating: 0, count: n))
        queueArea = .build([Double](repeating: 0, count: n))
        waitStatistics = .build([RunningStatistics](repeating: RunningStatistics(), count: n))
        stationTimeStatistics = .build([RunningStatistics](repeating: RunningStatistics(), count: n))
        waitSketches = .build([SketchCounter](repeating: SketchCounter(), count: n))
        sketchShift = sketchShape.shift
        sketchOffset = sketchShape.indexOffset
        sketchBuckets = sketchShape.bucketCount

        slotCapacity = 256
        slots = UnsafeMutablePointer<JobSlot>.allocate(capacity: slotCapacity)
        arrivalCalendar = EventHeap(capacity: sourceCount &+ 2)
    }

    /// Frees every buffer.
    @usableFromInline
    func deallocate() {
        servers.deallocate()
        serviceKernels.deallocate()
        classKernelStart.deallocate()
        classKernelCount.deallocate()
        classKernels.deallocate()
        interarrivalKernels.deallocate()
        tables.deallocate()
        sourceStation.deallocate()
        sourcePriority.deallocate()
        sourceClass.deallocate()
        arrivalRandom.deallocate()
        serviceRandom.deallocate()
        routingRandom.deallocate()
        admissionRandom.deallocate()
        busy.deallocate()
        waiting.deallocate()
        queueHead.deallocate()
        queueTail.deallocate()
        lastChange.deallocate()
        busyArea.deallocate()
        queueArea.deallocate()
        waitStatistics.deallocate()
        stationTimeStatistics.deallocate()
        for s in 0..<stationCount { waitSketches[s].deallocate() }
        waitSketches.deallocate()
        sojournSketch.deallocate()
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        calendar.deallocate()
        arrivalCalendar.deallocate()
    }

    /// Runs the event loop until the stop rule holds.
    @inlinable
    mutating func run() {
        for k in 0..<sourceCount {
            let gap = interarrivalKernels[k].sample(using: &arrivalRandom[k], table: tables, ziggurat: ziggurat)
            scheduleArrival(at: gap, source: k)
        }
        if (countsJobs && warmUpJobs == 0) || (!countsJobs && warmUpTime <= 0) { beginMeasurement(at: 0) }
        if countsJobs && measuredJobLimit == 0 { stopRequested = true }
        while !stopRequested {
            // The earlier of the two calendars' first events (each calendar's first slot
            // holds a sentinel at +∞ when it is empty).
            let next = calendar.top, nextArrival = arrivalCalendar.top
            let isArrival = nextArrival.precedes(next)
            let event = isArrival ? nextArrival : next
            // The earlier is a sentinel only when both calendars are empty.
            if event.sequence == ScheduledEvent.sentinel.sequence { break }
            if event.timeKey > horizonKey { break }
            now = event.time
            if !measuring && !countsJobs && now >= warmUpTime { beginMeasurement(at: warmUpTime) }
            let index = EventKind.index(event.payload)
            if isArrival {
                arrivalCalendar.startHandlingFirst()
                handleArrival(source: index)
                arrivalCalendar.finishHandlingFirst()
                continue
            }
            calendar.startHandlingFirst()
            let job = EventKind.job(event.payload)
            if EventKind.kind(event.payload) == .completion {
                handleCompletion(station: index, job: job)
            } else {
                join(job: job, station: index, from: Int(slots[job].lastStation))
            }
            calendar.finishHandlingFirst()
        }
        let end = countsJobs ? now : horizon
        if !measuring && !countsJobs && end >= warmUpTime { beginMeasurement(at: warmUpTime) }
        now = end
        for s in 0..<stationCount { updateArea(s) }
    }

    /// The next event to schedule on either calendar, with the next sequence number.
    @inlinable @inline(__always)
    mutating func event(at time: Double, payload: UInt64) -> ScheduledEvent {
        defer { nextSequence &+= 1 }
        return ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
    }

    /// Schedules a completion or a transit.
    @inlinable @inline(__always)
    mutating func schedule(at time: Double, payload: UInt64) {
        calendar.add(event(at: time, payload: payload))
    }

    /// Schedules source k's next arrival.
    @inlinable @inline(__always)
    mutating func scheduleArrival(at time: Double, source k: Int) {
        arrivalCalendar.add(event(at: time, payload: EventKind.arrival.payload(index: k, job: 0)))
    }

    /// Starts the measured period: time-weighted areas restart from `time`.
    @inlinable
    mutating func beginMeasurement(at time: Double) {
        let saved = now
        now = time
        for s in 0..<stationCount {
            updateArea(s)
            busyArea[s] = 0
            queueArea[s] = 0
        }
        now = saved
        measuring = true
        measureStart = time
    }

    /// Accumulates station s's busy-server and queue-length areas up to `now`.
    @inlinable @inline(__always)
    func updateArea(_ s: Int) {
        let dt = now - lastChange[s]
        busyArea[s] += Double(busy[s]) * dt
        queueArea[s] += Double(waiting[s]) * dt
        lastChange[s] = now
    }

    @inlinable @inline(__always)
    mutating func handleArrival(source k: Int) {
        if externalArrivals >= arrivalLimit || (freeHead < 0 && slotCount >= Self.jobLimit) {
            runaway = externalArrivals >= arrivalLimit
                ? .arrivals(limit: arrivalLimit, measuredJobs: measuredJobLimit) : .jobsInSystem(limit: Self.jobLimit)
            stopRequested = true
            return
        }
        externalArrivals &+= 1
        let index = nextArrivalIndex
        nextArrivalIndex &+= 1
        let gap = interarrivalKernels[k].sample(using: &arrivalRandom[k], table: tables, ziggurat: ziggurat)
        scheduleArrival(at: now + gap, source: k)
        if countsJobs && index == warmUpJobs && !measuring { beginMeasurement(at: now) }
        let isMeasured = countsJobs
            ? (index >= warmUpJobs && index < warmUpJobs &+ measuredJobLimit)
            : measuring
        let station = Int(sourceStation[k])
        let job = allocateJob()
        slots[job].record = JobRecord(
            id: Int32(job), arrivalIndex: index, arrivalTime: now, source: Int32(k), origin: Int32(station),
            classID: sourceClass[k], priorityClass: sourcePriority[k], isMeasured: isMeasured,
            streamKey: jobStreamKey)
        slots[job].wait = 0
        policy.admit(&slots[job].record, at: station, time: now, random: &admissionRandom[k])
        let priority = slots[job].record.priorityClass
        precondition(priority >= 0 && Int(priority) < classCount,
                     "routing policy set a priority class outside 0..<priorityClasses")
        join(job: job, station: station, from: nil)
    }

    @inlinable @inline(__always)
    mutating func allocateJob() -> Int {
        if freeHead >= 0 {
            let job = Int(freeHead)
            freeHead = slots[job].link
            return job
        }
        if slotCount == slotCapacity { growSlots() }
        let job = slotCount
        (slots + job).initialize(to: JobSlot(record: JobRecord(
            id: Int32(job), arrivalIndex: 0, arrivalTime: 0, source: 0, origin: 0,
            classID: 0, priorityClass: 0, isMeasured: false, streamKey: 0)))
        slotCount &+= 1
        return job
    }

    @usableFromInline
    mutating func growSlots() {
        precondition(slotCapacity < Int(Int32.max) / 2, "more than 2³⁰ jobs in the network at once")
        slots = slots.doubled(count: slotCount, capacity: slotCapacity)
        slotCapacity *= 2
    }

    /// A job joins a station: straight into service when a server is free, else queued.
    @inlinable @inline(__always)
    mutating func join(job: Int, station s: Int, from: Int?) {
        observer.jobArrived(slots[job].record, at: s, from: from, time: now)
        slots[job].enteredAt = now
        updateArea(s)
        if busy[s] < servers[s] {
            startService(job: job, station: s, wait: 0)
            return
        }
        waiting[s] &+= 1
        let q = s &* classCount &+ Int(slots[job].record.priorityClass)
        slots[job].link = -1
        let tail = queueTail[q]
        if tail >= 0 { slots[Int(tail)].link = Int32(job) } else { queueHead[q] = Int32(job) }
        queueTail[q] = Int32(job)
    }

    /// Starts a service; station s's areas must be up to date at `now` (the callers have
    /// just updated them: a second update at the same time would add zero).
    @inlinable @inline(__always)
    mutating func startService(job: Int, station s: Int, wait: Double) {
        busy[s] &+= 1
        let classID = Int(slots[job].record.classID)
        let kernel = classID >= 0 && classID < classKernelCount[s]
            ? classKernels[classKernelStart[s] &+ classID] : serviceKernels[s]
        var duration = perJobService
            ? kernel.sample(using: &slots[job].record.random, table: tables, ziggurat: ziggurat)
            : kernel.sample(using: &serviceRandom[s], table: tables, ziggurat: ziggurat)
        let multiplier = slots[job].record.serviceMultiplier
        let extra = slots[job].record.extraServiceTime
        if multiplier != 1 || extra != 0 {
            duration = Swift.max(0, duration * multiplier + extra)
            slots[job].record.serviceMultiplier = 1
            slots[job].record.extraServiceTime = 0
        }
        slots[job].record._serviceMinutes += duration
        if slots[job].record.isMeasured {
            waitStatistics[s].add(wait)
            if sketchesWaits {
                waitSketches[s].add(wait, shift: sketchShift, offset: sketchOffset, count: sketchBuckets)
            }
            slots[job].wait += wait
        }
        observer.serviceStarted(slots[job].record, at: s, time: now, wait: wait, serviceTime: duration)
        schedule(at: now + duration, payload: EventKind.completion.payload(index: s, job: job))
    }

    @inlinable @inline(__always)
    mutating func handleCompletion(station s: Int, job: Int) {
        serviceCompletions &+= 1
        updateArea(s)
        busy[s] &-= 1
        slots[job].record._visits &+= 1
        if slots[job].record.isMeasured { stationTimeStatistics[s].add(now - slots[job].enteredAt) }
        observer.serviceEnded(slots[job].record, at: s, time: now)
        if waiting[s] > 0 {
            let next = dequeue(station: s)
            startService(job: next, station: s, wait: now - slots[next].enteredAt)
        }
        let decision = policy.route(&slots[job].record, after: s, time: now, random: &routingRandom[s])
        switch decision {
        case .exit:
            depart(job: job, from: s)
        case let .move(target, delay, priorityClass):
            precondition(target >= 0 && target < stationCount, "routing policy moved a job to a station out of range")
            precondition(priorityClass >= 0 && priorityClass < classCount,
                         "routing policy chose a priority class outside 0..<priorityClasses")
            precondition(delay >= 0, "routing policy chose a negative or NaN transfer delay")
            slots[job].record.priorityClass = Int32(priorityClass)
            if delay > 0 {
                slots[job].lastStation = Int32(s)
                schedule(at: now + delay, payload: EventKind.transit.payload(index: target, job: job))
            } else {
                join(job: job, station: target, from: s)
            }
        }
    }

    /// Removes the first job of the highest-priority non-empty queue at station s (whose
    /// areas are up to date at `now`).
    @inlinable @inline(__always)
    mutating func dequeue(station s: Int) -> Int {
        waiting[s] &-= 1
        var q = s &* classCount
        while queueHead[q] < 0 { q &+= 1 }
        let job = Int(queueHead[q])
        let next = slots[job].link
        queueHead[q] = next
        if next < 0 { queueTail[q] = -1 }
        return job
    }

    @inlinable @inline(__always)
    mutating func depart(job: Int, from s: Int) {
        let sojourn = now - slots[job].record.arrivalTime
        if slots[job].record.isMeasured {
            sojournStatistics.add(sojourn)
            if sketchesSojourn {
                sojournSketch.add(sojourn, shift: sketchShift, offset: sketchOffset, count: sketchBuckets)
            }
            visitStatistics.add(Double(slots[job].record.visits))
            jobWaitStatistics.add(slots[job].wait)
            measuredDeparted &+= 1
            if countsJobs && measuredDeparted == measuredJobLimit { stopRequested = true }
        }
        observer.jobDeparted(slots[job].record, from: s, time: now, sojourn: sojourn)
        slots[job].link = freeHead
        freeHead = Int32(job)
    }

    /// The run's figures.
    @usableFromInline
    func result(network: Network, seed: UInt64, replication: Int) -> SimulationResult {
        let end = now
        let span = measuring ? end - measureStart : 0
        let stations = (0..<stationCount).map { s in
            let c = Double(servers[s])
            return StationStatistics(
                name: network.stations[s].name, servers: Int(servers[s]),
                utilisation: busyArea[s] / (c * span),
                meanQueueLength: queueArea[s] / span,
                meanNumberInSystem: (busyArea[s] + queueArea[s]) / span,
                wait: waitStatistics[s], timeInStation: stationTimeStatistics[s],
                waitQuantiles: sketchShape.with(waitSketches[s]))
        }
        var result = SimulationResult(
            seed: seed, replication: replication, endTime: end, measuredTime: span,
            externalArrivals: externalArrivals, serviceCompletions: serviceCompletions,
            measuredJobs: measuredDeparted, sojourn: sojournStatistics, sojournQuantiles: sketchShape.with(sojournSketch),
            visitsPerJob: visitStatistics, waitPerJob: jobWaitStatistics, stations: stations)
        result.runaway = runaway
        return result
    }
}
