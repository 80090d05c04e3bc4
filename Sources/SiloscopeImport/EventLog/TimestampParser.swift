/// Reads the timestamp spellings found in ticket exports, without Foundation's slow
/// date formatters.
///
/// Accepted: ISO 8601 (`2024-03-05T14:07:00Z`, `2024-03-05 14:07:00.250+03:00`),
/// `2024/03/05 14:07`, Turkish and European day-month-year (`05.03.2024 14:07:00`,
/// `5/3/2024 14:07`, `05-03-2024`), month-day-year when asked, and Unix seconds or
/// milliseconds. A time without an offset is read as written (as if UTC): only
/// differences and the hour of the day are used.
public struct TimestampParser: Sendable {
    /// The order of day and month in `a/b/yyyy` and `a.b.yyyy`.
    public enum DateOrder: String, Sendable, CaseIterable {
        /// Day first (Turkish, European): 05.03.2024 is 5 March.
        case dayMonthYear = "dmy"
        /// Month first (American): 03/05/2024 is 5 March.
        case monthDayYear = "mdy"
    }

    /// A parsed instant.
    public struct Instant: Sendable, Equatable {
        /// Seconds since 1970-01-01 00:00 UTC.
        public var seconds: Double
        /// The hour of the day as written (before any offset), 0–23.
        public var hour: Int
    }

    /// Day-month or month-day for numeric dates that are not ISO.
    public var order: DateOrder

    /// Creates a parser.
    public init(order: DateOrder = .dayMonthYear) {
        self.order = order
    }

    /// Parses a timestamp; `nil` when it is in none of the accepted forms or names an
    /// impossible date.
    public func parse(_ text: String) -> Instant? {
        var copy = text
        return copy.withUTF8 { parse(bytes: $0) }
    }

    /// Parses UTF-8 bytes.
    public func parse(bytes: UnsafeBufferPointer<UInt8>) -> Instant? {
        var scanner = ByteScanner(bytes: bytes)
        scanner.skipSpaces()
        let start = scanner.index
        guard let first = scanner.number(maxDigits: 13) else { return nil }
        let firstDigits = scanner.index - start
        if scanner.atEnd || scanner.peekIsSpace, firstDigits >= 9 {
            scanner.skipSpaces()
            guard scanner.atEnd else { return nil }
            let seconds = firstDigits >= 12 ? Double(first) / 1000 : Double(first)
            let hour = Int((seconds.truncatingRemainder(dividingBy: 86_400)) / 3600)
            return Instant(seconds: seconds, hour: hour)
        }
        guard let separator = scanner.take(anyOf: "-./") else { return nil }
        guard let second = scanner.number(maxDigits: 2), scanner.take(separator.asciiValue ?? 0) else { return nil }
        guard let third = scanner.number(maxDigits: 4) else { return nil }
        let year: Int, month: Int, day: Int
        if firstDigits == 4 {
            (year, month, day) = (first, second, third)
        } else {
            guard firstDigits <= 2, third >= 1000 else { return nil }
            year = third
            (day, month) = order == .dayMonthYear || separator == "." ? (first, second) : (second, first)
        }
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        var hour = 0, minute = 0
        var seconds = 0.0
        var offset = 0
        if scanner.take(UInt8(ascii: "T")) || scanner.takeSpaces() {
            if !scanner.atEnd {
                guard let h = scanner.number(maxDigits: 2), scanner.take(UInt8(ascii: ":")), let m = scanner.number(maxDigits: 2) else { return nil }
                (hour, minute) = (h, m)
                if scanner.take(UInt8(ascii: ":")) {
                    guard let s = scanner.number(maxDigits: 2) else { return nil }
                    seconds = Double(s)
                    if scanner.take(UInt8(ascii: ".")) || scanner.take(UInt8(ascii: ",")) {
                        let fractionStart = scanner.index
                        guard let fraction = scanner.number(maxDigits: 9) else { return nil }
                        seconds += Double(fraction) / pow10(scanner.index - fractionStart)
                    }
                }
                guard hour < 24, minute < 60, seconds < 61 else { return nil }
                if scanner.take(UInt8(ascii: "Z")) {
                    offset = 0
                } else if let sign = scanner.take(anyOf: "+-") {
                    guard let hours = scanner.number(maxDigits: 2) else { return nil }
                    _ = scanner.take(UInt8(ascii: ":"))
                    let minutes = scanner.number(maxDigits: 2) ?? 0
                    offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
                }
            }
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let total = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + seconds
        return Instant(seconds: total, hour: hour)
    }

    private func pow10(_ digits: Int) -> Double {
        var value = 1.0
        for _ in 0..<digits { value *= 10 }
        return value
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII bytes.
private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peekIsSpace: Bool { !atEnd && (bytes[index] == 0x20 || bytes[index] == 0x09) }

    mutating func skipSpaces() { while peekIsSpace { index += 1 } }

    mutating func takeSpaces() -> Bool {
        let start = index
        skipSpaces()
        return index > start
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard !atEnd, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func take(anyOf characters: String) -> Character? {
        guard !atEnd, bytes[index] < 0x80 else { return nil }
        let character = Character(Unicode.Scalar(bytes[index]))
        guard characters.contains(character) else { return nil }
        index += 1
        return character
    }

    /// Up to `maxDigits` decimal digits; `nil` when there is none.
    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        let start = index
        while !atEnd, index - start < maxDigits, (0x30...0x39).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return index > start ? value : nil
    }
}
