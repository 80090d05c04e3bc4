import Foundation
import SiloscopeModel

/// Builds a ``Scenario`` from a parsed document, recording every shape and type problem
/// in its ``YAMLReader`` (file, line, column, field path) rather than stopping at the
/// first.
struct ScenarioDecoder {
    /// The reader collecting diagnostics.
    var reader: YAMLReader

    init(file: String) {
        reader = YAMLReader(file: file)
    }

    /// The fields each keyword accepts.
    static let fields: [String: [String]] = [
        "move": ["unit", "to"],
        "move_crm": ["to"],
        "merge": ["units", "into"],
        "split": ["unit", "into"],
        "set_unit": ["unit", "units"] + unitEditKeys,
        "add_unit": unitKeys,
        "add_handoff": handoffKeys,
        "remove_handoff": ["from", "to"],
        "change_handoff": handoffKeys,
        "source_of_truth": ["system", "former_source_sync"],
        "sync": ["system", "mode"],
        "add_system": systemKeys,
        "retire": ["system"],
        "single_customer_record": ["system", "campaigns", "reporting"],
        "screens": ["touchpoint", "reads"],
        "add_touchpoint": touchpointKeys,
        "add_case_type": caseTypeKeys,
        "add_campaign": campaignKeys,
        "set_case_type": ["case_type"] + caseTypeKeys.filter { $0 != "id" },
        "set_crm": ["functions", "add_functions", "remove_functions", "candidates"],
        "set_simulation": ["mode", "parameters"],
    ]

