import Foundation
import SiloscopeTestSupport
import Testing

/// `siloscope diff` on two HR exports generated with known reorganizations: a department
/// moved, two merged, one split, one grown 30 %, a head replaced. The diff must name every
/// one and nothing else.
@Suite(.enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct DiffCommandTests {
    /// An export: each department is its head (reporting to `manager`) and `size − 1`
    /// people reporting to the head.
    struct Export {
        var rows = ["Sicil;Ad Soyad;Departman;Yönetici Sicil"]
        var next = 1

        mutating func department(_ name: String, head: String, manager: Int?, size: Int) -> Int {
            let id = next
            rows.append("\(id);\(head);\(name);\(manager.map(String.init) ?? "")")
            for k in 1..<size { rows.append("\(id + k);\(name) Kişi \(k);\(name);\(id)") }
            next += size
            return id
        }
    }

    static func exports() -> (old: String, new: String) {
        var old = Export()
        let gm = old.department("Genel Müdürlük", head: "Ayşe", manager: nil, size: 1)
        let pazarlama = old.department("Pazarlama", head: "Ali", manager: gm, size: 4)
        _ = old.department("Kampanya", head: "Bora", manager: pazarlama, size: 3)
        let hizmet = old.department("Müşteri Hizmetleri", head: "Cem", manager: gm, size: 2)
        _ = old.department("Şikayet A", head: "Deniz", manager: hizmet, size: 4)
        _ = old.department("Şikayet B", head: "Ece", manager: hizmet, size: 3)
        _ = old.department("Operasyon", head: "Fatma", manager: gm, size: 6)
        _ = old.department("Satış", head: "Gül", manager: gm, size: 10)
        _ = old.department("BT", head: "Hakan", manager: gm, size: 4)
        _ = old.department("CRM", head: "Irmak", manager: gm, size: 3)

        var new = Export()
        let gm2 = new.department("Genel Müdürlük", head: "Ayşe", manager: nil, size: 1)
        _ = new.department("Pazarlama", head: "Ali", manager: gm2, size: 4)
        let crm = new.department("CRM", head: "Irmak", manager: gm2, size: 3)
        _ = new.department("Kampanya", head: "Bora", manager: crm, size: 3)                  // moved
        let hizmet2 = new.department("Müşteri Hizmetleri", head: "Cem", manager: gm2, size: 2)
        _ = new.department("Şikayet A", head: "Deniz", manager: hizmet2, size: 7)            // B merged in
        _ = new.department("Kart Operasyon", head: "Fatma", manager: gm2, size: 3)           // split
        _ = new.department("Kredi Operasyon", head: "Oya", manager: gm2, size: 3)
        _ = new.department("Satış", head: "Gül", manager: gm2, size: 13)                     // +30 %
        _ = new.department("BT", head: "Kaan", manager: gm2, size: 4)                        // new head
        return (old.rows.joined(separator: "\r\n"), new.rows.joined(separator: "\r\n"))
    }

    @Test func namesEveryReorganizationAndNothingElse() throws {
        let directory = try SiloscopeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (oldCSV, newCSV) = Self.exports()
        for (name, text) in [("old", oldCSV), ("new", newCSV)] {
            let csv = directory.appendingPathComponent("\(name).csv")
            try Data(text.utf8).write(to: csv)
            let imported = try SiloscopeBinary.run(["import", "orgchart", csv.path, "-o", directory.appendingPathComponent("\(name).yaml").path])
            #expect(imported.status == 0, "\(imported.err)")
        }
        let old = directory.appendingPathComponent("old.yaml").path, new = directory.appendingPathComponent("new.yaml").path
        let result = try SiloscopeBinary.run(["diff", old, new, "--format", "json"])
        #expect(result.status == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let moved = (json["moved"] as? [[String: Any]]) ?? []
        #expect(moved.count == 1)
        #expect(moved.first?["unit"] as? String == "kampanya" && moved.first?["from"] as? String == "pazarlama"
                && moved.first?["to"] as? String == "crm")
        #expect(json["merged"] as? [String: String] == ["sikayet_b": "sikayet_a"])
        #expect(json["split"] as? [String: [String]] == ["operasyon": ["kart_operasyon", "kredi_operasyon"]])
        #expect((json["added"] as? [String]) == [])
        #expect((json["removed"] as? [String]) == [])
        let headcount = (json["headcount"] as? [[String: Any]]) ?? []
        #expect(Set(headcount.compactMap { $0["unit"] as? String }) == ["satis", "sikayet_a"])
        let satis = headcount.first { $0["unit"] as? String == "satis" }
        #expect(satis?["before"] as? Int == 10 && satis?["after"] as? Int == 13)
        let heads = (json["heads"] as? [[String: Any]]) ?? []
        #expect(heads.count == 1 && heads.first?["unit"] as? String == "bt" && heads.first?["after"] as? String == "Kaan")
        #expect((json["changed_units"] as? [String: Any])?.isEmpty == true)

        // The same model twice: nothing.
        let same = try SiloscopeBinary.run(["diff", old, old])
        #expect(same.status == 0 && same.out.contains("no differences"), "\(same.out)")

        // The pictures, on one layout, in Turkish; inputs untouched.
        let before = try Data(contentsOf: URL(fileURLWithPath: old))
        let drawn = try SiloscopeBinary.run(["diff", old, new, "-o", directory.appendingPathComponent("change.svg").path, "--lang", "tr"])
        #expect(drawn.status == 0, "\(drawn.err)")
        for suffix in ["before", "after", "diff"] {
            let svg = try String(contentsOf: directory.appendingPathComponent("change-\(suffix).svg"), encoding: .utf8)
            #expect(svg.contains("Kampanya") && svg.contains("</svg>"))
        }
        let diff = try String(contentsOf: directory.appendingPathComponent("change-diff.svg"), encoding: .utf8)
        #expect(diff.contains("Şikayet B") && diff.contains("Kredi Operasyon"))
        #expect(diff.contains("yönetici: Kaan"), "the new head of BT is drawn")
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before)
    }

    @Test func badInputIsAClearError() throws {
        let missing = try SiloscopeBinary.run(["diff", "org-models/bank.yaml", "no-such.yaml"])
        #expect(missing.status == 2 && missing.err.contains("no-such.yaml"), "\(missing.err)")
        let badFormat = try SiloscopeBinary.run(["diff", "org-models/bank.yaml", "org-models/bank.yaml", "-o", "x.gif"])
        #expect(badFormat.status == 64, "\(badFormat.err)")
    }
}
