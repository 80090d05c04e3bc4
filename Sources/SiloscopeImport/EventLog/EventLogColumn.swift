/// The columns of a ticket or event log export.
public enum EventLogColumn: String, ColumnRole {
    /// The case (ticket) the event belongs to.
    case caseID = "case_id"
    /// What was done ("Kayıt açıldı", "Adres güncellendi").
    case activity
    /// The unit (department, team, queue) that did it; when absent, the activity is taken
    /// as the unit.
    case unit
    /// When it happened.
    case timestamp
    /// Who did it.
    case resource
    /// The customer channel the case came in through.
    case channel
    /// The kind of case.
    case caseType = "case_type"
    /// `start` or `complete` (XES lifecycle:transition).
    case lifecycle

    /// Folded header spellings in English and Turkish.
    public var synonyms: [String] {
        switch self {
        case .caseID:
            ["caseid", "case", "casenumber", "caseno", "ticketid", "ticketno", "ticketnumber", "ticket", "incidentid",
             "incident", "requestid", "talepno", "talepid", "talepnumarasi", "kayitno", "vakano", "vakaid", "basvuruno",
             "sikayetno", "dosyano"]
        case .activity: ["activity", "activityname", "task", "event", "eventname", "action", "step", "islem", "aktivite", "adim", "faaliyet"]
        case .unit:
            ["unit", "department", "team", "group", "assignmentgroup", "queue", "orggroup", "orgunit", "birim", "departman",
             "ekip", "bolum", "grup", "kuyruk", "atanangrup", "sorumlubirim"]
        case .timestamp:
            ["timestamp", "time", "datetime", "date", "eventtime", "eventtimestamp", "timetimestamp", "createdat", "tarih",
             "zaman", "tarihsaat", "islemtarihi", "kayittarihi", "zamandamgasi"]
        case .resource: ["resource", "user", "agent", "assignee", "employee", "orgresource", "kullanici", "personel", "temsilci", "atanan"]
        case .channel: ["channel", "source", "origin", "contactchannel", "kanal", "basvurukanali", "giriskanali", "iletisimkanali"]
        case .caseType:
            ["casetype", "type", "category", "tickettype", "issuetype", "requesttype", "tur", "tip", "kategori", "talepturu",
             "sikayetturu", "vakaturu"]
        case .lifecycle: ["lifecycle", "transition", "lifecycletransition", "eventtype", "asama"]
        }
    }

    /// A case id and a timestamp; a unit or an activity is checked by the reader.
    public var isRequired: Bool { self == .caseID || self == .timestamp }

    /// Headers that are not roles although they contain a synonym.
    public static var ignoredHeaders: Set<String> { ["casename", "tickettitle", "caseidtype", "datecreatedby"] }
}

extension EventLogColumn {
    /// The column each anomaly kind is about, for naming cells (`Kayıtlar!C12`).
    static func anomalyColumns(_ mapping: ColumnMapping<EventLogColumn>, unit: EventLogColumn) -> [ImportAnomaly.Kind: Int] {
        let roles: [ImportAnomaly.Kind: EventLogColumn] = [
            .badTimestamp: .timestamp, .outOfOrder: .timestamp, .outlyingTimestamp: .timestamp, .unpairedLifecycle: .lifecycle,
            .unknownUnit: unit, .missingID: .caseID,
        ]
        return roles.compactMapValues { mapping[$0] }
    }
}
