import SiloscopeEngine

/// The state of one simulated case, kept in the engine's ``JobRecord``: the owner in
/// `owner`, the last sender in `origin`, and counters packed into the four policy slots.
///
/// Slot 0 handoffs, slot 1 bounces, slot 2 tellings (low 16 bits) and escalations (high
/// 16), slot 3 reopens (bits 0–7), hops since the last (re)start (bits 8–23, so every
/// `escalation_hops` up to its maximum of 1,000 can be reached) and flags (bits 24–29). `accumulator` holds the minutes the last move added (transfer and
/// retelling), read by the observer to tally friction per edge.
extension JobRecord {
    /// Flags of a case's routing state.
    struct CaseFlags: OptionSet {
        let rawValue: Int32
        /// The current unit received the case by mistake.
        static let atWrongReceiver = CaseFlags(rawValue: 1)
        /// The case has been sent to the CRM team to broker.
        static let viaCRM = CaseFlags(rawValue: 2)
        /// The case has been escalated to a manager, who sends it straight to the owner.
        static let escalated = CaseFlags(rawValue: 4)
        /// The last move was a bounce back to the sender.
        static let lastWasBounce = CaseFlags(rawValue: 8)
        /// The last move lost the context: the customer tells the story again.
        static let lastRetold = CaseFlags(rawValue: 16)
        /// The last move was the customer coming back after a wrong resolution.
        static let lastWasReopen = CaseFlags(rawValue: 32)
    }

    var handoffs: Int32 {
        get { counters[0] }
        set { counters[0] = newValue }
    }

    var bounces: Int32 {
        get { counters[1] }
        set { counters[1] = newValue }
    }

    var tellings: Int32 {
        get { counters[2] & 0xFFFF }
        set { counters[2] = (counters[2] & ~0xFFFF) | min(newValue, 0xFFFF) }
    }

    var escalations: Int32 {
        get { (counters[2] >> 16) & 0x7FFF }
        set { counters[2] = (counters[2] & 0xFFFF) | (min(newValue, 0x7FFF) << 16) }
    }

    var reopens: Int32 {
        get { counters[3] & 0xFF }
        set { counters[3] = (counters[3] & ~0xFF) | min(newValue, 0xFF) }
    }

    var hops: Int32 {
        get { (counters[3] >> 8) & 0xFFFF }
        set { counters[3] = (counters[3] & ~0xFF_FF00) | (min(newValue, 0xFFFF) << 8) }
    }

    var flags: CaseFlags {
        get { CaseFlags(rawValue: (counters[3] >> 24) & 0x3F) }
        set { counters[3] = (counters[3] & 0xFF_FFFF) | ((newValue.rawValue & 0x3F) << 24) }
    }
}
