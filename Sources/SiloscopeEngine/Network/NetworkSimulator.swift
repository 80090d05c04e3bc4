/// A discrete-event simulator of an open queueing network with pluggable routing.
///
/// Stations have c servers and non-preemptive priority queues (class 0 first, FIFO within
/// a class). External sources feed stations; after each service the ``RoutingPolicy``
/// decides whether the job leaves or moves on, possibly after a transfer delay. The
/// ``SimulationObserver`` sees every arrival, service start, service end and departure.
/// Time is in minutes.
///
/// Both the policy and the observer are generic parameters, so the event loop is
/// specialised for them: no existential and no allocation per event. Jobs live in pooled
/// arrays addressed by integer ids with a free list; the event calendar is a 4-ary heap in
/// one array; statistics are streaming (memory does not grow with the number of jobs).
///
/// Random numbers come from independent streams named by (seed, replication, purpose,
/// index): one per source for arrivals, one per station for service times, one pair per
/// station for routing. A run is a pure function of the network, the policy, the seed
/// and the replication index.
///
/// ```swift
/// let router = try MarkovRouter(routing: matrix, network: network)
/// var simulator = try NetworkSimulator(network: network, policy: router,
///                                      observer: NullObserver(), seed: 1)
/// let result = simulator.run(.jobs(warmUp: 20_000, measured: 1_000_000))
/// print(result.sojourn.mean)
/// ```
public struct NetworkSimulator<Policy: RoutingPolicy, Observer: SimulationObserver> {
    /// The network simulated.
    public let network: Network
    /// The routing policy; after a run it holds whatever state the policy accumulated.
    public var policy: Policy
    /// The observer; after a run it holds whatever the observer accumulated.
    public var observer: Observer
    /// The seed of the random streams.
    public let seed: UInt64
    /// The replication index of the random streams.
    public let replication: Int

    // Prepared once.
    @usableFromInline let stationCount: Int
    @usableFromInline let classCount: Int
    @usableFromInline let servers: [Int32]
    @usableFromInline let serviceSamplers: [Sampler]
    @usableFromInline let classSamplerStart: [Int]
    @usableFromInline let classSamplerCount: [Int]
    @usableFromInline let classSamplers: [Sampler]
    @usableFromInline let sourceStation: [Int32]
    @usableFromInline let sourcePriority: [Int32]
    @usableFromInline let sourceClass: [Int32]
    @usableFromInline let interarrivalSamplers: [Sampler]

    // Random streams.
    @usableFromInline var arrivalRandom: [Xoshiro256StarStar] = []
    @usableFromInline var serviceRandom: [Xoshiro256StarStar] = []
    @usableFromInline var routingRandom: [RoutingStreams] = []
    @usableFromInline var admissionRandom: [RoutingStreams] = []

    // Clock and calendar.
    @usableFromInline var now: Double = 0
    @usableFromInline var calendar = EventCalendar()
    @usableFromInline var topPending = false

    // Job pool (structure of arrays, integer ids, free list through `link`).
    @usableFromInline var jobs: [JobRecord] = []
    @usableFromInline var link: [Int32] = []
    @usableFromInline var enteredAt: [Double] = []
    @usableFromInline var lastStation: [Int32] = []
    @usableFromInline var jobWait: [Double] = []
    @usableFromInline var freeHead: Int32 = -1

    // Station state; queues are intrusive FIFO lists per (station, class).
    @usableFromInline var busy: [Int32] = []
    @usableFromInline var waiting: [Int32] = []
    @usableFromInline var queueHead: [Int32] = []
    @usableFromInline var queueTail: [Int32] = []
    @usableFromInline var lastChange: [Double] = []
    @usableFromInline var busyArea: [Double] = []
    @usableFromInline var queueArea: [Double] = []

