
/// The future-event list: a 4-ary min-heap in one contiguous array, ordered by
/// (time, sequence number).
///
/// The sequence number is assigned at scheduling, so events at equal times come out in
/// the order they were scheduled: runs are deterministic. The array grows to the largest
/// number of pending events and is then reused: no allocation per event.
///
/// A 4-ary heap is shallower than a binary one (log₄ n levels) and its four children sit
/// in one or two cache lines.
public struct EventCalendar: Sendable {
    @usableFromInline var heap: [ScheduledEvent]
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar.
    /// - Parameter capacity: Room reserved up front for pending events.
    public init(capacity: Int = 64) {
        heap = []
        heap.reserveCapacity(capacity)
    }

    /// The number of pending events.
    @inlinable public var count: Int { heap.count }

    /// Whether no event is pending.
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The next event, without removing it.
    @inlinable public var first: ScheduledEvent? { heap.first }

    /// Schedules an event.
    /// - Parameters:
    ///   - time: When it happens.
    ///   - payload: What happens.
    /// - Complexity: O(log₄ n).
    @inlinable @inline(__always)
    public mutating func schedule(at time: Double, payload: UInt64) {
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        heap.append(event)
        let n = heap.count
        heap.withUnsafeMutableBufferPointer { h in
            guard let base = h.baseAddress else { return }
            EventHeap.siftUp(event, from: n &- 1, in: base)
        }
    }

    /// Removes and returns the next event.
    /// - Returns: The event with the smallest (time, sequence), or nil when empty.
    /// - Complexity: O(log₄ n).
    @inlinable
    public mutating func popFirst() -> ScheduledEvent? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty { siftDown(last) }
        return top
    }

    /// Removes the next event, if any, without returning it.
    /// - Complexity: O(log₄ n).
    @inlinable @inline(__always)
    public mutating func removeFirst() {
        guard !heap.isEmpty else { return }
        let last = heap.removeLast()
        if !heap.isEmpty { siftDown(last) }
    }

    /// Removes the next event and schedules a new one in a single pass; cheaper than
    /// ``popFirst()`` followed by ``schedule(at:payload:)``.
    ///
    /// The calendar must not be empty.
    /// - Parameters:
    ///   - time: When the new event happens.
    ///   - payload: What happens.
    /// - Complexity: O(log₄ n).
    @inlinable @inline(__always)
    public mutating func replaceFirst(at time: Double, payload: UInt64) {
        precondition(!heap.isEmpty, "replaceFirst on an empty calendar")
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        siftDown(event)
    }

    /// Removes every pending event; keeps the storage and the sequence counter.
    public mutating func removeAll() {
        heap.removeAll(keepingCapacity: true)
    }

    /// Places `event` at the root's position and moves it down to its place.
    @inlinable @inline(__always)
    mutating func siftDown(_ event: ScheduledEvent) {
        let n = heap.count
        heap.withUnsafeMutableBufferPointer { h in
            guard let base = h.baseAddress else { return }
            EventHeap.siftDown(event, count: n, in: base)
        }
    }
}

/// A 4-ary min-heap of ``ScheduledEvent`` in raw memory: the simulator's own calendar (no
/// copy-on-write or bounds checks per event; the run owns and frees it), and the sift
/// steps ``EventCalendar`` shares.
@usableFromInline
struct EventHeap {
    @usableFromInline var base: UnsafeMutablePointer<ScheduledEvent>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int
    @usableFromInline var nextSequence: UInt64 = 0

    @usableFromInline
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    /// Frees the storage.
    @usableFromInline
    func deallocate() { base.deallocate() }

    /// The next event, if any.
    @inlinable var first: ScheduledEvent? { count > 0 ? base[0] : nil }

    /// Schedules an event.
    @inlinable @inline(__always)
    mutating func schedule(at time: Double, payload: UInt64) {
        if count == capacity { grow() }
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        count &+= 1
        Self.siftUp(event, from: count &- 1, in: base)
    }

    /// Removes the first event and schedules a new one in one pass (the heap is not empty).
    @inlinable @inline(__always)
    mutating func replaceFirst(at time: Double, payload: UInt64) {
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        Self.siftDown(event, count: count, in: base)
    }

    /// Removes the first event, if any.
    @inlinable @inline(__always)
    mutating func removeFirst() {
        guard count > 0 else { return }
        count &-= 1
        if count > 0 { Self.siftDown(base[count], count: count, in: base) }
    }

    @usableFromInline
    mutating func grow() {
        base = base.doubled(count: count, capacity: capacity)
        capacity *= 2
    }

    /// Puts `event` at slot `i` (the new last slot) and moves it up to its place.
    @inlinable @inline(__always)
    static func siftUp(_ event: ScheduledEvent, from start: Int, in h: UnsafeMutablePointer<ScheduledEvent>) {
        var i = start
        while i > 0 {
            let parent = (i &- 1) >> 2
            let p = h[parent]
            guard event.precedes(p) else { break }
            h[i] = p
            i = parent
        }
        h[i] = event
    }

    /// Puts `event` at the root of a heap of `n` slots and moves it down to its place.
    @inlinable @inline(__always)
    static func siftDown(_ event: ScheduledEvent, count n: Int, in h: UnsafeMutablePointer<ScheduledEvent>) {
        var i = 0
        while true {
            let firstChild = 4 &* i &+ 1
            if firstChild >= n { break }
            var best = firstChild
            var bestEvent = h[firstChild]
            let end = Swift.min(firstChild &+ 4, n)
            var k = firstChild &+ 1
            while k < end {
                let candidate = h[k]
                if candidate.precedes(bestEvent) {
                    best = k
                    bestEvent = candidate
                }
                k &+= 1
            }
            guard bestEvent.precedes(event) else { break }
            h[i] = bestEvent
            i = best
        }
        h[i] = event
    }
}
