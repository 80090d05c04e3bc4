/// One job's slot in the pool: the policy's record plus the engine's bookkeeping.
@usableFromInline
struct JobSlot {
    @usableFromInline var record: JobRecord
    /// Next job in the same queue, or in the free list; −1 for none.
    @usableFromInline var link: Int32 = -1
    /// The station the job left when it went into transit.
    @usableFromInline var lastStation: Int32 = -1
    /// When the job joined its current station.
    @usableFromInline var enteredAt: Double = 0
    /// The job's total queueing wait so far.
    @usableFromInline var wait: Double = 0

    @usableFromInline
    init(record: JobRecord) {
        self.record = record
    }
}
