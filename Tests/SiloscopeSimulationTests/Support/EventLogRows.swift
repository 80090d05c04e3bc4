import Foundation

/// An event log in the CSV form `EventLogSink.csv()` writes, read back for checks.
struct EventLogRows {
    struct Row: Equatable {
        var caseID: Int
        var caseType: String
        var activity: String
        var unit: String
        var channel: String
        var timestamp: String
        var lifecycle: String
    }

    /// One service: a start row and its completion.
    struct Service: Equatable {
        var unit: String
        var start: String
        var end: String
    }

    let header: String
    let rows: [Row]

    init(csv: String) {
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        header = lines.first ?? ""
        rows = lines.dropFirst().map { line in
            let fields = Self.fields(line)
            return Row(caseID: Int(fields[0]) ?? -1, caseType: fields[1], activity: fields[2], unit: fields[3],
                       channel: fields[4], timestamp: fields[5], lifecycle: fields[6])
        }
    }

    /// Each case's services in log order (start, then complete).
    var servicesByCase: [Int: [Service]] {
        var result: [Int: [Service]] = [:]
        var i = 0
        while i + 1 < rows.count {
            let start = rows[i], end = rows[i + 1]
            result[start.caseID, default: []].append(Service(unit: start.unit, start: start.timestamp, end: end.timestamp))
            i += 2
        }
        return result
    }

    /// Splits one CSV line (RFC 4180 quoting).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }
}
