import Foundation
import SiloscopeTestSupport
import Testing

/// `siloscope render` on big organizations, as a user runs it: depth and focus collapse
/// the chart and say so on stderr with the flags that expand it; a generated model of
/// 3,000 units is collapsed automatically; no layout of thousands of boxes is attempted.
@Suite(.enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct RenderCollapseCommandTests {
    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("collapse-\(UUID().uuidString)-\(name)").path
    }

    /// A root, 12 divisions and 3,000 units in all, written as YAML.
    static func bigModel() throws -> String {
        var text = "siloscope: 1\norganization: {name: \"Büyük Şirket\"}\nunits:\n  - {id: u0, name: \"Genel Müdür\", kind: executive, staff: 1}\n"
        for i in 1..<3_000 {
            let parent = i <= 12 ? 0 : 1 + (i * 7) % min(i - 1, 600)
            text += "  - {id: u\(i), name: \"Birim \(i)\", parent: u\(parent), staff: \(3 + i % 20)}\n"
        }
        let path = temporary("big.yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func depthAndFocusOnTheBank() throws {
        let output = Self.temporary("bank.svg")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let depth = try SiloscopeBinary.run(["render", "org-models/bank.yaml", "--depth", "2", "-o", output])
        #expect(depth.status == 0, "\(depth.err)")
        #expect(depth.out.contains("org view of 10 of 50 units"))
        #expect(depth.err.contains("note: 10 of 50 units drawn, collapsed as asked") && depth.err.contains("--depth 3"))
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("+13 units, 2,613 people"))
        let unknown = try SiloscopeBinary.run(["render", "org-models/bank.yaml", "--focus", "gmy_bireysell", "-o", output])
        #expect(unknown.status == 1 && unknown.err.contains("did you mean 'gmy_bireysel'"))
        let usage = try SiloscopeBinary.run(["render", "org-models/bank.yaml", "--view", "handoffs", "--depth", "2", "-o", output])
        #expect(usage.status == 64)
        let whole = try SiloscopeBinary.run(["render", "org-models/bank.yaml", "-o", output])
        #expect(whole.status == 0 && !whole.err.contains("note:"))
    }

    @Test func bigModelCollapsesAutomaticallyOrIsRefused() throws {
        let model = try Self.bigModel()
        let output = Self.temporary("big.svg")
        defer { for path in [model, output] { try? FileManager.default.removeItem(atPath: path) } }
        let auto = try SiloscopeBinary.run(["render", model, "-o", output])
        #expect(auto.status == 0, "\(auto.err)")
        #expect(auto.err.contains("of 3,000 units drawn, collapsed automatically to stay legible"))
        #expect(auto.err.contains("--max-boxes"))
        let everything = try SiloscopeBinary.run(["render", model, "--max-boxes", "0", "-o", output])
        #expect(everything.status == 1)
        #expect(everything.err.contains("would hold 3000 boxes; at most 2000 are laid out"))
    }
}
