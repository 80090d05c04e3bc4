import Testing
@testable import SiloscopeModel

/// Each validation rule, with the line and field it must point at.
@Suite struct ValidationTests {
    /// Loads `text` and returns its error diagnostics.
    func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try ModelLoader.load(text: text, file: "m.yaml")
            return []
        } catch {
            return error.errors
        }
    }

    static let header = "siloscope: 1\norganization: {name: T}\nunits:\n  - {id: ceo, kind: executive}\n"

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let line: Int
        let path: String
        let fragment: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown parent", body: "  - {id: a, parent: ce0}\n", line: 5, path: "units[1].parent", fragment: "did you mean 'ceo'"),
        Case(name: "duplicate id", body: "  - {id: a, parent: ceo}\n  - {id: a, parent: ceo}\n", line: 6, path: "units[2].id", fragment: "duplicate unit id 'a'"),
        Case(name: "negative staff", body: "  - {id: a, parent: ceo, staff: -2}\n", line: 5, path: "units[1].staff", fragment: "expected a number from 1 to 1000000 (people)"),
        Case(name: "zero handling", body: "  - {id: a, parent: ceo, handling_minutes: 0}\n", line: 5, path: "units[1].handling_minutes", fragment: "from 0.001 to 525600 (minutes, up to a year)"),
        Case(name: "NaN handling", body: "  - {id: a, parent: ceo, handling_minutes: .nan}\n", line: 5, path: "units[1].handling_minutes", fragment: "finite"),
        Case(name: "text for a number", body: "  - {id: a, parent: ceo, staff: many}\n", line: 5, path: "units[1].staff", fragment: "expected a number"),
        Case(name: "unknown kind", body: "  - {id: a, parent: ceo, kind: markting}\n", line: 5, path: "units[1].kind", fragment: "did you mean 'marketing'"),
        Case(name: "unknown field", body: "  - {id: a, parnet: ceo}\n", line: 5, path: "units[1].parnet", fragment: "did you mean 'parent'"),
        Case(name: "second root", body: "  - {id: a}\n", line: 5, path: "units[1].parent", fragment: "exactly one root"),
        Case(name: "self parent", body: "  - {id: a, parent: a}\n", line: 5, path: "units[1].parent", fragment: "reporting cycle: a → a"),
        Case(name: "probability out of range", body: "  - {id: a, parent: ceo}\nhandoffs:\n  - {from: a, to: ceo, context_kept: 1.5}\n", line: 7, path: "handoffs[0].context_kept", fragment: "between 0 and 1"),
        Case(name: "self handoff", body: "  - {id: a, parent: ceo}\nhandoffs:\n  - {from: a, to: a}\n", line: 7, path: "handoffs[0].to", fragment: "itself"),
        Case(name: "negative rate", body: "touchpoints:\n  - {id: t, unit: ceo}\ncase_types:\n  - {id: c, owner: ceo, arrivals: [{touchpoint: t, per_hour: -1}]}\n", line: 8, path: "case_types[0].arrivals[0].per_hour", fragment: "from 0.000001 to 1000000 (cases per hour)"),
        Case(name: "unknown touchpoint", body: "touchpoints:\n  - {id: t, unit: ceo}\ncase_types:\n  - {id: c, owner: ceo, arrivals: [{touchpoint: tt, per_hour: 1}]}\n", line: 8, path: "case_types[0].arrivals", fragment: "unknown touchpoint 'tt'"),
        Case(name: "copy without source", body: "systems:\n  - {id: s, role: copy}\n", line: 6, path: "systems[0].copy_of", fragment: "must name the system"),
        Case(name: "CRM not a unit", body: "crm: {unit: crm}\n", line: 5, path: "crm.unit", fragment: "is not a unit"),
        Case(name: "routing over one", body: "  - {id: a, parent: ceo}\nrouting:\n  ceo: {a: 0.7}\n  a: {ceo: 0.6, a: 0.5}\n", line: 8, path: "routing.a", fragment: "add up to 1.1"),
        // Numeric extremes: every numeric field has a stated range (docs/model.md).
        Case(name: "huge handling", body: "  - {id: a, parent: ceo, handling_minutes: 1e308}\n", line: 5, path: "units[1].handling_minutes", fragment: "found 1e308"),
        Case(name: "tiny handling", body: "  - {id: a, parent: ceo, handling_minutes: 1e-308}\n", line: 5, path: "units[1].handling_minutes", fragment: "from 0.001"),
        Case(name: "huge staff", body: "  - {id: a, parent: ceo, staff: 1e12}\n", line: 5, path: "units[1].staff", fragment: "to 1000000 (people)"),
        Case(name: "zero handlers", body: "  - {id: a, parent: ceo, case_handlers: 0}\n", line: 5, path: "units[1].case_handlers", fragment: "from 1 to 100000"),
        Case(name: "huge cv", body: "  - {id: a, parent: ceo, handling_cv: 1e6}\n", line: 5, path: "units[1].handling_cv", fragment: "to 100"),
        Case(name: "huge sample", body: "  - {id: a, parent: ceo, handling_samples: [3, 1e300]}\n", line: 5, path: "units[1].handling_samples[1]", fragment: "to 525600"),
        Case(name: "huge transfer", body: "  - {id: a, parent: ceo}\nhandoffs:\n  - {from: a, to: ceo, transfer_minutes: 1e9}\n", line: 7, path: "handoffs[0].transfer_minutes", fragment: "from 0 to 525600"),
        Case(name: "negative volume", body: "  - {id: a, parent: ceo}\nhandoffs:\n  - {from: a, to: ceo, volume_per_day: -0.5}\n", line: 7, path: "handoffs[0].volume_per_day", fragment: "from 0 to 10000000"),
        Case(name: "huge rate", body: "touchpoints:\n  - {id: t, unit: ceo}\ncase_types:\n  - {id: c, owner: ceo, arrivals: [{touchpoint: t, per_hour: 1e19}]}\n", line: 8, path: "case_types[0].arrivals[0].per_hour", fragment: "to 1000000 (cases per hour)"),
        Case(name: "huge audience", body: "systems:\n  - {id: s}\ncampaigns:\n  - {id: k, owner: ceo, system: s, audience: 1e14}\n", line: 8, path: "campaigns[0].audience", fragment: "to 10000000000 (customers)"),
        Case(name: "infinite rate", body: "touchpoints:\n  - {id: t, unit: ceo}\ncase_types:\n  - {id: c, owner: ceo, arrivals: [{touchpoint: t, per_hour: .inf}]}\n", line: 8, path: "case_types[0].arrivals[0].per_hour", fragment: "finite"),
        Case(name: "misspelled parameter", body: "simulation:\n  parameters:\n    retelling_minuts: 5\n", line: 7, path: "simulation.parameters.retelling_minuts", fragment: "did you mean 'retelling_minutes'"),
        Case(name: "parameter out of range", body: "simulation:\n  parameters:\n    triage_fraction: 7\n", line: 7, path: "simulation.parameters.triage_fraction", fragment: "from 0 to 1 (the range of triage_fraction)"),
        Case(name: "YAML syntax", body: "  - {id: a, parent: ceo\n", line: 6, path: "", fragment: "YAML syntax error"),
        Case(name: "duplicate key", body: "  - {id: a, id: b}\n", line: 5, path: "", fragment: "duplicate key 'id'"),
    ]

    @Test(arguments: cases)
    func reportsAtLineAndField(_ c: Case) throws {
        let found = errors(Self.header + c.body)
        let match = found.first { $0.message.contains(c.fragment) }
        let diagnostic = try #require(match, "no error containing \(c.fragment) in \(found)")
        #expect(diagnostic.position?.line == c.line, "\(diagnostic)")
        #expect(diagnostic.path == c.path, "\(diagnostic)")
        #expect(diagnostic.description.hasPrefix("m.yaml:\(c.line):"))
    }

    @Test func cycleNamesEveryUnitOnIt() throws {
        let text = Self.header + "  - {id: a, parent: c}\n  - {id: b, parent: a}\n  - {id: c, parent: b}\n  - {id: d, parent: a}\n"
        let found = errors(text).filter { $0.message.contains("reporting cycle") }
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.message.contains("a") && $0.message.contains("b") && $0.message.contains("c") })
        #expect(Set(found.map(\.path)) == ["units[1].parent", "units[2].parent", "units[3].parent"])
    }

    @Test func reportsAllProblemsAtOnce() {
        let text = Self.header + "  - {id: a, parent: x, staff: 0}\n  - {id: b, parent: y, kind: nope}\n"
        #expect(errors(text).count == 4)
    }

    @Test func warnsAboutCaseTypeWithoutArrivals() throws {
        let text = Self.header + "  - {id: a, parent: ceo}\ncase_types:\n  - {id: c, owner: a}\n"
        let loaded = try ModelLoader.load(text: text, file: "m.yaml")
        #expect(loaded.warnings.contains { $0.path == "case_types[0]" && $0.message.contains("never simulated") })
    }

    @Test func warnsAboutAnOwnerNoDeclaredPathReaches() throws {
        let text = Self.header + "  - {id: a, parent: ceo}\n  - {id: b, parent: ceo}\n"
            + "touchpoints:\n  - {id: t, channel: phone, unit: a}\n"
            + "case_types:\n  - {id: c, owner: b, arrivals: [{touchpoint: t, per_hour: 1}]}\n"
        let loaded = try ModelLoader.load(text: text, file: "m.yaml")
        let warning = try #require(loaded.warnings.first { $0.path == "case_types[0].owner" }, "\(loaded.warnings)")
        #expect(warning.message.contains("sent blindly") && warning.message.contains("declare a handoff"))
        let declared = text + "handoffs:\n  - {from: a, to: b}\n"
        #expect(try ModelLoader.load(text: declared, file: "m.yaml").warnings.allSatisfy { $0.path != "case_types[0].owner" })
    }

    @Test func deepChainValidatesWithoutRecursion() throws {
        var text = Self.header
        text += "  - {id: u0, parent: ceo}\n"
        for i in 1..<50_000 { text += "  - {id: u\(i), parent: u\(i - 1)}\n" }
        let loaded = try ModelLoader.load(text: text, file: "chain.yaml")
        #expect(loaded.model.units.count == 50_001)
    }
}
