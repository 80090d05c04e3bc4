import Testing
@testable import SiloscopeEngine

@Suite struct EventCalendarTests {
    @Test func popsEventsInTimeOrder() {
        var calendar = EventCalendar()
        var random = Xoshiro256StarStar(seed: 4)
        var times: [Double] = []
        for i in 0..<5_000 {
            let time = random.nextUniform() * 100
            times.append(time)
            calendar.schedule(at: time, payload: UInt64(i))
        }
        var popped: [Double] = []
        while let event = calendar.popFirst() { popped.append(event.time) }
        #expect(popped == times.sorted())
        #expect(calendar.isEmpty)
    }

    @Test func negativeAndExtremeTimesKeepTheirOrderAndValue() {
        let times: [Double] = [3.5, -2, 0, -0.0, 1e300, -1e-300, .leastNonzeroMagnitude, 7, -2, .infinity, -.infinity]
        var calendar = EventCalendar()
        for (i, time) in times.enumerated() { calendar.schedule(at: time, payload: UInt64(i)) }
        var popped: [ScheduledEvent] = []
        while let event = calendar.popFirst() { popped.append(event) }
        #expect(popped.map(\.time) == times.sorted())
        // Equal times in scheduling order; every time read back exactly (−0 included).
        #expect(popped.filter { $0.time == -2 }.map(\.payload) == [1, 8])
        for event in popped { #expect(event.time.bitPattern == times[Int(event.payload)].bitPattern) }
    }

    @Test func equalTimesComeOutInSchedulingOrder() {
        var calendar = EventCalendar()
        for i in 0..<100 { calendar.schedule(at: Double(i % 3), payload: UInt64(i)) }
        var previous: ScheduledEvent?
        while let event = calendar.popFirst() {
            if let previous {
                #expect(previous.precedes(event))
                if previous.time == event.time { #expect(previous.payload < event.payload) }
            }
            previous = event
        }
    }

    @Test func replaceFirstEqualsPopThenSchedule() {
        var a = EventCalendar()
        var b = EventCalendar()
        var random = Xoshiro256StarStar(seed: 8)
        for i in 0..<64 {
            let time = random.nextUniform()
            a.schedule(at: time, payload: UInt64(i))
            b.schedule(at: time, payload: UInt64(i))
        }
        for i in 0..<500 {
            let time = (a.first?.time ?? 0) + random.nextUniform()
            a.replaceFirst(at: time, payload: UInt64(1000 + i))
            _ = b.popFirst()
            b.schedule(at: time, payload: UInt64(1000 + i))
            #expect(a.first == b.first)
        }
        while let x = a.popFirst() { #expect(x == b.popFirst()) }
        #expect(b.isEmpty)
    }

    @Test func theSimulatorsRawHeapMatchesASortedReference() {
        // EventHeap (the run's calendar): inserts, replacements of the first event and
        // removals, many at equal times, against a sorted list of (time, sequence).
        var heap = EventHeap(capacity: 4)
        defer { heap.deallocate() }
        var reference: [ScheduledEvent] = []
        var random = Xoshiro256StarStar(seed: 21)
        var sequence: UInt64 = 0
        func next(_ time: Double) -> ScheduledEvent {
            defer { sequence += 1 }
            return ScheduledEvent(time: time, sequence: sequence, payload: sequence)
        }
        for _ in 0..<30_000 {
            let time = Double(random.nextIndex(below: 40))  // whole numbers: many ties
            let u = random.nextUniform()
            if heap.count < 60 || u < 0.4 {
                let event = next(time)
                heap.insert(event)
                reference.append(event)
            } else if u < 0.7 {
                let event = next(time)
                heap.replaceFirst(with: event)
                reference.removeFirst()
                reference.append(event)
            } else {
                heap.removeFirst()
                reference.removeFirst()
            }
            reference.sort { $0.precedes($1) }
            #expect(heap.count == reference.count)
            if heap.first != reference.first { Issue.record("first event differs"); return }
        }
        while let event = heap.first {
            #expect(event == reference.removeFirst())
            heap.removeFirst()
        }
        #expect(reference.isEmpty)
    }

    @Test func interleavedOperationsKeepTheHeapOrdered() {
        var calendar = EventCalendar()
        var random = Xoshiro256StarStar(seed: 12)
        var now = 0.0
        for i in 0..<20_000 {
            if calendar.count < 50 || random.nextUniform() < 0.5 {
                calendar.schedule(at: now + random.nextUniform() * 10, payload: UInt64(i))
            } else if let event = calendar.popFirst() {
                #expect(event.time >= now)
                now = event.time
            }
        }
    }
}
