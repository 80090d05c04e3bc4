import SiloscopeModel

/// One effect of a scenario change on the model, in a form a diagram can highlight.
///
/// Unit, system and other entity ids are those of the model at the time of the change:
/// `from` ids of a move or a redirect are as they were before it, `to` ids as after it.
public enum ChangeEffect: Sendable, Hashable {
    /// A unit now reports to another unit (`from` is `nil` for the root).
    case unitMoved(unit: String, from: String?, to: String?)
    /// Units were merged into one (`into` may be one of `units`).
    case unitsMerged(units: [String], into: String)
    /// A unit was split into parts (one part may keep the unit's id).
    case unitSplit(unit: String, into: [String])
    /// A unit was added.
    case unitAdded(String)
    /// A unit was removed (by a merge or split that did not keep its id).
    case unitRemoved(String)
    /// Fields of a unit changed (file names: `staff`, `kpis`, ...).
    case unitChanged(unit: String, fields: [String])
    /// A handoff edge was added.
    case handoffAdded(HandoffKey)
    /// A handoff edge was removed.
    case handoffRemoved(HandoffKey)
    /// Fields of a handoff edge changed.
    case handoffChanged(HandoffKey, fields: [String])
    /// A handoff edge now runs between other units (after a merge or split).
    case handoffRedirected(from: HandoffKey, to: HandoffKey)
    /// A system was added.
    case systemAdded(String)
    /// Fields of a system changed (`role`, `copy_of`, `sync`, `owner`).
    case systemChanged(system: String, fields: [String])
    /// A copy was retired; what read it reads `replacedBy`.
    case systemRetired(system: String, replacedBy: String)
    /// A touchpoint was added.
    case touchpointAdded(String)
    /// Fields of a touchpoint changed (`reads`, `unit`).
    case touchpointChanged(touchpoint: String, fields: [String])
    /// A case type was added.
    case caseTypeAdded(String)
    /// Fields of a case type changed (`owner`, ...).
    case caseTypeChanged(caseType: String, fields: [String])
    /// A campaign was added.
    case campaignAdded(String)
    /// Fields of a campaign changed (`owner`, `system`).
    case campaignChanged(campaign: String, fields: [String])
    /// Fields of a reported KPI changed (`produced_by`, `sources`).
    case reportingChanged(kpi: String, fields: [String])
    /// Fields of the CRM team changed (`unit`, `functions`, `candidates`).
    case crmChanged(fields: [String])
    /// Simulation settings changed (`mode` and parameter names).
    case simulationChanged(fields: [String])
}
