import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeScenarios

/// A scenario's changes in the page's language: one line per change.
///
/// Each change is written from its recorded effects, with display names rather than ids
/// (the audience knows "Genel Müdür", not `genel_mudur`): moves, merges and splits in
/// full, the handoffs a merge redirects counted rather than listed. Field names (`staff`,
/// `sync`) are the file's keys and stay as written.
struct ChangeDescriber {
    let language: Language
    /// Display names of units before and after the scenario.
    let unitNames: [String: String]
    /// Display names of systems before and after the scenario.
    let systemNames: [String: String]

    init(language: Language, applied: AppliedScenario) {
        self.language = language
        var units: [String: String] = [:]
        var systems: [String: String] = [:]
        for model in [applied.model, applied.base] {
            for unit in model.units { units[unit.id] = unit.name }
            for system in model.systems { systems[system.id] = system.name }
        }
        unitNames = units
        systemNames = systems
    }

    /// One line per change, with the line of the scenario file it is written on.
    func lines(_ records: [ChangeRecord]) -> [String] {
        records.map { record in
            let position = record.position.map { language == .tr ? "satır \($0.line): " : "line \($0.line): " } ?? ""
            return position + describe(record)
        }
    }

    private func describe(_ record: ChangeRecord) -> String {
        guard !record.effects.isEmpty else {
            return "\(record.keyword): " + (language == .tr ? "değişiklik yok" : "no change")
        }
        var parts: [LocalizedText] = []
        var redirected = 0
        var groups: [String: (count: Int, fields: [String])] = [:]
        var groupOrder: [String] = []
        let merged = record.effects.contains { if case .unitsMerged = $0 { return true } else { return false } }
        let kinds = Dictionary(grouping: record.effects.compactMap(Self.group), by: { $0.kind }).mapValues(\.count)
        for effect in record.effects {
            if case .handoffRedirected = effect {
                redirected += 1
            } else if let group = Self.group(effect), let count = kinds[group.kind], count > 2 {
                // Many entities of one kind changing the same way: count them.
                if groups[group.kind] == nil { groupOrder.append(group.kind) }
                var entry = groups[group.kind] ?? (0, [])
                entry.count += 1
                for field in group.fields where !entry.fields.contains(field) { entry.fields.append(field) }
                groups[group.kind] = entry
            } else if let text = describe(effect, inMerge: merged) {
                parts.append(text)
            }
        }
        for kind in groupOrder {
            guard let entry = groups[kind] else { continue }
            parts.append(Self.counted(kind, count: entry.count, fields: f(entry.fields)))
        }
        if redirected > 0 {
            parts.append(LocalizedText(en: "\(redirected) handoffs now run to or from the new units",
                                       tr: "\(redirected) devir yeni birimlere yönlendirildi"))
        }
        return "\(record.keyword): " + parts.map { $0[language] }.joined(separator: "; ")
    }

