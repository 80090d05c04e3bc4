import SiloscopeModel

/// The reporting tree and handoff graph of a model, with integer unit indices, for
/// fast structural questions: who manages whom, the lowest common manager of two units,
/// the organizational distance between them, and which division each unit is in.
///
/// Every algorithm is iterative: a model of 100,000 units or a reporting chain 50,000
/// levels deep is fine. Construction is O(n log n) (binary-lifting tables); queries are
/// O(log n).
public struct OrgGraph: Sendable {
    /// Unit ids, by index (the model's order).
    public let ids: [String]
    /// Index by unit id.
    public let index: [String: Int]
    /// Parent index per unit; -1 for the root.
    public let parent: [Int]
    /// The root's index (the chief executive).
    public let root: Int
    /// Depth per unit: 0 for the root.
    public let depth: [Int]
    /// The division of each unit: the child of the root it descends from (the root's own
    /// division is the root).
    public let division: [Int]
    /// Outgoing declared handoffs per unit, as indices into the model's `handoffs`.
    public let outgoingHandoffs: [[Int]]
    /// Incoming declared handoffs per unit, as indices into the model's `handoffs`.
    public let incomingHandoffs: [[Int]]

    private let childStart: [Int]
    private let childList: [Int]
    private let entry: [Int]
    private let exit: [Int]
    private let lifting: [[Int]]

    /// Builds the graph of a model.
    ///
    /// - Throws: ``OrgGraphError`` when the reporting lines do not form one tree (validate
    ///   the model first for messages with positions).
    public init(_ model: OrgModel) throws(OrgGraphError) {
        let count = model.units.count
        guard count > 0 else { throw .empty }
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        for (i, unit) in model.units.enumerated() where index[unit.id] == nil { index[unit.id] = i }
        var parent = [Int](repeating: -1, count: count)
        var root = -1
        for (i, unit) in model.units.enumerated() {
            if let parentID = unit.parent {
                guard let p = index[parentID] else { throw .unknownParent(unit: unit.id, parent: parentID) }
                parent[i] = p
            } else {
                if root >= 0 { throw .severalRoots(model.units[root].id, unit.id) }
                root = i
            }
        }
        guard root >= 0 else { throw .noRoot }

        // Children in compressed-sparse-row form, in model order.
        var childCount = [Int](repeating: 0, count: count + 1)
        for p in parent where p >= 0 { childCount[p + 1] += 1 }
        for i in 0..<count { childCount[i + 1] += childCount[i] }
        var fill = childCount
        var childList = [Int](repeating: 0, count: max(0, count - 1))
        for (i, p) in parent.enumerated() where p >= 0 {
            childList[fill[p]] = i
            fill[p] += 1
        }

        // Iterative depth-first walk: depth, division, entry/exit times.
        var depth = [Int](repeating: -1, count: count)
        var division = [Int](repeating: root, count: count)
        var entry = [Int](repeating: 0, count: count)
        var exit = [Int](repeating: 0, count: count)
        var stack: [(node: Int, next: Int)] = [(root, childCount[root])]
        depth[root] = 0
        var clock = 0
        entry[root] = clock
        clock += 1
        while let top = stack.last {
            if top.next < childCount[top.node + 1] {
                stack[stack.count - 1].next += 1
                let child = childList[top.next]
                depth[child] = depth[top.node] + 1
                division[child] = top.node == root ? child : division[top.node]
                entry[child] = clock
                clock += 1
                stack.append((child, childCount[child]))
            } else {
                exit[top.node] = clock
                stack.removeLast()
            }
        }
        if let unreached = depth.firstIndex(of: -1) {
            throw .cycle(unit: model.units[unreached].id)
        }

        // Binary lifting: lifting[k][v] is the 2^k-th ancestor of v (root stays root).
        let maxDepth = depth.max() ?? 0
        var levels = 1
        while (1 << levels) <= maxDepth { levels += 1 }
        var lifting: [[Int]] = [parent.enumerated().map { $0.element < 0 ? $0.offset : $0.element }]
        for k in 1..<max(levels, 1) {
            let previous = lifting[k - 1]
            lifting.append(previous.map { previous[$0] })
        }

        var outgoing = [[Int]](repeating: [], count: count)
        var incoming = [[Int]](repeating: [], count: count)
        for (h, handoff) in model.handoffs.enumerated() {
            if let from = index[handoff.from], let to = index[handoff.to] {
                outgoing[from].append(h)
                incoming[to].append(h)
            }
        }

        self.ids = model.units.map(\.id)
        self.index = index
        self.parent = parent
        self.root = root
        self.depth = depth
        self.division = division
        self.childStart = childCount
        self.childList = childList
        self.entry = entry
        self.exit = exit
        self.lifting = lifting
        self.outgoingHandoffs = outgoing
        self.incomingHandoffs = incoming
    }

