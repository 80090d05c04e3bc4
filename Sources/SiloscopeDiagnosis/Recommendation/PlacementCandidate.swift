import SiloscopeGraph
import SiloscopeModel

/// A unit the CRM team could report to.
public struct PlacementCandidate: Sendable, Codable, Equatable {
    /// The unit's id.
    public var unit: String
    /// Its display name.
    public var name: String
    /// What the unit does, for the fit rules: its kind, `chief_executive` for the root,
    /// or for another executive the kind most of its staff work in (`marketing` for a
    /// marketing GMY).
    public var function: String
    /// True for where the team reports today.
    public var isToday: Bool
}

/// Why a recommendation cannot be made.
public enum RecommendationError: Error, Sendable, CustomStringConvertible {
    /// The model declares no CRM team.
    case noCRMTeam(file: String)
    /// A candidate cannot be used.
    case invalidCandidate(file: String, line: Int?, message: String)
    /// Fewer than two placements to compare.
    case tooFewCandidates(file: String)
    /// Options out of range.
    case invalidOptions(String)
    /// The simulation failed for a candidate.
    case simulation(candidate: String, message: String)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .noCRMTeam(let file):
            "\(file): error: crm: the model has no CRM team; add a 'crm:' section naming the team's unit"
        case let .invalidCandidate(file, line, message):
            "\(file)\(line.map { ":\($0)" } ?? ""): error: crm.candidates: \(message)"
        case .tooFewCandidates(let file):
            "\(file): error: crm.candidates: fewer than two placements to compare; list the units the CRM team could report to"
        case .invalidOptions(let message):
            "invalid options: \(message)"
        case let .simulation(candidate, message):
            "simulating the CRM team under '\(candidate)' failed: \(message)"
        }
    }
}

enum PlacementCandidates {
    /// The CRM team's unit, today's parent, and the candidates (today's first).
    ///
    /// Declared candidates are used as given; without any, the chief executive and the
    /// heads of the top-level divisions. A candidate that is the team itself or reports
    /// to it is an error for declared ones and skipped for defaults.
    static func resolve(_ loaded: LoadedModel, graph: OrgGraph) throws(RecommendationError) -> (crm: Int, candidates: [PlacementCandidate]) {
        let model = loaded.model
        let file = loaded.sources.file
        guard let crm = model.crm, let crmIndex = graph.index[crm.unit] else { throw .noCRMTeam(file: file) }
        let today = graph.parent[crmIndex]
        var indices: [Int] = today >= 0 ? [today] : []
        if crm.candidates.isEmpty {
            for unit in [graph.root] + graph.children(of: graph.root) where !graph.isInSubtree(unit, of: crmIndex) {
                if !indices.contains(unit) { indices.append(unit) }
            }
        } else {
            for id in crm.candidates {
                let line = loaded.sources.position(section: "crm", "candidates")?.line
                guard let unit = graph.index[id] else {
                    throw .invalidCandidate(file: file, line: line, message: "unknown unit '\(id)'; expected the id of a unit")
                }
                if unit == crmIndex {
                    throw .invalidCandidate(file: file, line: line, message: "'\(id)' is the CRM team itself; a team cannot report to itself")
                }
                if graph.isInSubtree(unit, of: crmIndex) {
                    throw .invalidCandidate(file: file, line: line, message: "'\(id)' reports to the CRM team; placing the team under it would make a reporting cycle")
                }
                if !indices.contains(unit) { indices.append(unit) }
            }
        }
        guard indices.count >= 2 else { throw .tooFewCandidates(file: file) }
        return (crmIndex, indices.map { unit in
            PlacementCandidate(unit: graph.ids[unit], name: model.units[unit].name,
                               function: function(of: unit, model: model, graph: graph), isToday: unit == today)
        })
    }

    /// The function a unit stands for (see ``PlacementCandidate/function``).
    static func function(of unit: Int, model: OrgModel, graph: OrgGraph) -> String {
        if unit == graph.root { return "chief_executive" }
        let kind = model.units[unit].kind
        guard kind == .executive else { return kind.rawValue }
        var staff: [UnitKind: Int] = [:]
        for member in graph.subtree(of: unit) where model.units[member].kind != .executive {
            staff[model.units[member].kind, default: 0] += model.units[member].staff
        }
        return staff.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key.rawValue ?? kind.rawValue
    }
}
