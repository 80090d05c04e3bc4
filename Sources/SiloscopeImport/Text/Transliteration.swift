import Foundation

/// ASCII forms of names: folded keys for comparing headers and department names, and
/// snake_case identifiers for unit ids.
public enum Transliteration {
    /// Lower-case ASCII for one scalar, Turkish letters first (ı and İ become i), other
    /// Latin letters without their accents; `nil` for anything else.
    private static func asciiLetter(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ç", "Ç": return "c"
        case "ğ", "Ğ": return "g"
        case "ı", "İ", "I", "i": return "i"
        case "ö", "Ö": return "o"
        case "ş", "Ş": return "s"
        case "ü", "Ü": return "u"
        case "ß": return "ss"
        case "æ", "Æ": return "ae"
        case "ø", "Ø": return "o"
        default: break
        }
        if scalar.isASCII {
            let value = scalar.value
            if (0x41...0x5A).contains(value) { return String(Unicode.Scalar(value + 32) ?? scalar) }
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { return String(scalar) }
            return nil
        }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return base.isASCII && base.properties.isAlphabetic ? asciiLetter(base) : nil
    }

    /// A comparison key: lower-case ASCII letters and digits only ("Yönetici Sicil No" →
    /// "yoneticisicilno"). Non-Latin letters are kept as they are, lower-cased.
    public static func compactKey(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let ascii = asciiLetter(scalar) {
                result += ascii
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                result += String(scalar).lowercased()
            }
        }
        return result
    }

    /// A key that keeps word boundaries: letters folded as in ``compactKey(_:)``, runs of
    /// anything else collapsed to one space ("SATIŞ  &  Pazarlama" → "satis pazarlama").
    public static func wordKey(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let piece: String?
            if let ascii = asciiLetter(scalar) {
                piece = ascii
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                piece = String(scalar).lowercased()
            } else {
                piece = nil
            }
            if let piece {
                if pendingSpace, !result.isEmpty { result += " " }
                pendingSpace = false
                result += piece
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// A snake_case ASCII identifier ("Çağrı Merkezi" → "cagri_merkezi"); letters with no
    /// ASCII form are dropped, and an empty result becomes `fallback`.
    public static func identifier(_ text: String, fallback: String = "unit") -> String {
        var result = ""
        var pendingUnderscore = false
        for scalar in text.unicodeScalars {
            if let ascii = asciiLetter(scalar) {
                if pendingUnderscore, !result.isEmpty { result += "_" }
                pendingUnderscore = false
                result += ascii
            } else {
                pendingUnderscore = true
            }
        }
        return result.isEmpty ? fallback : result
    }
}
