/// The columns of an HR system's employee export.
public enum OrgChartColumn: String, ColumnRole {
    /// The employee's id, unique per row ("Sicil No").
    case employeeID = "employee_id"
    /// Full name ("Ad Soyad").
    case name
    /// Given name, when the export splits names ("Ad").
    case firstName = "first_name"
    /// Family name ("Soyad").
    case lastName = "last_name"
    /// Job title ("Unvan").
    case title
    /// Department: the unit the person is counted in ("Departman").
    case department
    /// The id of the person's manager ("Yönetici Sicil").
    case managerID = "manager_id"
    /// Work location ("Lokasyon").
    case location
    /// Cost centre ("Masraf Merkezi").
    case costCentre = "cost_centre"
    /// E-mail address ("E-posta").
    case email

    /// Folded header spellings in English and Turkish.
    public var synonyms: [String] {
        switch self {
        case .employeeID:
            ["employeeid", "employeeno", "employeenumber", "empid", "empno", "id", "personid", "personnelno", "personnelnumber",
             "staffid", "staffno", "workerid", "sicilno", "sicil", "sicilnumarasi", "personelno", "personelsicilno", "personelid",
             "calisanno", "calisanid", "calisansicilno"]
        case .name:
            ["name", "fullname", "employeename", "adsoyad", "adisoyadi", "adsoyadi", "adivesoyadi", "isimsoyisim", "isim",
             "personeladi", "personeladisoyadi", "calisanadi", "calisanadisoyadi"]
        case .firstName: ["firstname", "givenname", "forename", "ad", "adi"]
        case .lastName: ["lastname", "surname", "familyname", "soyad", "soyadi"]
        case .title:
            ["title", "jobtitle", "position", "positiontitle", "role", "jobname", "unvan", "unvani", "gorev", "gorevi",
             "pozisyon", "kadro", "kadrounvani"]
        case .department:
            ["department", "departmentname", "dept", "orgunit", "organizationunit", "organisationunit", "unit", "team",
             "departman", "departmanadi", "bolum", "bolumu", "birim", "birimi", "birimadi", "mudurluk", "ekip", "servis"]
        case .managerID:
            ["managerid", "manager", "managerno", "managernumber", "managerempid", "managerpersonid", "supervisorid",
             "supervisor", "reportsto", "linemanagerid", "linemanager", "yoneticisicil", "yoneticisicilno", "yoneticiid",
             "yoneticino", "yonetici", "amirsicil", "amirsicilno", "ustyoneticisicil", "ustyoneticisicilno", "bagliyoneticisicil"]
        case .location: ["location", "site", "office", "city", "worklocation", "lokasyon", "konum", "sehir", "il", "isyeri", "calismayeri"]
        case .costCentre: ["costcentre", "costcenter", "cc", "costcentrecode", "costcentercode", "masrafmerkezi", "maliyetmerkezi", "masrafyeri"]
        case .email: ["email", "mail", "emailaddress", "workemail", "eposta", "epostaadresi", "mailadresi"]
        }
    }

    /// Employee id and department; a name is optional (the id stands in), and a missing
    /// manager column means a flat organization.
    public var isRequired: Bool { self == .employeeID || self == .department }

    /// Manager *names* and titles that contain "manager"/"yönetici" but are not ids.
    public static var ignoredHeaders: Set<String> {
        ["managername", "managerfullname", "managertitle", "linemanagername", "supervisorname", "yoneticiadi",
         "yoneticiadsoyad", "yoneticiadisoyadi", "yoneticiunvani", "yoneticiunvan", "amiradi", "amiradsoyad", "managerEmail".lowercased(),
         "yoneticieposta", "yoneticiemail"]
    }
}

extension OrgChartColumn {
    /// The column each anomaly kind is about, for naming cells (`Personel!D12`).
    static func anomalyColumns(_ mapping: ColumnMapping<OrgChartColumn>) -> [ImportAnomaly.Kind: Int] {
        let roles: [ImportAnomaly.Kind: OrgChartColumn] = [
            .duplicateID: .employeeID, .missingID: .employeeID, .unknownManager: .managerID, .managerCycle: .managerID,
            .severalRoots: .managerID, .noDepartment: .department, .departmentSpellings: .department,
        ]
        return roles.compactMapValues { mapping[$0] }
    }
}
