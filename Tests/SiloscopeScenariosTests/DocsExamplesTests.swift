import Foundation
import SiloscopeModel
import Testing
@testable import SiloscopeScenarios

/// Every change example in docs/scenarios.md applies to the bank example model.
@Suite struct DocsExamplesTests {
    /// The `yaml` blocks of docs/scenarios.md that are lists of changes.
    static func changeExamples() -> [String] {
        let path = ShippedScenarioTests.root.appendingPathComponent("docs/scenarios.md").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```yaml" {
                current = []
            } else if let lines = current, line == "```" {
                if lines.first?.hasPrefix("- ") == true { blocks.append(lines.joined(separator: "\n")) }
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func theDocumentHasExamplesForEveryKeyword() {
        let examples = Self.changeExamples().joined(separator: "\n")
        for keyword in ChangeAction.keywords {
            #expect(examples.contains("- \(keyword):"), "no example of \(keyword)")
        }
    }

    @Test(arguments: changeExamples())
    func exampleAppliesToTheBank(example: String) throws {
        let indented = example.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")
        let text = "siloscope_scenario: 1\nbase: ../org-models/bank.yaml\nchanges:\n\(indented)\n"
        let file = ShippedScenarioTests.root.appendingPathComponent("scenarios/doc-example.yaml").path
        let scenario = try ScenarioLoader.load(text: text, file: file)
        let applied = try scenario.apply(to: ScenarioLoader.loadBase(of: scenario))
        #expect(!applied.records.isEmpty)
        #expect(applied.records.allSatisfy { !$0.effects.isEmpty }, "\(applied.summaryLines)")
    }
}
