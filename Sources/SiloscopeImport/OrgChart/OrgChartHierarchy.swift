import SiloscopeModel

/// The people-level manager tree of an export: each person's manager, with unknown
/// managers and cycles reported and cut so that what remains is a forest.
///
/// Every walk is iterative and each person is visited a bounded number of times, so a
/// 100,000-person export or a 50,000-level chain is handled in linear time.
struct OrgChartHierarchy {
    /// Index of each person's manager; -1 for none (none given, unknown, or a cycle cut).
    private(set) var manager: [Int] = []
    /// Steps below the top of each person's tree.
    private(set) var depth: [Int] = []
    /// People in each person's tree (the person included).
    private(set) var subtreeSize: [Int] = []
    /// People whose manager field is empty.
    private(set) var topPeople: [Int] = []
    /// The person at the top of the largest tree.
    private(set) var mainRoot = 0
    /// Unknown managers and cycles, with their handling.
    private(set) var anomalies: [ImportAnomaly] = []

    init(employees: [Employee]) {
        let count = employees.count
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        for (i, employee) in employees.enumerated() { index[employee.id] = i }
        manager = [Int](repeating: -1, count: count)
        var unknown: [String: [Int]] = [:]
        var unknownOrder: [String] = []
        for (i, employee) in employees.enumerated() {
            if employee.managerID.isEmpty {
                topPeople.append(i)
            } else if let m = index[employee.managerID] {
                manager[i] = m
            } else {
                if unknown[employee.managerID] == nil { unknownOrder.append(employee.managerID) }
                unknown[employee.managerID, default: []].append(employee.row)
            }
        }
        for id in unknownOrder {
            let rows = unknown[id] ?? []
            anomalies.append(ImportAnomaly(
                kind: .unknownManager, rows: rows,
                message: "manager id '\(id)' is on no row (named by \(rows.count) \(rows.count == 1 ? "person" : "people"))",
                handling: "treated as having no manager: their department goes under the root unless its head has a known manager"))
        }
        cutCycles(employees)
        depth = [Int](repeating: -1, count: count)
        var path: [Int] = []
        for start in 0..<count where depth[start] < 0 {
            path.removeAll(keepingCapacity: true)
            var node = start
            while node >= 0, depth[node] < 0 {
                path.append(node)
                node = manager[node]
            }
            var level = node >= 0 ? depth[node] + 1 : 0
            for member in path.reversed() {
                depth[member] = level
                level += 1
            }
        }
        // Sizes bottom-up: people ordered by depth, deepest first (counting sort).
        subtreeSize = [Int](repeating: 1, count: count)
        let maxDepth = depth.max() ?? 0
        var byDepth = [[Int]](repeating: [], count: maxDepth + 1)
        for i in 0..<count { byDepth[depth[i]].append(i) }
        for level in stride(from: maxDepth, through: 1, by: -1) {
            for i in byDepth[level] { subtreeSize[manager[i]] += subtreeSize[i] }
        }
        let roots = byDepth.first ?? []
        mainRoot = roots.max { a, b in
            (subtreeSize[a], -employees[a].row) < (subtreeSize[b], -employees[b].row)
        } ?? 0
    }

    /// Finds manager cycles (``ParentCycles``) and cuts each at its earliest row.
    private mutating func cutCycles(_ employees: [Employee]) {
        for cycle in ParentCycles.find(manager) {
            let cut = cycle.min { employees[$0].row < employees[$1].row } ?? cycle[0]
            let chain = (cycle + [cycle[0]]).map { employees[$0].id }
            let shown = chain.count > 12 ? Array(chain.prefix(6)) + ["…"] + Array(chain.suffix(5)) : chain
            let cutPerson = employees[cut]
            anomalies.append(ImportAnomaly(
                kind: .managerCycle, rows: cycle.map { employees[$0].row }.sorted(),
                message: cycle.count == 1 ? "employee '\(cutPerson.id)' is their own manager"
                    : "manager chain loops: \(shown.joined(separator: " → ")) (\(cycle.count) people)",
                handling: "the link from '\(cutPerson.id)' (row \(cutPerson.row)) to manager '\(cutPerson.managerID)' is ignored, so '\(cutPerson.id)' has no manager"))
            manager[cut] = -1
        }
    }
}
