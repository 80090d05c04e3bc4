import SiloscopeModel

/// The words the before/after, diff and heatmap pictures write themselves (titles,
/// legends, the line a changed unit carries, a unit's kind and staff), in a ``Language``.
/// Names from the model are drawn as written.
///
/// Turkish phrases avoid attaching suffixes to names ("taşınacak, yeni yönetici: X"
/// rather than "X'e taşınacak"), since a suffix must agree with the name's last vowel.
extension Language {
    /// A number for a legend: `OrgDiagramStyle.number`, with a decimal comma in Turkish.
    func number(_ value: Double) -> String {
        let text = OrgDiagramStyle.number(value)
        return self == .tr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A count with thousands grouped: "1,240", in Turkish "1.240".
    func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(self == .tr ? "." : ",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A share as a whole percentage: "40%", in Turkish "%40".
    func percent(_ share: Double) -> String {
        let whole = Int(saturating: (share * 100).rounded())
        return self == .tr ? "%\(whole)" : "\(whole)%"
    }

    /// A range of shares as percentages: "40–60%", in Turkish "%40–60"; one share when
    /// both ends are equal.
    func percentRange(_ low: Double, _ high: Double) -> String {
        guard low != high else { return percent(low) }
        let (from, to) = (Int(saturating: (low * 100).rounded()), Int(saturating: (high * 100).rounded()))
        return self == .tr ? "%\(from)–\(to)" : "\(from)–\(to)%"
    }

    /// A unit's kind in words.
    func kindName(_ kind: UnitKind) -> String {
        guard self == .tr else { return OrgDiagramStyle.kindName(kind) }
        return switch kind {
        case .executive: "yönetim"
        case .marketing: "pazarlama"
        case .sales: "satış"
        case .it: "BT"
        case .customerService: "müşteri hizmetleri"
        case .contactCenter: "çağrı merkezi"
        case .branch: "şube"
        case .operations: "operasyon"
        case .finance: "finans"
        case .product: "ürün"
        case .legal: "hukuk"
        case .dataBI: "veri ve iş zekâsı"
        case .reporting: "raporlama"
        case .crm: "CRM"
        case .other: "birim"
        }
    }

    /// A changed field of a unit, from its file name (as ``ModelDiff/changedUnits`` names it).
    func fieldName(_ field: String) -> String {
        switch self {
        case .en:
            return switch field {
            case "case_handlers": "case handlers"
            case "handling_minutes", "handling_distribution": "handling time"
            case "kpis": "KPIs"
            default: field
            }
        case .tr:
            return switch field {
            case "name": "ad"
            case "kind": "tür"
            case "staff": "kişi"
            case "case_handlers": "vaka çalışanı"
            case "handling_minutes", "handling_distribution": "işlem süresi"
            case "kpis": "KPI'lar"
            case "head": "yönetici"
            default: field
            }
        }
    }
}
