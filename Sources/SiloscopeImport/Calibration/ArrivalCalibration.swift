import SiloscopeModel

/// Writes observed arrival streams into a model's case types and touchpoints.
enum ArrivalCalibration {
    /// The touchpoint channel kind a log's channel name suggests (English or Turkish).
    static func channelKind(_ name: String) -> ChannelKind {
        let key = Transliteration.compactKey(name)
        if let kind = ChannelKind(rawValue: key) { return kind }
        let table: [(ChannelKind, [String])] = [
            (.phone, ["telefon", "callcenter", "cagrimerkezi", "call", "voice", "ivr"]),
            (.branch, ["sube", "gise"]), (.store, ["magaza", "shop"]), (.web, ["website", "internet", "online", "portal"]),
            (.mobile, ["mobil", "app", "mobileapp", "uygulama"]), (.email, ["eposta", "mail"]), (.chat, ["sohbet", "livechat", "canlidestek", "whatsapp"]),
            (.social, ["sosyalmedya", "socialmedia", "twitter", "facebook", "instagram"]), (.letter, ["mektup", "posta", "dilekce"]),
            (.field, ["saha", "fieldservice"]),
        ]
        return table.first { $0.1.contains(key) }?.0 ?? .other
    }

    static func apply(to model: inout OrgModel, analysis: EventLogAnalysis, log: EventLog, unitID: [String]) -> (notes: [String], anomalies: [ImportAnomaly]) {
        var notes: [String] = []
        var touchpointPool = IdentifierPool(reserved: model.touchpoints.map(\.id))
        var caseTypePool = IdentifierPool(reserved: model.caseTypes.map(\.id))

        // The unit each case ended at, per case type, for the owners of new case types.
        var caseTypeOfCase = [Int32](repeating: -1, count: log.caseIDs.count)
        for (event, c) in log.eventCase.enumerated() where caseTypeOfCase[Int(c)] < 0 {
            caseTypeOfCase[Int(c)] = log.eventCaseType[event]
        }
        var endings: [Int32: [String: Int]] = [:]
        for (c, path) in analysis.paths.enumerated() {
            if let last = path.last { endings[caseTypeOfCase[c], default: [:]][unitID[Int(last)], default: 0] += 1 }
        }

        var touchpointFor: [String: String] = [:]
        func touchpoint(channel: String, unit: String) -> String {
            let key = "\(channel)\u{0}\(unit)"
            if let id = touchpointFor[key] { return id }
            let ident = Transliteration.identifier(channel, fallback: "channel")
            if let existing = model.touchpoints.first(where: { tp in
                tp.unit == unit && (tp.id == channel || tp.name == channel || tp.id == ident)
            }) ?? model.touchpoints.first(where: { $0.unit == unit && $0.channel == channelKind(channel) && channelKind(channel) != .other }) {
                touchpointFor[key] = existing.id
                return existing.id
            }
            let taken = model.touchpoints.contains { $0.id == ident }
            let id = touchpointPool.unique(taken ? "\(ident)_\(unit)" : ident)
            let unitName = model.units.first { $0.id == unit }?.name ?? unit
            let name = taken ? "\(channel) (\(unitName))" : channel
            model.touchpoints.append(Touchpoint(id: id, name: name, channel: channelKind(channel), unit: unit))
            notes.append("touchpoint '\(id)' added: channel '\(channel)' arriving at '\(unit)'")
            touchpointFor[key] = id
            return id
        }

        var arrivalsByCaseType: [Int: [String: Double]] = [:]
        for stream in analysis.arrivals.streams {
            let channel = stream.channel >= 0 ? log.channels[stream.channel] : "direct"
            let caseTypeName = stream.caseType >= 0 ? log.caseTypes[stream.caseType] : "Observed cases"
            let index: Int
            if let existing = model.caseTypes.firstIndex(where: { ct in
                ct.id == caseTypeName || ct.name == caseTypeName || ct.id == Transliteration.identifier(caseTypeName)
            }) {
                index = existing
            } else {
                let owner = endings[Int32(stream.caseType)]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? unitID[stream.firstUnit]
                let folded = Transliteration.wordKey(caseTypeName)
                let kind: CaseKind = ["talep", "request", "istek", "basvuru"].contains { folded.contains($0) } ? .request : .complaint
                model.caseTypes.append(CaseType(id: caseTypePool.unique(Transliteration.identifier(caseTypeName, fallback: "case_type")),
                                                name: caseTypeName, kind: kind, owner: owner))
                notes.append("case type '\(model.caseTypes[model.caseTypes.count - 1].id)' added, owner '\(owner)' (where most of its cases ended)")
                index = model.caseTypes.count - 1
            }
            let tp = touchpoint(channel: channel, unit: unitID[stream.firstUnit])
            arrivalsByCaseType[index, default: [:]][tp, default: 0] += analysis.arrivals.perHour(stream.count)
        }
        var silenced: [String] = []
        for index in model.caseTypes.indices {
            guard let rates = arrivalsByCaseType[index] else {
                if !model.caseTypes[index].arrivals.isEmpty { silenced.append(model.caseTypes[index].id) }
                model.caseTypes[index].arrivals = []
                continue
            }
            model.caseTypes[index].arrivals = rates.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { Arrival(touchpoint: $0.key, perHour: max(0.0001, round4($0.value))) }
        }
        var anomalies: [ImportAnomaly] = []
        if !silenced.isEmpty {
            anomalies.append(ImportAnomaly(kind: .unobservedCaseType, rows: [], message: "case type\(silenced.count == 1 ? "" : "s") \(silenced.map { "'\($0)'" }.joined(separator: ", ")) of the model \(silenced.count == 1 ? "does" : "do") not occur in the log",
                                           handling: "their arrivals are removed so the simulation reproduces the log; add them back in a scenario"))
        }
        return (notes, anomalies)
    }
}
