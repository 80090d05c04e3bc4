import Foundation
import SiloscopeImport
import SiloscopeModel

/// `SiloscopeBench import [employees] [events]`: times the org-chart import of a
/// generated 100,000-employee Excel-style export (about 10 MB, `;`, Windows-1254) and of
/// the same table as an `.xlsx` workbook, and the import of a generated 1,000,000-event
/// log (simulator CSV shape), each with its peak resident memory. Targets: under 2 s
/// (CSV) and 5 s, under 1 GiB.
func runImportBench(arguments: [String]) {
    let employees = arguments.first.flatMap(Int.init) ?? 100_000
    let events = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000

    let export = ImportBenchData.employeeExport(count: employees)
    resetPeakMemory()
    var start = Date()
    do {
        let result = try OrgChartImporter.importCSV(export, file: "employees.csv")
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "orgchart: %d employees (%.1f MB, Windows-1254, ';') → %d units in %.3f s, peak RSS %.0f MB",
                     employees, Double(export.count) / 1e6, result.model.units.count, seconds, peakMemoryMB()))
        print("          rows read \(result.summary.rowsRead) = used \(result.summary.rowsUsed) + rejected \(result.summary.rejected.count)")
    } catch {
        print("orgchart: failed: \(error)")
    }

    // The same table as an .xlsx workbook (shared strings, as Excel writes it).
    do {
        let workbook = try WorkbookBenchData.workbook(rows: ImportBenchData.employeeRows(count: employees))
        resetPeakMemory()
        start = Date()
        let result = try OrgChartImporter.importCSV(workbook, file: "employees.xlsx")
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "orgchart: %d employees as .xlsx (%.1f MB zipped) → %d units in %.3f s, peak RSS %.0f MB",
                     employees, Double(workbook.count) / 1e6, result.model.units.count, seconds, peakMemoryMB()))
    } catch {
        print("orgchart .xlsx: failed: \(error)")
    }

    let log = ImportBenchData.eventLog(events: events)
    resetPeakMemory()
    start = Date()
    do {
        let result = try EventLogImporter.importLog(log, file: "events.csv", into: nil)
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "events:   %d events (%.1f MB) in %d cases → %d routing rows in %.3f s, peak RSS %.0f MB",
                     result.summary.eventsUsed, Double(log.count) / 1e6, result.summary.analysis.caseCount,
                     result.model.routing.count, seconds, peakMemoryMB()))
    } catch {
        print("events: failed: \(error)")
    }
}

/// Peak resident set size of this process in MB (Linux `VmHWM`; 0 elsewhere).
private func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

/// Resets the peak so each benchmark reports its own (Linux: `5` to `clear_refs`).
private func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// Generated benchmark inputs, deterministic.
enum ImportBenchData {
    static let firstNames = ["Ayşe", "Mehmet", "Fatma", "Mustafa", "Emine", "Ahmet", "Hatice", "Ali", "Zeynep", "Hüseyin",
                             "Elif", "İbrahim", "Şule", "Ömer", "Gülşen", "Çağla", "Ümit", "Işıl", "Doğan", "Özge"]
    static let lastNames = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
                            "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"]
    static let areas = ["Satış", "Pazarlama", "Bilgi Teknolojileri", "Çağrı Merkezi", "Operasyon", "Finans", "Hukuk",
                        "İnsan Kaynakları", "Müşteri Hizmetleri", "Ürün Yönetimi", "Veri Analitiği", "Şube Ağı"]
    static let cities = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"]

    /// An Excel-style export: `;`, CRLF, Windows-1254, Turkish headers, trailing empty
    /// columns; departments in a tree of fan-out 5, each head reporting to the parent
    /// department's head, everyone else to their head.
    static func employeeExport(count: Int) -> Data {
        var text = ""
        text.reserveCapacity(count * 110)
        for row in employeeRows(count: count) {
            text += row.map { $0.contains(";") ? "\"\($0)\"" : $0 }.joined(separator: ";") + "\r\n"
        }
        return Data(encodeWindows1254(text))
    }

    /// The export's cells, header first (the CSV and the workbook hold the same table).
    static func employeeRows(count: Int) -> [[String]] {
        let departments = max(1, count / 250)
        var rows = [["Sicil No", "Ad Soyad", "Unvan", "Departman", "Yönetici Sicil", "Lokasyon", "Masraf Merkezi", "E-posta", "", ""]]
        rows.reserveCapacity(count + 1)
        func name(_ d: Int) -> String { d == 0 ? "Genel Müdürlük" : "\(areas[d % areas.count]) \(d / areas.count + 1). Bölge" }
        for i in 0..<count {
            let d = i % departments
            let isHead = i < departments
            let manager = isHead ? (d == 0 ? "" : "S\((d - 1) / 5 + 100_000)") : "S\(d + 100_000)"
            let person = "\(firstNames[i % 20]) \(lastNames[(i / 20) % 20])"
            let title = isHead ? "Müdür" : (i % 7 == 0 ? "Uzman; Kıdemli" : "Uzman")
            rows.append(["S\(i + 100_000)", person, title, name(d), manager, cities[i % cities.count], "CC\(d)", "p\(i)@example.com.tr", "", ""])
        }
        return rows
    }

    /// A log in the simulator's shape with start/complete pairs: cases of 2–5 visits over
    /// 12 units, one case every 30 s.
    static func eventLog(events: Int) -> Data {
        let units = (0..<12).map { "unit_\($0)" }
        let channels = ["phone", "web", "branch", "email"]
        var text = "case_id,case_type,activity,unit,channel,timestamp,lifecycle\n"
        text.reserveCapacity(events * 80)
        var written = 0, caseNumber = 0
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        while written < events {
            caseNumber += 1
            var time = 1_704_067_200 + caseNumber * 30
            var unit = next() % 3
            let visits = 2 + next() % 4
            let channel = channels[caseNumber % channels.count]
            for _ in 0..<visits where written < events {
                for lifecycle in ["start", "complete"] {
                    text += "\(caseNumber),type_\(caseNumber % 5),work,\(units[unit]),\(channel),\(iso(time)),\(lifecycle)\n"
                    time += 60 + next() % 1200
                    written += 1
                }
                unit = (unit + 1 + next() % 11) % units.count
            }
        }
        return Data(text.utf8)
    }

    private static func iso(_ seconds: Int) -> String {
        let days = seconds / 86_400, rest = seconds % 86_400
        // 2024-01-01 is day 19723; the benchmark stays within 2024.
        var day = days - 19_723
        let monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while month < 11, day >= monthDays[month] { day -= monthDays[month]; month += 1 }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "2024-\(two(month + 1))-\(two(day + 1))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// Text to Windows-1254 bytes (Turkish letters and ASCII only).
    static func encodeWindows1254(_ text: String) -> [UInt8] {
        let table: [Unicode.Scalar: UInt8] = ["Ğ": 0xD0, "ğ": 0xF0, "İ": 0xDD, "ı": 0xFD, "Ş": 0xDE, "ş": 0xFE,
                                              "Ç": 0xC7, "ç": 0xE7, "Ö": 0xD6, "ö": 0xF6, "Ü": 0xDC, "ü": 0xFC]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            bytes.append(scalar.isASCII ? UInt8(scalar.value) : table[scalar] ?? UInt8(ascii: "?"))
        }
        return bytes
    }
}