    /// Decodes the whole file; `nil` when it is not a scenario at all.
    mutating func decode(_ document: YAMLDocument) -> Scenario? {
        guard let rootNode = document.root, !rootNode.isNull else {
            reader.error("the file is empty; expected a scenario with 'siloscope_scenario: 1', 'base' and 'changes'",
                         at: nil, path: FieldPath())
            return nil
        }
        if let entries = rootNode.entries, !entries.contains(where: { $0.key == "siloscope_scenario" }),
           entries.contains(where: { $0.key == "units" || $0.key == "organization" }) {
            reader.error("this is a model file, not a scenario; expected 'siloscope_scenario: 1', 'base' and 'changes' (give the model as the base and the scenario with --scenario)",
                         at: rootNode.position, path: FieldPath())
            return nil
        }
        guard let root = reader.mapping(rootNode, at: FieldPath(), allowed: ScenarioLoader.topLevelKeys) else { return nil }
        if let version = reader.integer(root, "siloscope_scenario", required: true), version != 1 {
            reader.error("unsupported scenario format version \(version); expected 1",
                         at: root.position(of: "siloscope_scenario"), path: "siloscope_scenario")
        }
        let stem = ((reader.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var scenario = Scenario(
            file: reader.file,
            name: reader.string(root, "name") ?? stem,
            description: reader.string(root, "description"),
            base: reader.string(root, "base"),
            basePosition: root["base"]?.position)
        if root["changes"] == nil {
            reader.error("missing required field 'changes'; expected a list of changes (an empty list for a control scenario)",
                         at: root.position, path: "changes")
        }
        for (index, item) in reader.sequence(root["changes"], at: "changes").enumerated() {
            if let change = decodeChange(item, index: index) { scenario.changes.append(change) }
        }
        scenario.investment = Investment.decode(root["investment"], at: "investment", &reader)
        return scenario
    }

    /// Decodes one list item: a mapping with exactly one keyword.
    private mutating func decodeChange(_ item: YAMLNode, index: Int) -> ScenarioChange? {
        let path = FieldPath("changes").appending(index)
        let example = "such as 'move: {unit: crm, to: marketing}'"
        guard !item.isNull else {
            reader.error("empty change; expected one keyword \(example)", at: item.position, path: path)
            return nil
        }
        guard let entries = item.entries, let first = entries.first else {
            reader.error("expected a change \(example), found \(item.shapeDescription)", at: item.position, path: path)
            return nil
        }
        if entries.count > 1 {
            let second = entries[1]
            reader.error("one change per list item; found '\(first.key)' and '\(second.key)' (start each change with its own '- ')",
                         at: second.keyPosition, path: path.appending(second.key))
            return nil
        }
        let keyword = first.key
        guard let allowed = Self.fields[keyword] else {
            let hint = Suggestion.hint(for: keyword, among: ChangeAction.keywords)
            reader.error("unknown change '\(keyword)'\(hint); expected one of \(ChangeAction.keywords.joined(separator: ", "))",
                         at: first.keyPosition, path: path)
            return nil
        }
        let changePath = path.appending(keyword)
        if first.value.isNull {
            reader.error("'\(keyword)' needs fields; expected a mapping with \(allowed.joined(separator: ", "))",
                         at: first.keyPosition, path: changePath)
            return nil
        }
        guard let fields = reader.mapping(first.value, at: changePath, allowed: allowed) else { return nil }
        guard let action = decodeAction(keyword, fields, position: first.keyPosition) else { return nil }
        var positions: [String: SourcePosition] = [:]
        Self.collectPositions(first.value, prefix: "", into: &positions)
        return ScenarioChange(action: action, position: first.keyPosition, path: changePath, fieldPositions: positions)
    }

    /// Every node's position below `node`, keyed by its path relative to the change.
    private static func collectPositions(_ node: YAMLNode, prefix: String, into positions: inout [String: SourcePosition]) {
        var stack: [(YAMLNode, String)] = [(node, prefix)]
        while let (current, path) = stack.popLast() {
            if let position = current.position, !path.isEmpty { positions[path] = position }
            if let entries = current.entries {
                for entry in entries { stack.append((entry.value, path.isEmpty ? entry.key : "\(path).\(entry.key)")) }
            } else if let items = current.items {
                for (index, item) in items.enumerated() { stack.append((item, "\(path)[\(index)]")) }
            }
        }
    }

    /// Decodes the fields of one keyword.
    private mutating func decodeAction(_ keyword: String, _ fields: YAMLMapping, position: SourcePosition?) -> ChangeAction? {
        switch keyword {
        case "move":
            return .move(unit: reader.string(fields, "unit", required: true) ?? "",
                         to: reader.string(fields, "to", required: true) ?? "")
        case "move_crm":
            return .moveCRM(to: reader.string(fields, "to", required: true) ?? "")
        case "merge":
            return decodeMerge(fields)
        case "split":
            return decodeSplit(fields)
        case "set_unit":
            return decodeSetUnit(fields)
        case "add_unit":
            return .addUnit(decodeUnit(fields))
        case "add_handoff":
            return .addHandoff(decodeHandoff(fields))
        case "remove_handoff":
            return .removeHandoff(from: reader.string(fields, "from", required: true) ?? "",
                                  to: reader.string(fields, "to", required: true) ?? "")
        case "change_handoff":
            let handoff = decodeHandoff(fields)
            let edit = HandoffEdit(
                caseTypes: fields["case_types"] == nil ? nil : handoff.caseTypes,
                channel: fields["channel"] == nil ? nil : handoff.channel,
                contextKept: handoff.contextKept, transferMinutes: handoff.transferMinutes,
                volumePerDay: handoff.volumePerDay)
            if !fields.order.contains(where: { $0.key != "from" && $0.key != "to" }) {
                reader.error("nothing to change; expected at least one of case_types, channel, context_kept, transfer_minutes, volume_per_day",
                             at: fields.position, path: fields.path)
            }
            return .changeHandoff(from: handoff.from, to: handoff.to, edit)
        case "source_of_truth":
            return .sourceOfTruth(system: reader.string(fields, "system", required: true) ?? "",
                                  formerSourceSync: reader.choice(fields, "former_source_sync", as: SyncMode.self))
        case "sync":
            return .sync(system: reader.string(fields, "system", required: true) ?? "",
                         mode: reader.choice(fields, "mode", as: SyncMode.self, required: true) ?? .realtime)
        case "add_system":
            return .addSystem(decodeSystem(fields))
        case "screens":
            if fields["reads"] == nil {
                reader.error("missing 'reads'; expected the list of systems the touchpoint's screen reads",
                             at: fields.position, path: fields.path)
            }
            return .screens(touchpoint: reader.string(fields, "touchpoint", required: true) ?? "",
                            reads: reader.strings(fields, "reads"))
        case "retire":
            return .retire(system: reader.string(fields, "system", required: true) ?? "")
        case "single_customer_record":
            return .singleCustomerRecord(system: reader.string(fields, "system", required: true) ?? "",
                                         campaigns: reader.bool(fields, "campaigns") ?? false,
                                         reporting: reader.bool(fields, "reporting") ?? false)
        case "add_touchpoint":
            return .addTouchpoint(decodeTouchpoint(fields))
        case "add_case_type":
            return .addCaseType(decodeCaseType(fields))
        case "add_campaign":
            return .addCampaign(decodeCampaign(fields))
        case "set_case_type":
            return decodeSetCaseType(fields)
        case "set_crm":
            return decodeSetCRM(fields)
        case "set_simulation":
            return decodeSetSimulation(fields)
        default:
            return nil
        }
    }
}
