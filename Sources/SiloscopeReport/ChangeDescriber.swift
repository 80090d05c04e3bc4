import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeScenarios

/// A scenario's changes in the page's language: one line per change.
///
/// In English the report uses the scenarios module's own summary of each change. In
/// Turkish it writes each change from its recorded effects, with display names: moves,
/// merges and splits in full, the handoffs a merge redirects counted rather than listed.
/// Field names (`staff`, `sync`) are the file's keys and stay as written.
struct ChangeDescriber {
    let language: DiagnosisLanguage
    /// Display names of units before and after the scenario.
    let unitNames: [String: String]
    /// Display names of systems before and after the scenario.
    let systemNames: [String: String]

    init(language: DiagnosisLanguage, applied: AppliedScenario) {
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
        guard language == .tr else { return "\(record.keyword): \(record.summary)" }
        guard !record.effects.isEmpty else { return "\(record.keyword): değişiklik yok" }
        var parts: [String] = []
        var redirected = 0
        let merged = record.effects.contains { if case .unitsMerged = $0 { return true } else { return false } }
        for effect in record.effects {
            switch effect {
            case let .unitMoved(unit, from, to):
                parts.append("\(u(unit)) artık \(to.map(u) ?? "en üst") birimine bağlı (önce: \(from.map(u) ?? "en üst"))")
            case let .unitsMerged(units, into):
                parts.append("\(units.map(u).joined(separator: ", ")) birleşerek \(u(into)) oldu")
            case let .unitSplit(unit, into):
                parts.append("\(u(unit)) bölündü: \(into.map(u).joined(separator: ", "))")
            case .unitAdded(let unit):
                if !merged { parts.append("\(u(unit)) birimi eklendi") }
            case .unitRemoved(let unit):
                if !merged { parts.append("\(u(unit)) birimi kaldırıldı") }
            case let .unitChanged(unit, fields):
                parts.append("\(u(unit)) biriminde değişen: \(fields.joined(separator: ", "))")
            case .handoffAdded(let key):
                parts.append("yeni devir: \(u(key.from)) → \(u(key.to))")
            case .handoffRemoved(let key):
                parts.append("kaldırılan devir: \(u(key.from)) → \(u(key.to))")
            case let .handoffChanged(key, fields):
                parts.append("\(u(key.from)) → \(u(key.to)) devrinde değişen: \(fields.joined(separator: ", "))")
            case .handoffRedirected:
                redirected += 1
            case .systemAdded(let system):
                parts.append("\(s(system)) sistemi eklendi")
            case let .systemChanged(system, fields):
                parts.append("\(s(system)) sisteminde değişen: \(fields.joined(separator: ", "))")
            case let .systemRetired(system, replacedBy):
                parts.append("\(s(system)) kopyası kaldırıldı; onu okuyanlar artık \(s(replacedBy)) sistemini okuyor")
            case .touchpointAdded(let id):
                parts.append("temas noktası eklendi: \(id)")
            case let .touchpointChanged(id, fields):
                parts.append("\(id) temas noktasında değişen: \(fields.joined(separator: ", "))")
            case .caseTypeAdded(let id):
                parts.append("vaka türü eklendi: \(id)")
            case let .caseTypeChanged(id, fields):
                parts.append("\(id) vaka türünde değişen: \(fields.joined(separator: ", "))")
            case .campaignAdded(let id):
                parts.append("kampanya eklendi: \(id)")
            case let .campaignChanged(id, fields):
                parts.append("\(id) kampanyasında değişen: \(fields.joined(separator: ", "))")
            case let .reportingChanged(kpi, fields):
                parts.append("\(kpi) KPI'ında değişen: \(fields.joined(separator: ", "))")
            case .crmChanged(let fields):
                parts.append("CRM ekibinde değişen: \(fields.joined(separator: ", "))")
            case .simulationChanged(let fields):
                parts.append("simülasyon ayarlarında değişen: \(fields.joined(separator: ", "))")
            }
        }
        if redirected > 0 { parts.append("\(redirected) devir yeni birimlere yönlendirildi") }
        return "\(record.keyword): " + parts.joined(separator: "; ")
    }

    private func u(_ id: String) -> String { "‘\(unitNames[id] ?? id)’" }
    private func s(_ id: String) -> String { "‘\(systemNames[id] ?? id)’" }
}
