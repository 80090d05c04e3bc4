/// Cycles in parent pointers: the one walk behind model validation (reporting cycles),
/// the HR-export importer (manager chains that loop) and the DOT importer.
public enum ParentCycles {
    /// Every cycle of `parent` (an index per node, or a negative value for none), found by
    /// one iterative three-colour walk, so a chain of any depth is fine.
    ///
    /// - Returns: each cycle's members in the order the walk met them, cycles in the order
    ///   of the node their walk started from.
    /// - Complexity: O(n).
    public static func find(_ parent: [Int]) -> [[Int]] {
        var cycles: [[Int]] = []
        // 0 = unvisited, 1 = on the current walk, 2 = done.
        var state = [UInt8](repeating: 0, count: parent.count)
        var walk: [Int] = []
        for start in parent.indices where state[start] == 0 {
            walk.removeAll(keepingCapacity: true)
            var node = start
            while node >= 0, node < parent.count, state[node] == 0 {
                state[node] = 1
                walk.append(node)
                node = parent[node]
            }
            if node >= 0, node < parent.count, state[node] == 1, let first = walk.firstIndex(of: node) {
                cycles.append(Array(walk[first...]))
            }
            for member in walk { state[member] = 2 }
        }
        return cycles
    }
}
