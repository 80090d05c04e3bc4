/// A language Siloscope speaks: every command's `--lang`, the assessment's and the
/// report's texts, the words the diagrams write themselves. The one language type of
/// every module.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    /// English.
    case en
    /// Turkish.
    case tr

    /// The English or the Turkish text, whichever this language is.
    public func pick(_ english: String, _ turkish: String) -> String {
        self == .tr ? turkish : english
    }
}

/// A text in every language the diagnosis speaks: English and Turkish.
///
/// Reports carry both languages, so that a JSON report or the HTML report can show
/// either without running the assessment again. Encodes as `{"en": "...", "tr": "..."}`.
public struct LocalizedText: Sendable, Codable, Equatable, Hashable {
    /// The English text.
    public var en: String
    /// The Turkish text.
    public var tr: String

    /// Creates a text in both languages.
    public init(en: String, tr: String) {
        self.en = en
        self.tr = tr
    }

    /// The same text in both languages (identifiers, numbers, the user's own words).
    public init(_ both: String) {
        self.en = both
        self.tr = both
    }

    /// The text in one language.
    public subscript(_ language: Language) -> String {
        switch language {
        case .en: en
        case .tr: tr
        }
    }

    /// Joins texts language by language.
    public static func joined(_ parts: [LocalizedText], separator: String) -> LocalizedText {
        LocalizedText(en: parts.map(\.en).joined(separator: separator),
                      tr: parts.map(\.tr).joined(separator: separator))
    }

    /// Concatenates two texts language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, tr: lhs.tr + rhs.tr)
    }
}
