import SiloscopeModel

/// Guesses a unit's kind from its department name, in English and Turkish.
public enum UnitKindGuess {
    /// Word-key fragments per kind, most specific first.
    private static let rules: [(UnitKind, [String])] = [
        (.contactCenter, ["cagri merkez", "call cent", "call center", "contact cent", "iletisim merkez", "musteri iletisim"]),
        (.crm, ["crm", "musteri iliskileri", "customer relationship"]),
        (.customerService, ["musteri hizmet", "customer serv", "customer care", "musteri deneyim", "customer experience", "sikayet", "complaint"]),
        (.dataBI, ["veri", "data", "business intelligence", "is zekasi", "analitik", "analytics", "bi "]),
        (.reporting, ["raporlama", "reporting", "mis "]),
        (.marketing, ["pazarlama", "marketing", "kampanya", "campaign", "brand", "marka"]),
        (.sales, ["satis", "sales", "kurumsal bankacilik", "bireysel bankacilik", "account management"]),
        (.it, ["bilgi teknoloji", "bilgi islem", "information technolog", "yazilim", "software", "teknoloji", "technology", "it ", "bt "]),
        (.branch, ["sube", "branch", "magaza", "store", "bayi", "dealer"]),
        (.finance, ["finans", "finance", "muhasebe", "accounting", "mali isler", "hazine", "treasury", "butce", "budget"]),
        (.legal, ["hukuk", "legal", "uyum", "compliance", "mevzuat"]),
        (.product, ["urun", "product"]),
        (.operations, ["operasyon", "operation", "lojistik", "logistics", "tedarik", "supply", "uretim", "production", "satin alma", "purchasing"]),
        (.executive, ["genel mudurluk", "general management", "ceo", "yonetim kurulu", "board", "executive", "genel mudur"]),
    ]

    /// The kind whose fragment appears in the name, else `.other`.
    public static func guess(_ name: String) -> UnitKind {
        let key = " " + Transliteration.wordKey(name) + " "
        for (kind, fragments) in rules where fragments.contains(where: { key.contains($0.hasSuffix(" ") ? " " + $0 : $0) }) {
            return kind
        }
        return .other
    }
}
