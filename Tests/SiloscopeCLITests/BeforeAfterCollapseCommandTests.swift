import Foundation
import SiloscopeTestSupport
import Testing

/// Before/after and diff pictures of big organizations, as a user draws them: collapsed
/// like the org chart, every changed unit drawn, nothing refused, the note on stderr in
/// the pictures' language.
@Suite(.enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct BeforeAfterCollapseCommandTests {
    /// Boxes in an SVG Graphviz wrote (units, plus the legend and two invisible corners).
    static func boxes(_ svg: String) -> Int { svg.components(separatedBy: "class=\"node\"").count - 1 }

    @Test func scenarioOnThreeThousandUnits() throws {
        let model = try RenderCollapseCommandTests.bigModel()
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: directory)
            try? FileManager.default.removeItem(atPath: model)
        }
        // Deep units: u2900 reports to u501, u2950 and u2951 to u251 and u258.
        let scenario = directory.appendingPathComponent("reorg.yaml")
        try """
            siloscope_scenario: 1
            name: "Derin değişiklik"
            base: \(model)
            changes:
              - move: {unit: u2900, to: u5}
              - merge: {units: [u2950, u2951], into: {id: birlesik, name: "Birleşik Birim", parent: u7}}
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("change.svg").path
        let pair = try SiloscopeBinary.run(["render", model, "--view", "before-after", "--scenario", scenario.path,
                                            "--friction", "none", "-o", output])
        #expect(pair.status == 0, "\(pair.err)")
        #expect(pair.err.contains("of 3,001 units drawn, collapsed automatically to stay legible; every changed unit is drawn"))
        #expect(pair.err.contains("--max-boxes"))
        let before = try String(contentsOfFile: directory.appendingPathComponent("change-before.svg").path, encoding: .utf8)
        let after = try String(contentsOfFile: directory.appendingPathComponent("change-after.svg").path, encoding: .utf8)
        for name in ["Birim 2900", "Birim 2950", "Birim 2951", "Birim 501", "Birim 251"] { #expect(before.contains("\(name)<"), "\(name)") }
        for name in ["Birim 2900", "Birleşik Birim", "Birim 5<", "Birim 7<"] { #expect(after.contains(name), "\(name)") }
        // The limit (150), the changed units and their managers, a ghost for each unit gone
        // or moved, the legend and two corners.
        #expect(Self.boxes(before) <= 150 + 30 && Self.boxes(after) <= 150 + 30)
        #expect(before.contains("units,") && before.contains("people"))

        let diff = try SiloscopeBinary.run(["render", model, "--view", "diff", "--scenario", scenario.path,
                                            "--friction", "none", "--lang", "tr", "--depth", "2", "-o", output])
        #expect(diff.status == 0, "\(diff.err)")
        #expect(diff.err.contains("3.001 birimin") && diff.err.contains("istendiği gibi daraltıldı; değişen her birim çizildi"))
        #expect(diff.err.contains("--depth 3"))
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("Birleşik Birim") && svg.contains("Birim 2900"))
    }

    /// Two 100,000-employee HR exports from the project's generator, the second with a
    /// department moved and two merged: `siloscope diff -o` draws them collapsed.
    @Test func diffOfTwoHundredThousandEmployeeExports() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let old = directory.appendingPathComponent("old.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SiloscopeBinary.root.appendingPathComponent("scripts/make-hr-export.py").path,
                             "--employees", "100000", "--clean", "--encoding", "utf-8", "-o", old.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)

        // Department d's head is employee 10000 + d; its manager heads department (d − 1) / 4.
        var rows = try String(contentsOf: old, encoding: .utf8).components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }
        func department(_ d: Int) -> String { rows.first { $0.first == "\(10000 + d)" }?[3] ?? "" }
        let moved = department(1500), gone = department(1002), kept = department(1001)
        #expect(!moved.isEmpty && !gone.isEmpty && !kept.isEmpty)
        for index in rows.indices where rows[index].count > 4 {
            if rows[index][0] == "11500" { rows[index][4] = "10010" }  // moves under department 10
            if rows[index][3] == gone {                                 // 1002 merges into 1001
                rows[index][3] = kept
                rows[index][4] = "11001"
            }
        }
        let new = directory.appendingPathComponent("new.csv")
        try rows.map { $0.joined(separator: ";") }.joined(separator: "\r\n").write(to: new, atomically: true, encoding: .utf8)
        for name in ["old", "new"] {
            let imported = try SiloscopeBinary.run(["import", "orgchart", directory.appendingPathComponent("\(name).csv").path,
                                                    "-o", directory.appendingPathComponent("\(name).yaml").path])
            #expect(imported.status == 0, "\(imported.err)")
        }
        let output = directory.appendingPathComponent("hr.svg").path
        let diff = try SiloscopeBinary.run(["diff", directory.appendingPathComponent("old.yaml").path,
                                            directory.appendingPathComponent("new.yaml").path, "-o", output])
        #expect(diff.status == 0, "\(diff.err)")
        #expect(diff.out.contains("MOVED UNDER SOMEONE ELSE (1)") && diff.out.contains("MERGED (1)"))
        #expect(diff.err.contains("units drawn, collapsed automatically to stay legible; every changed unit is drawn"))
        for suffix in ["before", "after", "diff"] {
            let svg = try String(contentsOfFile: directory.appendingPathComponent("hr-\(suffix).svg").path, encoding: .utf8)
            #expect(Self.boxes(svg) <= 150 + 40, "\(suffix): \(Self.boxes(svg)) boxes")
            // Names are wrapped before "Bölge": "Şube Ağı 125." on the first line.
            #expect(svg.contains(">" + moved.replacingOccurrences(of: " Bölge", with: "") + "<"), "\(suffix): \(moved)")
        }
    }
}
