extension UnsafeMutablePointer {
    /// A new buffer holding a copy of `elements` (at least one element of capacity, so
    /// an empty list still gives a pointer that can be freed).
    @usableFromInline
    static func build(_ elements: [Pointee]) -> UnsafeMutablePointer<Pointee> {
        let buffer = UnsafeMutablePointer<Pointee>.allocate(capacity: Swift.max(1, elements.count))
        for (i, element) in elements.enumerated() { (buffer + i).initialize(to: element) }
        return buffer
    }
}