    /// One effect in words; `nil` for the units a merge adds and removes (the merge says it).
    private func describe(_ effect: ChangeEffect, inMerge merged: Bool) -> LocalizedText? {
        switch effect {
        case let .unitMoved(unit, from, to):
            let old = from.map(u) ?? "—", new = to.map(u) ?? "—"
            return LocalizedText(en: "\(u(unit)) now reports to \(new) (was \(old))",
                                 tr: "\(u(unit)) artık \(new) birimine bağlı (önce: \(old))")
        case let .unitsMerged(units, into):
            let list = units.map(u).joined(separator: ", ")
            return LocalizedText(en: "\(list) merged into \(u(into))", tr: "\(list) birleşerek \(u(into)) oldu")
        case let .unitSplit(unit, into):
            let list = into.map(u).joined(separator: ", ")
            return LocalizedText(en: "\(u(unit)) split into \(list)", tr: "\(u(unit)) bölündü: \(list)")
        case .unitAdded(let unit):
            return merged ? nil : LocalizedText(en: "unit \(u(unit)) added", tr: "\(u(unit)) birimi eklendi")
        case .unitRemoved(let unit):
            return merged ? nil : LocalizedText(en: "unit \(u(unit)) removed", tr: "\(u(unit)) birimi kaldırıldı")
        case let .unitChanged(unit, fields):
            return LocalizedText(en: "\(u(unit)) changes \(f(fields))", tr: "\(u(unit)) biriminde değişen: \(f(fields))")
        case .handoffAdded(let key):
            return LocalizedText(en: "new handoff \(u(key.from)) → \(u(key.to))", tr: "yeni devir: \(u(key.from)) → \(u(key.to))")
        case .handoffRemoved(let key):
            return LocalizedText(en: "handoff \(u(key.from)) → \(u(key.to)) removed",
                                 tr: "kaldırılan devir: \(u(key.from)) → \(u(key.to))")
        case let .handoffChanged(key, fields):
            return LocalizedText(en: "handoff \(u(key.from)) → \(u(key.to)) changes \(f(fields))",
                                 tr: "\(u(key.from)) → \(u(key.to)) devrinde değişen: \(f(fields))")
        case let .handoffRedirected(from, to):
            return LocalizedText(en: "handoff \(u(from.from)) → \(u(from.to)) now \(u(to.from)) → \(u(to.to))",
                                 tr: "\(u(from.from)) → \(u(from.to)) devri artık \(u(to.from)) → \(u(to.to))")
        case .systemAdded(let system):
            return LocalizedText(en: "system \(s(system)) added", tr: "\(s(system)) sistemi eklendi")
        case let .systemChanged(system, fields):
            return LocalizedText(en: "system \(s(system)) changes \(f(fields))", tr: "\(s(system)) sisteminde değişen: \(f(fields))")
        case let .systemRetired(system, replacedBy):
            return LocalizedText(en: "copy \(s(system)) retired; what read it now reads \(s(replacedBy))",
                                 tr: "\(s(system)) kopyası kaldırıldı; onu okuyanlar artık \(s(replacedBy)) sistemini okuyor")
        case .touchpointAdded(let id):
            return LocalizedText(en: "touchpoint \(id) added", tr: "temas noktası eklendi: \(id)")
        case let .touchpointChanged(id, fields):
            return LocalizedText(en: "touchpoint \(id) changes \(f(fields))", tr: "\(id) temas noktasında değişen: \(f(fields))")
        case .caseTypeAdded(let id):
            return LocalizedText(en: "case type \(id) added", tr: "vaka türü eklendi: \(id)")
        case let .caseTypeChanged(id, fields):
            return LocalizedText(en: "case type \(id) changes \(f(fields))", tr: "\(id) vaka türünde değişen: \(f(fields))")
        case .campaignAdded(let id):
            return LocalizedText(en: "campaign \(id) added", tr: "kampanya eklendi: \(id)")
        case let .campaignChanged(id, fields):
            return LocalizedText(en: "campaign \(id) changes \(f(fields))", tr: "\(id) kampanyasında değişen: \(f(fields))")
        case let .reportingChanged(kpi, fields):
            return LocalizedText(en: "reported KPI \(kpi) changes \(f(fields))", tr: "\(kpi) KPI'ında değişen: \(f(fields))")
        case .crmChanged(let fields):
            return LocalizedText(en: "the CRM team changes \(f(fields))", tr: "CRM ekibinde değişen: \(f(fields))")
        case .simulationChanged(let fields):
            return LocalizedText(en: "simulation settings change: \(f(fields))", tr: "simülasyon ayarlarında değişen: \(f(fields))")
        }
    }

    private func f(_ fields: [String]) -> String { fields.joined(separator: ", ") }

    /// The kind of entity an effect changes, for counting (`nil` for moves, merges and
    /// other effects that are always written out).
    private static func group(_ effect: ChangeEffect) -> (kind: String, fields: [String])? {
        switch effect {
        case let .unitChanged(_, fields): ("units", fields)
        case let .handoffChanged(_, fields): ("handoffs", fields)
        case let .systemChanged(_, fields): ("systems", fields)
        case let .touchpointChanged(_, fields): ("touchpoints", fields)
        case let .caseTypeChanged(_, fields): ("case types", fields)
        case let .campaignChanged(_, fields): ("campaigns", fields)
        case let .reportingChanged(_, fields): ("reported KPIs", fields)
        default: nil
        }
    }

    /// "12 touchpoints change reads".
    private static func counted(_ kind: String, count: Int, fields: String) -> LocalizedText {
        let turkish = [
            "units": "birimde", "handoffs": "devirde", "systems": "sistemde", "touchpoints": "temas noktasında",
            "case types": "vaka türünde", "campaigns": "kampanyada", "reported KPIs": "raporlanan KPI'da",
        ]
        return LocalizedText(en: "\(count) \(kind) change \(fields)", tr: "\(count) \(turkish[kind] ?? kind) değişen: \(fields)")
    }
    private func u(_ id: String) -> String { "‘\(unitNames[id] ?? id)’" }
    private func s(_ id: String) -> String { "‘\(systemNames[id] ?? id)’" }
}
