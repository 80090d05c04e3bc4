import Testing
import SiloscopeModel
@testable import SiloscopeGraph

@Suite struct OrgGraphTests {
    /// ceo → {mkt → {cc, campaign}, it → {crm, dev → {web}}}
    static func model() -> OrgModel {
        let units: [(String, String?)] = [
            ("ceo", nil), ("mkt", "ceo"), ("it", "ceo"), ("cc", "mkt"), ("campaign", "mkt"),
            ("crm", "it"), ("dev", "it"), ("web", "dev"),
        ]
        return OrgModel(organization: OrganizationInfo(name: "T"),
                        units: units.map { Unit(id: $0.0, name: $0.0, parent: $0.1) },
                        handoffs: [Handoff(from: "cc", to: "web"), Handoff(from: "web", to: "cc")])
    }

    @Test(arguments: [
        ("cc", "cc", "cc", 0), ("cc", "campaign", "mkt", 2), ("cc", "mkt", "mkt", 1),
        ("cc", "web", "ceo", 5), ("web", "crm", "it", 3), ("ceo", "web", "ceo", 3),
    ])
    func lowestCommonManagerAndDistance(_ a: String, _ b: String, _ manager: String, _ distance: Int) throws {
        let graph = try OrgGraph(Self.model())
        let (x, y) = (try #require(graph.index[a]), try #require(graph.index[b]))
        #expect(graph.ids[graph.lowestCommonManager(x, y)] == manager)
        #expect(graph.ids[graph.lowestCommonManager(y, x)] == manager)
        #expect(graph.distance(x, y) == distance)
        #expect(graph.distance(y, x) == distance)
    }

    @Test func divisionsAndSubtrees() throws {
        let graph = try OrgGraph(Self.model())
        let id = { (name: String) in graph.index[name] ?? -1 }
        #expect(graph.ids[graph.division[id("web")]] == "it")
        #expect(graph.ids[graph.division[id("cc")]] == "mkt")
        #expect(graph.division[id("ceo")] == id("ceo"))
        #expect(graph.sameDivision(id("crm"), id("web")))
        #expect(!graph.sameDivision(id("crm"), id("cc")))
        #expect(graph.isInSubtree(id("web"), of: id("it")))
        #expect(!graph.isInSubtree(id("it"), of: id("web")))
        #expect(Set(graph.subtree(of: id("it")).map { graph.ids[$0] }) == ["it", "crm", "dev", "web"])
        #expect(graph.managers(of: id("web")).map { graph.ids[$0] } == ["dev", "it", "ceo"])
        #expect(graph.outgoingHandoffs[id("cc")] == [0])
        #expect(graph.incomingHandoffs[id("cc")] == [1])
    }

    @Test func deepChainOf50000() throws {
        var units = [Unit(id: "u0", name: "u0")]
        for i in 1..<50_000 { units.append(Unit(id: "u\(i)", name: "", parent: "u\(i - 1)")) }
        let graph = try OrgGraph(OrgModel(organization: OrganizationInfo(name: "chain"), units: units))
        #expect(graph.depth[49_999] == 49_999)
        #expect(graph.lowestCommonManager(49_999, 30_000) == 30_000)
        #expect(graph.distance(49_999, 12_345) == 49_999 - 12_345)
        #expect(graph.ancestor(of: 49_999, up: 40_000) == 9_999)
        #expect(graph.subtree(of: 0).count == 50_000)
    }

    @Test func wideTreeOf100000() throws {
        var units = [Unit(id: "root", name: "root")]
        for i in 0..<1_000 { units.append(Unit(id: "d\(i)", name: "", parent: "root")) }
        for i in 0..<99_000 { units.append(Unit(id: "t\(i)", name: "", parent: "d\(i % 1_000)")) }
        let graph = try OrgGraph(OrgModel(organization: OrganizationInfo(name: "wide"), units: units))
        let a = try #require(graph.index["t5"]), b = try #require(graph.index["t1005"]), c = try #require(graph.index["t6"])
        #expect(graph.ids[graph.lowestCommonManager(a, b)] == "d5")
        #expect(graph.distance(a, c) == 4)
        #expect(graph.children(of: 0).count == 1_000)
    }

    @Test func rejectsCyclesAndSeveralRoots() {
        let cyclic = OrgModel(organization: OrganizationInfo(name: "c"), units: [
            Unit(id: "r", name: "r"), Unit(id: "a", name: "a", parent: "b"), Unit(id: "b", name: "b", parent: "a"),
        ])
        #expect(throws: OrgGraphError.cycle(unit: "a")) { try OrgGraph(cyclic) }
        let twoRoots = OrgModel(organization: OrganizationInfo(name: "c"), units: [Unit(id: "r", name: "r"), Unit(id: "s", name: "s")])
        #expect(throws: OrgGraphError.severalRoots("r", "s")) { try OrgGraph(twoRoots) }
    }
}

/// The one parent-pointer cycle walk that validation and both importers use.
@Suite struct ParentCyclesTests {
    @Test func findsEveryCycleOnceInWalkOrder() {
        // 0 ← 1 ← 2 (a tree), 3 → 4 → 5 → 3 (a loop), 6 → 6 (its own parent), 7 → 4 (into the loop).
        let parent = [-1, 0, 1, 4, 5, 3, 6, 4]
        #expect(ParentCycles.find(parent) == [[3, 4, 5], [6]])
    }

    @Test func aForestHasNone() {
        #expect(ParentCycles.find([-1, 0, 0, 1, -1, 4]).isEmpty)
        #expect(ParentCycles.find([]).isEmpty)
    }

    @Test func aChainOfAnyDepthIsWalkedIteratively() {
        let n = 200_000
        var parent = Array(-1..<(n - 1))  // i → i − 1
        #expect(ParentCycles.find(parent).isEmpty)
        parent[0] = n - 1  // close the chain into one cycle of every node
        let cycles = ParentCycles.find(parent)
        #expect(cycles.count == 1 && cycles[0].count == n)
    }
}
