import SiloscopeModel

/// Money for a reader: grouped digits and the currency's sign, the way each language
/// writes them (`1.234.567 ₺` in Turkish, `₺1,234,567` in English).
public struct MoneyFormat: Sendable, Equatable {
    public var currency: String
    public var language: Language

    public init(currency: String, language: Language) {
        self.currency = currency
        self.language = language
    }

    /// The currency's sign, or its code when it has no common one.
    public var symbol: String {
        switch currency {
        case "TRY": "₺"
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        case "JPY": "¥"
        default: currency
        }
    }

    /// `amount` rounded to a whole unit of the currency; infinite amounts read "never".
    public func format(_ amount: Double) -> String {
        guard amount.isFinite else { return language.pick("never", "hiç") }
        let digits = Self.grouped(abs(amount).rounded(), separator: language == .tr ? "." : ",")
        let sign = amount.rounded() < 0 ? "−" : ""
        let glued = symbol.count == 1
        switch language {
        case .tr: return "\(sign)\(digits) \(symbol)"
        case .en: return glued ? "\(sign)\(symbol)\(digits)" : "\(sign)\(symbol) \(digits)"
        }
    }

    /// A short form for axis ticks: `₺70.1M`, `70,1 Mn ₺`, `€950k`.
    public func compact(_ amount: Double) -> String {
        guard amount.isFinite else { return format(amount) }
        let size = abs(amount)
        let (scaled, suffix): (Double, String) = switch size {
        case 1e9...: (amount / 1e9, language.pick("B", " Mr"))
        case 1e6...: (amount / 1e6, language.pick("M", " Mn"))
        case 1e3...: (amount / 1e3, language.pick("k", " B"))
        default: (amount, "")
        }
        if suffix.isEmpty { return format(amount) }
        var digits = String(format: abs(scaled) >= 100 ? "%.0f" : "%.1f", abs(scaled))
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        if language == .tr { digits = digits.replacingOccurrences(of: ".", with: ",") }
        let sign = amount < 0 ? "−" : ""
        switch language {
        case .tr: return "\(sign)\(digits)\(suffix) \(symbol)"
        case .en: return symbol.count == 1 ? "\(sign)\(symbol)\(digits)\(suffix)" : "\(sign)\(symbol) \(digits)\(suffix)"
        }
    }

    /// Whole digits in groups of three.
    static func grouped(_ value: Double, separator: String) -> String {
        let text = value < 1e18 ? String(Int64(value)) : String(format: "%.0f", value)
        var out = ""
        for (i, character) in text.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(contentsOf: separator) }
            out.append(character)
        }
        return String(out.reversed())
    }
}

#if canImport(Foundation)
import Foundation
#endif
