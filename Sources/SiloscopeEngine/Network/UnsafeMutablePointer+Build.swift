extension UnsafeMutablePointer {
    /// A new buffer holding a copy of `elements` (at least one element of capacity, so
    /// an empty list still gives a pointer that can be freed).
    @usableFromInline
    static func build(_ elements: [Pointee]) -> UnsafeMutablePointer<Pointee> {
        let buffer = UnsafeMutablePointer<Pointee>.allocate(capacity: Swift.max(1, elements.count))
        for (i, element) in elements.enumerated() { (buffer + i).initialize(to: element) }
        return buffer
    }

    /// Moves the first `count` elements into a new buffer of twice `capacity` and frees
    /// this one.
    @usableFromInline
    func doubled(count: Int, capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: self, count: count)
        deallocate()
        return bigger
    }
}