    /// Number of units.
    public var count: Int { ids.count }

    /// Direct reports of a unit, in model order.
    public func children(of unit: Int) -> ArraySlice<Int> {
        childList[childStart[unit]..<childStart[unit + 1]]
    }

    /// True when `unit` is `ancestor` or below it.
    public func isInSubtree(_ unit: Int, of ancestor: Int) -> Bool {
        entry[ancestor] <= entry[unit] && entry[unit] < exit[ancestor]
    }

    /// The ancestor of `unit` that is `steps` levels up (the root if that goes past it).
    public func ancestor(of unit: Int, up steps: Int) -> Int {
        var node = unit
        var remaining = min(steps, depth[unit])
        var k = 0
        while remaining > 0 {
            if remaining & 1 == 1 { node = lifting[k][node] }
            remaining >>= 1
            k += 1
        }
        return node
    }

    /// The lowest unit that both `a` and `b` report to (directly or not, or are).
    public func lowestCommonManager(_ a: Int, _ b: Int) -> Int {
        if isInSubtree(b, of: a) { return a }
        if isInSubtree(a, of: b) { return b }
        var node = a
        for k in stride(from: lifting.count - 1, through: 0, by: -1) {
            let candidate = lifting[k][node]
            if !isInSubtree(b, of: candidate) { node = candidate }
        }
        return parent[node] < 0 ? node : parent[node]
    }

    /// Organizational distance: steps from `a` up to the lowest common manager plus
    /// steps down to `b`. Same unit 0, parent and child 1, siblings 2.
    public func distance(_ a: Int, _ b: Int) -> Int {
        let manager = lowestCommonManager(a, b)
        return depth[a] + depth[b] - 2 * depth[manager]
    }

    /// Reporting levels crossed going from `a` to `b`: the steps up from `a` to their
    /// lowest common manager.
    public func levelsUp(_ a: Int, _ b: Int) -> Int {
        depth[a] - depth[lowestCommonManager(a, b)]
    }

    /// The chain of managers above `unit`, nearest first, ending at the root.
    public func managers(of unit: Int) -> [Int] {
        var result: [Int] = []
        var node = parent[unit]
        while node >= 0 {
            result.append(node)
            node = parent[node]
        }
        return result
    }

    /// All units in the subtree of `unit` (itself included), in depth-first order.
    public func subtree(of unit: Int) -> [Int] {
        var result: [Int] = []
        var stack = [unit]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: children(of: node).reversed())
        }
        return result
    }

    /// True when the two units are in the same division.
    public func sameDivision(_ a: Int, _ b: Int) -> Bool { division[a] == division[b] }
}

/// Why reporting lines do not form a tree.
public enum OrgGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case noRoot
    case severalRoots(String, String)
    case unknownParent(unit: String, parent: String)
    case cycle(unit: String)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .empty: "the model has no units"
        case .noRoot: "every unit has a parent; expected exactly one root"
        case let .severalRoots(a, b): "'\(a)' and '\(b)' both have no parent; expected exactly one root"
        case let .unknownParent(unit, parent): "unit '\(unit)' reports to unknown unit '\(parent)'"
        case let .cycle(unit): "unit '\(unit)' is on a reporting cycle or below one"
        }
    }
}
