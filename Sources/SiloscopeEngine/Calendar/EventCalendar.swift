
/// The future-event list: a 4-ary min-heap in one contiguous array, ordered by
/// (time, sequence number).
///
/// The sequence number is assigned at scheduling, so events at equal times come out in
/// the order they were scheduled: runs are deterministic. Because (time, sequence) is a
/// strict total order, the events come out in the same order whatever the heap's shape.
/// The array grows to the largest number of pending events and is then reused: no
/// allocation per event.
///
/// The sift steps are ``EventHeap``'s: three sentinels after the last event (time +∞) let
/// a step pick the earliest of four children without testing how many exist, and
/// removal walks the hole down to a leaf along the earliest children, then moves the
/// placed event up (Floyd's sift-down; the placed event, usually the latest, rarely
/// climbs).
public struct EventCalendar: Sendable {
    /// The events, then ``EventHeap/padding`` sentinels.
    @usableFromInline var heap: [ScheduledEvent] = Array(repeating: .sentinel, count: EventHeap.padding)
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar.
    /// - Parameter capacity: Room reserved up front for pending events.
    public init(capacity: Int = 64) {
        heap.reserveCapacity(capacity + EventHeap.padding)
    }

    /// The number of pending events.
    @inlinable public var count: Int { heap.count &- EventHeap.padding }

    /// Whether no event is pending.
    @inlinable public var isEmpty: Bool { heap.count == EventHeap.padding }

    /// The next event, without removing it.
    @inlinable public var first: ScheduledEvent? { isEmpty ? nil : heap[0] }

    /// Schedules an event.
    /// - Parameters:
    ///   - time: When it happens.
    ///   - payload: What happens.
    /// - Complexity: O(log n).
    @inlinable @inline(__always)
    public mutating func schedule(at time: Double, payload: UInt64) {
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        let slot = count
        heap.append(.sentinel)
        heap.withUnsafeMutableBufferPointer { h in
            EventHeap.siftUp(event, from: slot, in: h.baseAddress!)
        }
    }

    /// Removes and returns the next event.
    /// - Returns: The event with the smallest (time, sequence), or nil when empty.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func popFirst() -> ScheduledEvent? {
        guard let top = first else { return nil }
        removeFirst()
        return top
    }

    /// Removes the next event, if any, without returning it.
    /// - Complexity: O(log n).
    @inlinable @inline(__always)
    public mutating func removeFirst() {
        guard !isEmpty else { return }
        let n = count &- 1
        heap.withUnsafeMutableBufferPointer { h in
            let base = h.baseAddress!
            let last = base[n]
            base[n] = .sentinel
            if n > 0 { EventHeap.siftDown(last, count: n, in: base) }
        }
        heap.removeLast()
    }

    /// Removes the next event and schedules a new one in a single pass; cheaper than
    /// ``popFirst()`` followed by ``schedule(at:payload:)``.
    ///
    /// The calendar must not be empty.
    /// - Parameters:
    ///   - time: When the new event happens.
    ///   - payload: What happens.
    /// - Complexity: O(log n).
    @inlinable @inline(__always)
    public mutating func replaceFirst(at time: Double, payload: UInt64) {
        precondition(!isEmpty, "replaceFirst on an empty calendar")
        let event = ScheduledEvent(time: time, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        let n = count
        heap.withUnsafeMutableBufferPointer { h in
            EventHeap.siftDown(event, count: n, in: h.baseAddress!)
        }
    }

    /// Removes every pending event; keeps the storage and the sequence counter.
    public mutating func removeAll() {
        heap.removeAll(keepingCapacity: true)
        heap.append(contentsOf: repeatElement(.sentinel, count: EventHeap.padding))
    }
}

