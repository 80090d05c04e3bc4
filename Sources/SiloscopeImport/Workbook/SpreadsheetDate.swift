/// Dates stored as serial numbers, as spreadsheets store them, and the number formats
/// that mark a number as a date.
///
/// A serial number counts days (the fraction is the time of day) from the workbook's
/// epoch: in the 1900 date system day 1 is 1900-01-01 and day 60 is Lotus 1-2-3's
/// 1900-02-29, which never existed (read here as 1900-02-28); in the 1904 date system
/// (old Mac workbooks, `date1904="1"`) day 0 is 1904-01-01.
public enum SpreadsheetDate {
    /// The workbook's date system.
    public enum System: Sendable, Equatable {
        /// Excel's default: day 1 is 1900-01-01.
        case from1900
        /// `date1904`: day 0 is 1904-01-01.
        case from1904
    }

    /// What a date-formatted number holds.
    public enum Content: Sendable, Equatable {
        /// A calendar day: written `2024-03-05`.
        case date
        /// A day and a time: written `2024-03-05T09:15:42`.
        case dateTime
        /// A time of day only: written `09:15:42`.
        case time
    }

    /// The built-in number formats that are dates or times (ECMA-376 §18.8.30, plus the
    /// East Asian ones Excel writes in those locales).
    static let builtInDates: [Int: Content] = {
        var formats: [Int: Content] = [14: .date, 15: .date, 16: .date, 17: .date, 22: .dateTime,
                                       18: .time, 19: .time, 20: .time, 21: .time, 45: .time, 46: .time, 47: .time]
        for id in [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58] { formats[id] = .date }
        for id in [32, 33, 55, 56] { formats[id] = .time }
        return formats
    }()

    /// Whether a custom format code shows a date or time, and which: the letters d, m,
    /// y, h, s outside quoted text, escaped characters and `[…]`
    /// colour or locale brackets. Elapsed-time formats (`[h]:mm`) are durations, not dates.
    public static func content(ofFormatCode code: String) -> Content? {
        var hasDay = false
        var hasMonthOrMinute = false
        var hasTime = false
        var inQuote = false
        var bracket: String?
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if let open = bracket {
                if character != "]" { bracket = open + String(character); continue }
                // [h], [mm], [ss]: elapsed time, a duration rather than a date.
                if !open.isEmpty, open.allSatisfy({ "hms".contains($0) }) { return nil }
                bracket = nil
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": bracket = ""
            case "d", "y": hasDay = true
            case "m": hasMonthOrMinute = true
            case "h", "s": hasTime = true
            default: break
            }
        }
        if hasDay || (hasMonthOrMinute && !hasTime) { return hasTime ? .dateTime : .date }
        return hasTime ? .time : nil
    }

    /// The text of a serial number: `2024-03-05`, `2024-03-05T09:15:42` or `09:15:42`,
    /// rounded to the nearest second (serial numbers carry binary fractions, so 09:15:42
    /// is stored as 09:15:41.99999…). `nil` for a negative or absurd serial number.
    public static func text(serial: Double, system: System, content: Content) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil } // 9999-12-31
        var totalSeconds = Int64((serial * 86_400).rounded())
        var days = totalSeconds / 86_400
        totalSeconds -= days * 86_400
        let clock = "\(pad(Int(totalSeconds / 3600))):\(pad(Int(totalSeconds / 60 % 60))):\(pad(Int(totalSeconds % 60)))"
        if content == .time { return clock }
        // Days since 1970-01-01.
        switch system {
        case .from1904: days -= 24_107
        case .from1900:
            if days == 60 { days = 59 } // Lotus' 1900-02-29
            days += days < 60 ? -25_568 : -25_569
        }
        let (year, month, day) = civil(daysSince1970: days)
        let date = "\(year)-\(pad(month))-\(pad(day))"
        return content == .date && totalSeconds == 0 ? date : date + "T" + clock
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Year, month, day of a day count from 1970-01-01 (H. Hinnant, "chrono-Compatible
    /// Low-Level Date Algorithms", days_from_civil inverse).
    static func civil(daysSince1970 days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
