import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// The parameters: defaults, ranges, overrides, and their table in docs/simulation.md.
@Suite("Simulation parameters")
struct SimulationParametersTests {
    @Test("Every default lies in its range and its robustness range inside that")
    func definitionsAreConsistent() {
        let names = SimulationParameters.definitions.map(\.name)
        #expect(Set(names).count == names.count)
        for definition in SimulationParameters.definitions {
            #expect(definition.range.contains(definition.defaultValue), "\(definition.name)")
            if let uncertainty = definition.uncertainty {
                #expect(definition.range.contains(uncertainty.lowerBound) && definition.range.contains(uncertainty.upperBound))
                #expect(uncertainty.contains(definition.defaultValue), "\(definition.name): default outside its robustness range")
            }
            #expect(SimulationParameters()[definition.name] == definition.defaultValue)
            #expect(!definition.meaning.isEmpty)
        }
    }

    @Test("Overrides are checked: unknown names get a suggestion, values their range")
    func overrides() {
        var parameters = SimulationParameters()
        let problems = parameters.apply(["retelling_minutes": 6, "bounce_back_probabilty": 0.5, "triage_fraction": 2, "escalation_hops": .nan])
        #expect(parameters["retelling_minutes"] == 6)
        #expect(parameters["triage_fraction"] == 0.5, "a refused value leaves the default")
        #expect(problems.map(\.name) == ["bounce_back_probabilty", "escalation_hops", "triage_fraction"])
        #expect(problems[0].problem.contains("did you mean 'bounce_back_probability'?"))
        #expect(problems[2].problem.contains("out of range; expected 0.0…1.0"))
    }

    @Test("Stale-data risk by sync mode: 0 for real time, the parameters otherwise")
    func staleRisk() {
        let parameters = SimulationParameters()
        #expect(parameters.staleRisk(.realtime) == 0)
        #expect(parameters.staleRisk(.daily) == 0.03)
        #expect(parameters.staleRisk(.weekly) == 0.08)
        #expect(parameters.staleRisk(.manual) == 0.15)
        #expect(parameters.staleRisk(.none) == 0.25)
    }

    /// The parameter table of docs/simulation.md, generated from the definitions.
    static func table() -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        var lines = [
            "| parameter | default | range | meaning | robustness range |",
            "|---|---|---|---|---|",
        ]
        for definition in SimulationParameters.definitions {
            let range = "\(number(definition.range.lowerBound))–\(number(definition.range.upperBound))"
            let uncertainty = definition.uncertainty.map { "\(number($0.lowerBound))–\(number($0.upperBound))" } ?? "—"
            lines.append("| `\(definition.name)` | \(number(definition.defaultValue)) | \(range) | \(definition.meaning) | \(uncertainty) |")
        }
        return lines.joined(separator: "\n")
    }

    @Test("docs/simulation.md lists every parameter with its default, range and meaning")
    func documented() throws {
        try DocBlock.check("parameters", expected: Self.table())
    }
}

/// A generated block of docs/simulation.md between `<!-- name:begin -->` and
/// `<!-- name:end -->`. SILOSCOPE_RECORD_DOCS=1 rewrites it instead of checking.
enum DocBlock {
    static let file = packageRoot.appendingPathComponent("docs/simulation.md")

    static func check(_ name: String, expected: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let begin = "<!-- \(name):begin -->\n", end = "<!-- \(name):end -->"
        let start = try #require(text.range(of: begin), "docs/simulation.md has no \(begin)")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex), "docs/simulation.md has no \(end)")
        let current = String(text[start.upperBound..<stop.lowerBound])
        let expected = expected + "\n"
        if ProcessInfo.processInfo.environment["SILOSCOPE_RECORD_DOCS"] == "1" {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: expected)
                .write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "docs/simulation.md's \(name) block is out of date; rerun with SILOSCOPE_RECORD_DOCS=1")
    }

    /// The first backquoted word of each table row in the block.
    static func tableKeys(_ name: String) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let begin = "<!-- \(name):begin -->", end = "<!-- \(name):end -->"
        let start = try #require(text.range(of: begin))
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        return text[start.upperBound..<stop.lowerBound].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`", maxSplits: 1).first.map(String.init)
        }
    }
}