    // Statistics.
    @usableFromInline var waitStatistics: [RunningStatistics] = []
    @usableFromInline var stationTimeStatistics: [RunningStatistics] = []
    @usableFromInline var waitSketches: [QuantileSketch] = []
    @usableFromInline var sojournStatistics = RunningStatistics()
    @usableFromInline var sojournSketch = QuantileSketch()
    @usableFromInline var visitStatistics = RunningStatistics()
    @usableFromInline var jobWaitStatistics = RunningStatistics()
    @usableFromInline var externalArrivals = 0
    @usableFromInline var serviceCompletions = 0
    @usableFromInline var nextArrivalIndex = 0
    @usableFromInline var measuredDeparted = 0
    @usableFromInline var measuring = false
    @usableFromInline var measureStart: Double = 0

    // Run control.
    @usableFromInline var countsJobs = true
    @usableFromInline var warmUpJobs = 0
    @usableFromInline var measuredJobLimit = 0
    @usableFromInline var warmUpTime: Double = 0
    @usableFromInline var horizon: Double = .infinity
    @usableFromInline var stopRequested = false

    /// Prepares a simulator.
    /// - Parameters:
    ///   - network: The network; validated here.
    ///   - policy: The routing policy (copied; the simulator's copy is ``policy``).
    ///   - observer: The observer (copied; the simulator's copy is ``observer``).
    ///   - seed: The seed of every random stream.
    ///   - replication: The replication index (0-based), the second stream coordinate.
    /// - Throws: ``EngineError`` when the network is invalid (see ``Network/validate()``).
    public init(network: Network, policy: Policy, observer: Observer, seed: UInt64, replication: Int = 0)
        throws(EngineError) {
        try network.validate()
        self.network = network
        self.policy = policy
        self.observer = observer
        self.seed = seed
        self.replication = replication
        stationCount = network.stations.count
        classCount = network.priorityClasses
        servers = network.stations.map { Int32($0.servers) }
        var serviceSamplers: [Sampler] = []
        var classSamplerStart: [Int] = []
        var classSamplerCount: [Int] = []
        var classSamplers: [Sampler] = []
        for station in network.stations {
            serviceSamplers.append(try station.service.makeSampler(context: "service time of station '\(station.name)'"))
            classSamplerStart.append(classSamplers.count)
            classSamplerCount.append(station.serviceByClass.count)
            for (k, distribution) in station.serviceByClass.enumerated() {
                classSamplers.append(try distribution.makeSampler(
                    context: "service time of class \(k) at station '\(station.name)'"))
            }
        }
        self.serviceSamplers = serviceSamplers
        self.classSamplerStart = classSamplerStart
        self.classSamplerCount = classSamplerCount
        self.classSamplers = classSamplers
        sourceStation = network.sources.map { Int32($0.station) }
        sourcePriority = network.sources.map { Int32($0.priorityClass) }
        sourceClass = network.sources.map { Int32(truncatingIfNeeded: $0.classID) }
        var interarrivalSamplers: [Sampler] = []
        for (k, source) in network.sources.enumerated() {
            interarrivalSamplers.append(try source.interarrival.makeSampler(context: "interarrival time of source #\(k)"))
        }
        self.interarrivalSamplers = interarrivalSamplers
    }

    /// Runs the simulation from an empty network at time 0 until the stop rule holds.
    ///
    /// Every call starts afresh (random streams re-derived, statistics cleared), so two
    /// calls give identical results unless the policy or observer carry state over.
    /// - Parameter length: The warm-up and stop rule.
    /// - Returns: The run's figures.
    @inlinable
    public mutating func run(_ length: RunLength) -> SimulationResult {
        reset(length)
        for k in 0..<interarrivalSamplers.count {
            let gap = interarrivalSamplers[k].sample(using: &arrivalRandom[k])
            calendar.schedule(at: gap, payload: EventKind.arrival.payload(index: k, job: 0))
        }
        if (countsJobs && warmUpJobs == 0) || (!countsJobs && warmUpTime <= 0) {
            beginMeasurement(at: 0)
        }
        if countsJobs && measuredJobLimit == 0 { stopRequested = true }
        while !stopRequested, let event = calendar.first {
            if event.time > horizon { break }
            now = event.time
            if !measuring && !countsJobs && now >= warmUpTime { beginMeasurement(at: warmUpTime) }
            topPending = true
            let index = EventKind.index(event.payload)
            let job = EventKind.job(event.payload)
            switch EventKind.kind(event.payload) {
            case .arrival: handleArrival(source: index)
            case .completion: handleCompletion(station: index, job: job)
            case .transit: join(job: job, station: index, from: Int(lastStation[job]))
            }
            if topPending { _ = calendar.popFirst() }
        }
        let end = countsJobs ? now : horizon
        if !measuring && !countsJobs && end >= warmUpTime { beginMeasurement(at: warmUpTime) }
        now = end
        for s in 0..<stationCount { updateArea(s) }
        return makeResult(end: end)
    }