/// A 4-ary min-heap of ``ScheduledEvent`` in raw memory: the simulator's own calendar (no
/// copy-on-write or bounds checks per event; the run owns and frees it), and the sift
/// steps ``EventCalendar`` shares. Every slot from `count` on holds
/// ``ScheduledEvent/sentinel``, and there are always at least ``padding`` of them.
///
/// Four children rather than two: the sift-down's cost is a chain of loads whose addresses
/// depend on the previous comparison, and four children halve the chain's length; the
/// three comparisons among them are independent and branch-free.
@usableFromInline
struct EventHeap {
    @usableFromInline var base: UnsafeMutablePointer<ScheduledEvent>
    @usableFromInline var count = 0
    /// Slots allocated, every one initialised; at least `count + padding`.
    @usableFromInline var capacity: Int
    /// Whether the first event is being handled: the next ``add(_:)`` reuses its slot (one
    /// sift instead of a removal and an insertion), or ``finishHandlingFirst()`` frees it.
    @usableFromInline var handlingFirst = false

    /// The sentinels a heap keeps after its last event: a node's last three siblings.
    @usableFromInline static var padding: Int { 3 }

    @usableFromInline
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 8)
        base = .allocate(capacity: self.capacity)
        base.initialize(repeating: .sentinel, count: self.capacity)
    }

    /// Frees the storage.
    @usableFromInline
    func deallocate() { base.deallocate() }

    /// The next event, if any.
    @inlinable var first: ScheduledEvent? { count > 0 ? base[0] : nil }

    /// The next event, or the sentinel (time +∞) when none is pending.
    @inlinable var top: ScheduledEvent { base[0] }

    /// Marks the first event as being handled (see ``handlingFirst``).
    @inlinable @inline(__always)
    mutating func startHandlingFirst() { handlingFirst = true }

    /// Adds an event, in the slot of the first event when that one is being handled.
    @inlinable @inline(__always)
    mutating func add(_ event: ScheduledEvent) {
        if handlingFirst {
            handlingFirst = false
            replaceFirst(with: event)
        } else {
            insert(event)
        }
    }

    /// Removes the first event if it was being handled and no ``add(_:)`` took its slot.
    @inlinable @inline(__always)
    mutating func finishHandlingFirst() {
        if handlingFirst {
            handlingFirst = false
            removeFirst()
        }
    }

    /// Adds an event (its sequence number is the caller's: a simulator shares one sequence
    /// between calendars).
    @inlinable @inline(__always)
    mutating func insert(_ event: ScheduledEvent) {
        if count &+ Self.padding &+ 1 > capacity { grow() }
        let slot = count
        count &+= 1
        Self.siftUp(event, from: slot, in: base)
    }

    /// Removes the first event and adds `event` in one pass.
    @inlinable @inline(__always)
    mutating func replaceFirst(with event: ScheduledEvent) {
        Self.siftDown(event, count: count, in: base)
    }

    /// Removes the first event, if any.
    @inlinable @inline(__always)
    mutating func removeFirst() {
        guard count > 0 else { return }
        count &-= 1
        let last = base[count]
        base[count] = .sentinel
        if count > 0 { Self.siftDown(last, count: count, in: base) }
    }

    @usableFromInline
    mutating func grow() {
        base = base.doubled(count: capacity, capacity: capacity)
        (base + capacity).initialize(repeating: .sentinel, count: capacity)
        capacity *= 2
    }

    /// Moves `event`, placed at slot `start`, up to its place.
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

    /// Places `event` at the root of a heap of `n` events (slots `n` on sentinels): the
    /// hole left at the root goes down to a leaf along the earliest children, then the
    /// event moves up from there to its place.
    @inlinable @inline(__always)
    static func siftDown(_ event: ScheduledEvent, count n: Int, in h: UnsafeMutablePointer<ScheduledEvent>) {
        var i = 0
        while true {
            let first = 4 &* i &+ 1
            if first >= n { break }
            // The earliest of four children in a branch-free tournament (see
            // ScheduledEvent.precedes); missing children are sentinels.
            let a = first &+ (h[first &+ 1].precedes(h[first]) ? 1 : 0)
            let b = first &+ 2 &+ (h[first &+ 3].precedes(h[first &+ 2]) ? 1 : 0)
            let best = h[b].precedes(h[a]) ? b : a
            h[i] = h[best]
            i = best
        }
        siftUp(event, from: i, in: h)
    }
}
