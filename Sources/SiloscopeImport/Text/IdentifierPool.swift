/// Hands out identifiers that are unique: the first `x`, then `x_2`, `x_3`, ….
public struct IdentifierPool: Sendable {
    private var used: Set<String>

    /// Creates a pool; `reserved` ids are never handed out.
    public init(reserved: some Sequence<String> = []) {
        used = Set(reserved)
    }

    /// A unique id for `base`.
    public mutating func unique(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var suffix = 2
        while !used.insert("\(base)_\(suffix)").inserted { suffix += 1 }
        return "\(base)_\(suffix)"
    }
}
