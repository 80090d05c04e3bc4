import SiloscopeModel

/// People aggregated into units: one unit per department.
///
/// A department's head is its member highest in the manager tree (ties: the one with the
/// most people below, then the earliest row); its parent is the department of the head's
/// manager. Because a parent's head is always strictly higher than the child's head,
/// departments cannot form a cycle. People without a department are counted in their
/// nearest manager's department.
struct OrgChartUnits {
    private(set) var units: [Unit] = []
    private(set) var anomalies: [ImportAnomaly] = []

    static let noDepartmentName = "(no department)"

    init(employees: [Employee], hierarchy: inout OrgChartHierarchy) {
        let count = employees.count
        // Effective department key per person, inherited down the tree where missing.
        var key = [String](repeating: "", count: count)
        var spelling = [String](repeating: "", count: count)
        var order = Array(0..<count)
        order.sort { hierarchy.depth[$0] < hierarchy.depth[$1] }
        var keys: [String: String] = [:]
        var inherited: [Int] = []
        var homeless: [Int] = []
        for i in order {
            let written = employees[i].department
            if !written.isEmpty {
                if let known = keys[written] {
                    key[i] = known
                } else {
                    key[i] = Transliteration.wordKey(written)
                    keys[written] = key[i]
                }
                spelling[i] = written
                if key[i].isEmpty { key[i] = written }
            } else if hierarchy.manager[i] >= 0, !key[hierarchy.manager[i]].isEmpty {
                key[i] = key[hierarchy.manager[i]]
                inherited.append(employees[i].row)
            } else {
                homeless.append(employees[i].row)
            }
        }
        if !inherited.isEmpty || !homeless.isEmpty {
            var handling: [String] = []
            if !inherited.isEmpty { handling.append("\(inherited.count) counted in their manager's department") }
            if !homeless.isEmpty { handling.append("\(homeless.count) with no manager's department either put in a unit '\(Self.noDepartmentName)'") }
            anomalies.append(ImportAnomaly(kind: .noDepartment, rows: (inherited + homeless).sorted(),
                                           message: "\(inherited.count + homeless.count) \(inherited.count + homeless.count == 1 ? "person has" : "people have") no department",
                                           handling: handling.joined(separator: "; ")))
        }

        // Departments in order of first appearance in the file.
        var departmentOf = [Int](repeating: 0, count: count)
        var indexOfKey: [String: Int] = [:]
        var members: [[Int]] = []
        var spellings: [[String: Int]] = []
        var firstRow: [Int] = []
        for i in 0..<count {
            let k = key[i]
            let d: Int
            if let existing = indexOfKey[k] {
                d = existing
            } else {
                d = members.count
                indexOfKey[k] = d
                members.append([])
                spellings.append([:])
                firstRow.append(employees[i].row)
            }
            departmentOf[i] = d
            members[d].append(i)
            if !spelling[i].isEmpty { spellings[d][spelling[i], default: 0] += 1 }
        }
        let names: [String] = spellings.indices.map { d in
            let variants = spellings[d]
            guard !variants.isEmpty else { return Self.noDepartmentName }
            return variants.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key ?? Self.noDepartmentName
        }
        for d in spellings.indices where spellings[d].count > 1 {
            let listed = spellings[d].sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let rows = members[d].filter { spelling[$0] != names[d] && !spelling[$0].isEmpty }.map { employees[$0].row }.sorted()
            anomalies.append(ImportAnomaly(
                kind: .departmentSpellings, rows: rows,
                message: "department written \(listed.count) ways: " + listed.prefix(6).map { "'\($0.key)' (\($0.value))" }.joined(separator: ", "),
                handling: "merged into one unit named '\(names[d])', the most common spelling"))
        }

        // Heads and parents.
        let heads: [Int] = members.map { group in
            group.min { a, b in
                (hierarchy.depth[a], -hierarchy.subtreeSize[a], employees[a].row) < (hierarchy.depth[b], -hierarchy.subtreeSize[b], employees[b].row)
            } ?? 0
        }
        var parent: [Int] = heads.map { head in hierarchy.manager[head] >= 0 ? departmentOf[hierarchy.manager[head]] : -1 }
        let mainRoot = departmentOf[hierarchy.mainRoot]
        let rootDepartments = parent.indices.filter { parent[$0] < 0 }
        for d in rootDepartments where d != mainRoot { parent[d] = mainRoot }
        let top = hierarchy.topPeople
        if top.count > 1 || rootDepartments.count > 1 {
            let people = top.prefix(6).map { "'\(employees[$0].id)'" }.joined(separator: ", ") + (top.count > 6 ? ", …" : "")
            let attached = rootDepartments.filter { $0 != mainRoot }.map { "'\(names[$0])'" }
            anomalies.append(ImportAnomaly(
                kind: .severalRoots, rows: top.map { employees[$0].row }.sorted(),
                message: "\(top.count) \(top.count == 1 ? "person has" : "people have") no manager (\(people)) and \(rootDepartments.count) department\(rootDepartments.count == 1 ? " is" : "s are") at the top",
                handling: attached.isEmpty
                    ? "'\(names[mainRoot])' is the root unit"
                    : "'\(names[mainRoot])' (head of the largest tree) is the root unit; \(attached.prefix(6).joined(separator: ", "))\(attached.count > 6 ? " and \(attached.count - 6) more" : "") attached under it"))
        }

        // Units depth-first from the root, children in order of first appearance.
        var children = [[Int]](repeating: [], count: members.count)
        for d in members.indices where parent[d] >= 0 { children[parent[d]].append(d) }
        var pool = IdentifierPool()
        var ids = [String](repeating: "", count: members.count)
        var stack = [mainRoot]
        while let d = stack.popLast() {
            ids[d] = pool.unique(Transliteration.identifier(names[d], fallback: "department"))
            let head = employees[heads[d]]
            var kind = UnitKindGuess.guess(names[d])
            if d == mainRoot, kind == .other { kind = .executive }
            units.append(Unit(id: ids[d], name: names[d], kind: kind, parent: parent[d] >= 0 ? ids[parent[d]] : nil,
                              staff: members[d].count, head: head.name.isEmpty ? head.id : head.name))
            stack.append(contentsOf: children[d].reversed())
        }
    }
}
