import Foundation
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeSimulation

/// Numbers written the way each language writes them, independent of the machine's
/// locale (so a report is the same everywhere):
///
/// | | English | Turkish |
/// |---|---|---|
/// | decimal | `1,234.5` | `1.234,5` |
/// | percent | `12.3%` | `%12,3` |
/// | minutes | `166.7 min` | `166,7 dk` |
/// | negative | `−8.1` (minus sign) | `−8,1` |
public struct NumberStyle: Sendable {
    /// The language.
    public var language: Language

    /// A style for a language.
    public init(_ language: Language) { self.language = language }

    private var decimalMark: Character { language == .tr ? "," : "." }
    private var groupMark: Character { language == .tr ? "." : "," }

    /// A number with `digits` decimals and thousands grouped.
    ///
    /// - Parameters:
    ///   - value: The number; not finite prints as `—`.
    ///   - digits: Decimals (0–6).
    ///   - sign: Show `+` on positive numbers (for differences).
    public func decimal(_ value: Double, digits: Int = 1, sign: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        let digits = min(max(digits, 0), 6)
        var text = String(format: "%.\(digits)f", locale: Locale(identifier: "en_US_POSIX"), abs(value))
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            fraction = String(text[text.index(after: dot)...])
            text = String(text[..<dot])
        }
        var grouped = ""
        for (offset, character) in text.enumerated() {
            if offset > 0, (text.count - offset) % 3 == 0 {
                grouped.append(groupMark)
            }
            grouped.append(character)
        }
        var result = grouped
        if !fraction.isEmpty { result += String(decimalMark) + fraction }
        let isZero = result.allSatisfy { $0 == "0" || $0 == decimalMark || $0 == groupMark }
        if value < 0 && !isZero { result = "\u{2212}" + result } else if sign && !isZero { result = "+" + result }
        return result
    }

    /// A whole number with thousands grouped.
    public func integer(_ value: Int) -> String { decimal(Double(value), digits: 0) }

    /// A 0–1 share as a percentage.
    public func percent(_ share: Double, digits: Int = 1, sign: Bool = false) -> String {
        let number = decimal(share * 100, digits: digits, sign: sign)
        guard number != "—" else { return number }
        if language == .tr {
            // Turkish puts the sign before the number: %12,3 and −%1,2.
            if let first = number.first, first == "+" || first == "\u{2212}" {
                return String(first) + "%" + number.dropFirst()
            }
            return "%" + number
        }
        return number + "%"
    }

    /// Minutes with their unit.
    public func minutes(_ value: Double, digits: Int = 1, sign: Bool = false) -> String {
        decimal(value, digits: digits, sign: sign) + (language == .tr ? " dk" : " min")
    }

    /// A mean with its 95 % interval: `166.7 [165.9 – 167.5]`.
    public func interval(_ interval: Interval, digits: Int = 1, sign: Bool = false) -> String {
        "\(decimal(interval.mean, digits: digits, sign: sign)) [\(decimal(interval.low, digits: digits, sign: sign)) – \(decimal(interval.high, digits: digits, sign: sign))]"
    }

    /// A share with its 95 % interval, as percentages.
    public func percentInterval(_ interval: Interval, digits: Int = 1, sign: Bool = false) -> String {
        "\(percent(interval.mean, digits: digits, sign: sign)) [\(percent(interval.low, digits: digits, sign: sign)) – \(percent(interval.high, digits: digits, sign: sign))]"
    }

    /// The number of decimals that shows a value of this size sensibly (3 for 0.015,
    /// 2 for 1.84, 1 for 166.7, 0 for 390,904).
    public static func digits(for value: Double) -> Int {
        let magnitude = abs(value)
        if magnitude == 0 || magnitude >= 1_000 { return 0 }
        if magnitude >= 10 { return 1 }
        if magnitude >= 0.1 { return 2 }
        return 3
    }
}
