import Testing
@testable import SiloscopeEngine

@Suite struct MarkovRouterTests {
    @Test func decisionFrequenciesMatchTheRoutingRow() throws {
        let router = try Canonical.router()
        var random = Xoshiro256StarStar(seed: 21)
        let n = 400_000
        for station in [0, 2, 6] {
            var counts = [Int](repeating: 0, count: 9)  // index 8: exit
            for _ in 0..<n {
                let next = router.nextStation(after: station, random: &random)
                counts[next < 0 ? 8 : next] += 1
            }
            let row = Canonical.routing[station]
            for j in 0..<8 {
                let p = row[j]
                let standardError = (p * (1 - p) / Double(n)).squareRoot()
                #expect(abs(Double(counts[j]) / Double(n) - p) <= 5 * standardError + 1e-12, "row \(station) → \(j)")
            }
            let exit = 1 - row.reduce(0, +)
            #expect(abs(Double(counts[8]) / Double(n) - exit) < 5 * (exit * (1 - exit) / Double(n)).squareRoot())
        }
    }

    @Test func aliasTableReproducesTheWeights() {
        let weights = [0.5, 0.2, 0.2, 0.1]
        let table = MarkovRouter.aliasTable(weights)
        var mass = [Double](repeating: 0, count: weights.count)
        for i in weights.indices {
            mass[i] += table.threshold[i] / Double(weights.count)
            mass[table.alias[i]] += (1 - table.threshold[i]) / Double(weights.count)
        }
        for i in weights.indices { #expect(abs(mass[i] - weights[i]) < 1e-12) }
    }

    @Test func aRowWithoutExitNeverExits() throws {
        let network = Network(
            stations: [Station(name: "a", servers: 1, service: .fixed(1)), Station(name: "b", servers: 1, service: .fixed(1))],
            sources: [])
        let router = try MarkovRouter(routing: [[0, 1], [0, 0]], network: network)
        var random = Xoshiro256StarStar(seed: 1)
        for _ in 0..<10_000 { #expect(router.nextStation(after: 0, random: &random) == 1) }
        for _ in 0..<100 { #expect(router.nextStation(after: 1, random: &random) == -1) }
    }
}