    /// Clears all state and derives the random streams.
    @usableFromInline
    mutating func reset(_ length: RunLength) {
        switch length {
        case let .jobs(warmUp, measured):
            precondition(warmUp >= 0 && measured >= 0, "job counts must be non-negative")
            (countsJobs, warmUpJobs, measuredJobLimit, warmUpTime, horizon) = (true, warmUp, measured, 0, .infinity)
        case let .time(warmUp, horizon):
            precondition(warmUp >= 0 && horizon >= warmUp, "need 0 ≤ warmUp ≤ horizon")
            (countsJobs, warmUpJobs, measuredJobLimit, warmUpTime, self.horizon) = (false, 0, 0, warmUp, horizon)
        }
        arrivalRandom = (0..<network.sources.count).map {
            Xoshiro256StarStar(seed: seed, replication: replication, purpose: .arrivals, index: $0)
        }
        serviceRandom = (0..<stationCount).map {
            Xoshiro256StarStar(seed: seed, replication: replication, purpose: .service, index: $0)
        }
        routingRandom = (0..<stationCount).map {
            RoutingStreams(
                decision: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .routing, index: $0),
                delay: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .transfer, index: $0))
        }
        admissionRandom = (0..<network.sources.count).map {
            RoutingStreams(
                decision: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .admission, index: $0),
                delay: Xoshiro256StarStar(seed: seed, replication: replication, purpose: .transfer,
                                          index: 1_000_000 + $0))
        }
        now = 0
        calendar = EventCalendar(capacity: 256)
        topPending = false
        jobs = []
        jobs.reserveCapacity(256)
        link = []
        enteredAt = []
        lastStation = []
        jobWait = []
        freeHead = -1
        busy = [Int32](repeating: 0, count: stationCount)
        waiting = busy
        queueHead = [Int32](repeating: -1, count: stationCount * classCount)
        queueTail = queueHead
        lastChange = [Double](repeating: 0, count: stationCount)
        busyArea = lastChange
        queueArea = lastChange
        waitStatistics = [RunningStatistics](repeating: RunningStatistics(), count: stationCount)
        stationTimeStatistics = waitStatistics
        waitSketches = [QuantileSketch](repeating: QuantileSketch(), count: stationCount)
        sojournStatistics = RunningStatistics()
        sojournSketch = QuantileSketch()
        visitStatistics = RunningStatistics()
        jobWaitStatistics = RunningStatistics()
        externalArrivals = 0
        serviceCompletions = 0
        nextArrivalIndex = 0
        measuredDeparted = 0
        measuring = false
        measureStart = 0
        stopRequested = false
    }

    /// Schedules an event, reusing the slot of the event being handled when it is free.
    @inlinable
    mutating func schedule(at time: Double, payload: UInt64) {
        if topPending {
            calendar.replaceFirst(at: time, payload: payload)
            topPending = false
        } else {
            calendar.schedule(at: time, payload: payload)
        }
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
    @inlinable
    mutating func updateArea(_ s: Int) {
        let dt = now - lastChange[s]
        busyArea[s] += Double(busy[s]) * dt
        queueArea[s] += Double(waiting[s]) * dt
        lastChange[s] = now
    }

    @inlinable
    mutating func handleArrival(source k: Int) {
        externalArrivals &+= 1
        let index = nextArrivalIndex
        nextArrivalIndex &+= 1
        let gap = interarrivalSamplers[k].sample(using: &arrivalRandom[k])
        schedule(at: now + gap, payload: EventKind.arrival.payload(index: k, job: 0))
        if countsJobs && index == warmUpJobs && !measuring { beginMeasurement(at: now) }
        let isMeasured = countsJobs
            ? (index >= warmUpJobs && index < warmUpJobs &+ measuredJobLimit)
            : measuring
        let station = Int(sourceStation[k])
        let job = allocateJob()
        jobs[job] = JobRecord(
            id: Int32(job), arrivalIndex: index, arrivalTime: now, source: Int32(k), origin: Int32(station),
            classID: sourceClass[k], priorityClass: sourcePriority[k], isMeasured: isMeasured)
        jobWait[job] = 0
        policy.admit(&jobs[job], at: station, time: now, random: &admissionRandom[k])
        precondition(jobs[job].priorityClass >= 0 && Int(jobs[job].priorityClass) < classCount,
                     "routing policy set a priority class outside 0..<priorityClasses")
        join(job: job, station: station, from: nil)
    }

    @inlinable
    mutating func allocateJob() -> Int {
        if freeHead >= 0 {
            let job = Int(freeHead)
            freeHead = link[job]
            return job
        }
        let job = jobs.count
        jobs.append(JobRecord(id: Int32(job), arrivalIndex: 0, arrivalTime: 0, source: 0, origin: 0,
                              classID: 0, priorityClass: 0, isMeasured: false))
        link.append(-1)
        enteredAt.append(0)
        lastStation.append(-1)
        jobWait.append(0)
        return job
    }

    /// A job joins a station: straight into service when a server is free, else queued.
    @inlinable
    mutating func join(job: Int, station s: Int, from: Int?) {
        observer.jobArrived(jobs[job], at: s, from: from, time: now)
        enteredAt[job] = now
        if busy[s] < servers[s] {
            startService(job: job, station: s, wait: 0)
            return
        }
        updateArea(s)
        waiting[s] &+= 1
        let q = s &* classCount &+ Int(jobs[job].priorityClass)
        link[job] = -1
        let tail = queueTail[q]
        if tail >= 0 { link[Int(tail)] = Int32(job) } else { queueHead[q] = Int32(job) }
        queueTail[q] = Int32(job)
    }

    @inlinable
    mutating func startService(job: Int, station s: Int, wait: Double) {
        updateArea(s)
        busy[s] &+= 1
        let classID = Int(jobs[job].classID)
        var duration: Double
        if classID >= 0 && classID < classSamplerCount[s] {
            duration = classSamplers[classSamplerStart[s] &+ classID].sample(using: &serviceRandom[s])
        } else {
            duration = serviceSamplers[s].sample(using: &serviceRandom[s])
        }
        let multiplier = jobs[job].serviceMultiplier
        let extra = jobs[job].extraServiceTime
        if multiplier != 1 || extra != 0 {
            duration = Swift.max(0, duration * multiplier + extra)
            jobs[job].serviceMultiplier = 1
            jobs[job].extraServiceTime = 0
        }
        if jobs[job].isMeasured {
            waitStatistics[s].add(wait)
            waitSketches[s].add(wait)
            jobWait[job] += wait
        }
        observer.serviceStarted(jobs[job], at: s, time: now, wait: wait, serviceTime: duration)
        schedule(at: now + duration, payload: EventKind.completion.payload(index: s, job: job))
    }

    @inlinable
    mutating func handleCompletion(station s: Int, job: Int) {
        serviceCompletions &+= 1
        updateArea(s)
        busy[s] &-= 1
        jobs[job]._visits &+= 1
        if jobs[job].isMeasured { stationTimeStatistics[s].add(now - enteredAt[job]) }
        observer.serviceEnded(jobs[job], at: s, time: now)
        if waiting[s] > 0 {
            let next = dequeue(station: s)
            startService(job: next, station: s, wait: now - enteredAt[next])
        }
        let decision = policy.route(&jobs[job], after: s, time: now, random: &routingRandom[s])
        switch decision {
        case .exit:
            depart(job: job, from: s)
        case let .move(target, delay, priorityClass):
            precondition(target >= 0 && target < stationCount, "routing policy moved a job to a station out of range")
            precondition(priorityClass >= 0 && priorityClass < classCount,
                         "routing policy chose a priority class outside 0..<priorityClasses")
            precondition(delay >= 0, "routing policy chose a negative or NaN transfer delay")
            jobs[job].priorityClass = Int32(priorityClass)
            if delay > 0 {
                lastStation[job] = Int32(s)
                schedule(at: now + delay, payload: EventKind.transit.payload(index: target, job: job))
            } else {
                join(job: job, station: target, from: s)
            }
        }
    }

    /// Removes the first job of the highest-priority non-empty queue at station s.
    @inlinable
    mutating func dequeue(station s: Int) -> Int {
        updateArea(s)
        waiting[s] &-= 1
        var q = s &* classCount
        while queueHead[q] < 0 { q &+= 1 }
        let job = Int(queueHead[q])
        let next = link[job]
        queueHead[q] = next
        if next < 0 { queueTail[q] = -1 }
        return job
    }

    @inlinable
    mutating func depart(job: Int, from s: Int) {
        let sojourn = now - jobs[job].arrivalTime
        if jobs[job].isMeasured {
            sojournStatistics.add(sojourn)
            sojournSketch.add(sojourn)
            visitStatistics.add(Double(jobs[job].visits))
            jobWaitStatistics.add(jobWait[job])
            measuredDeparted &+= 1
            if countsJobs && measuredDeparted == measuredJobLimit { stopRequested = true }
        }
        observer.jobDeparted(jobs[job], from: s, time: now, sojourn: sojourn)
        link[job] = freeHead
        freeHead = Int32(job)
    }

    @usableFromInline
    func makeResult(end: Double) -> SimulationResult {
        let span = measuring ? end - measureStart : 0
        var stations: [StationStatistics] = []
        for s in 0..<stationCount {
            let c = Double(servers[s])
            stations.append(StationStatistics(
                name: network.stations[s].name, servers: Int(servers[s]),
                utilisation: busyArea[s] / (c * span),
                meanQueueLength: queueArea[s] / span,
                meanNumberInSystem: (busyArea[s] + queueArea[s]) / span,
                wait: waitStatistics[s], timeInStation: stationTimeStatistics[s],
                waitQuantiles: waitSketches[s]))
        }
        return SimulationResult(
            seed: seed, replication: replication, endTime: end, measuredTime: span,
            externalArrivals: externalArrivals, serviceCompletions: serviceCompletions,
            measuredJobs: measuredDeparted, sojourn: sojournStatistics, sojournQuantiles: sojournSketch,
            visitsPerJob: visitStatistics, waitPerJob: jobWaitStatistics, stations: stations)
    }
}

/// The kinds of calendar events and their payload layout: kind in bits 62–63, station or
/// source index in bits 32–61, job id in bits 0–31.
@usableFromInline
enum EventKind: UInt64 {
    case arrival = 0
    case completion = 1
    case transit = 2

    @inlinable
    func payload(index: Int, job: Int) -> UInt64 {
        (rawValue << 62) | (UInt64(truncatingIfNeeded: index) << 32) | UInt64(truncatingIfNeeded: UInt32(truncatingIfNeeded: job))
    }

    @inlinable
    static func kind(_ payload: UInt64) -> EventKind {
        EventKind(rawValue: payload >> 62) ?? .arrival
    }

    @inlinable
    static func index(_ payload: UInt64) -> Int {
        Int(truncatingIfNeeded: (payload >> 32) & 0x3FFF_FFFF)
    }

    @inlinable
    static func job(_ payload: UInt64) -> Int {
        Int(truncatingIfNeeded: payload & 0xFFFF_FFFF)
    }
}
