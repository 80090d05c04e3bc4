import SiloscopeModel

/// `add_handoff`, `remove_handoff` and `change_handoff`.
extension ModelEdit {
    mutating func addHandoff(_ handoff: Handoff) {
        let from = unit(handoff.from, field: "from")
        let to = unit(handoff.to, field: "to")
        checkCaseTypes(handoff.caseTypes)
        guard from != nil, to != nil, !failed else { return }
        if handoff.from == handoff.to {
            error("a unit cannot hand work to itself ('\(handoff.from)'); expected another unit", field: "to")
            return
        }
        let key = HandoffKey(from: handoff.from, to: handoff.to)
        if let existing = model.handoffs.first(where: { HandoffKey(from: $0.from, to: $0.to) == key && Self.overlap($0.caseTypes, handoff.caseTypes) }) {
            let carries = existing.caseTypes.isEmpty ? "any case type" : existing.caseTypes.joined(separator: ", ")
            error("there is already a handoff from '\(key.from)' to '\(key.to)' (carrying \(carries)); use change_handoff to change it",
                  field: nil)
            return
        }
        model.handoffs.append(handoff)
        effects.append(.handoffAdded(key))
        summary = "added handoff \(key)"
    }

    mutating func removeHandoff(from: String, to: String) {
        guard let matches = matchingHandoffs(from: from, to: to) else { return }
        let key = HandoffKey(from: from, to: to)
        let matched = Set(matches)
        model.handoffs = model.handoffs.enumerated().filter { !matched.contains($0.offset) }.map(\.element)
        effects.append(.handoffRemoved(key))
        summary = "removed handoff \(key)" + (matches.count > 1 ? " (\(matches.count) declarations)" : "")
    }

    mutating func changeHandoff(from: String, to: String, _ edit: HandoffEdit) {
        if let caseTypes = edit.caseTypes { checkCaseTypes(caseTypes) }
        guard let matches = matchingHandoffs(from: from, to: to), !failed else { return }
        var changed = false
        for position in matches {
            let before = model.handoffs[position]
            if let caseTypes = edit.caseTypes { model.handoffs[position].caseTypes = caseTypes }
            if let channel = edit.channel { model.handoffs[position].channel = channel }
            if let context = edit.contextKept { model.handoffs[position].contextKept = context }
            if let minutes = edit.transferMinutes { model.handoffs[position].transferMinutes = minutes }
            if let volume = edit.volumePerDay { model.handoffs[position].volumePerDay = volume }
            changed = changed || before != model.handoffs[position]
        }
        let key = HandoffKey(from: from, to: to)
        guard changed else {
            summary = "handoff \(key) already has these values; nothing to change"
            return
        }
        effects.append(.handoffChanged(key, fields: edit.fieldNames))
        summary = "changed handoff \(key): " + edit.fieldNames.joined(separator: ", ")
    }

    /// Positions of the handoffs from `from` to `to`; records an error naming the
    /// sender's declared receivers when there is none.
    private mutating func matchingHandoffs(from: String, to: String) -> [Int]? {
        let sender = unit(from, field: "from")
        let receiver = unit(to, field: "to")
        guard sender != nil, receiver != nil else { return nil }
        let matches = model.handoffs.indices.filter { model.handoffs[$0].from == from && model.handoffs[$0].to == to }
        guard matches.isEmpty else { return matches }
        let receivers = Self.unique(model.handoffs.filter { $0.from == from }.map(\.to))
        let hint = Suggestion.closest(to: to, among: receivers).map { " (did you mean '\(from)' to '\($0)'?)" } ?? ""
        let known = receivers.isEmpty ? "'\(from)' hands work to nobody" : "'\(from)' hands work to " + receivers.map { "'\($0)'" }.joined(separator: ", ")
        error("no handoff from '\(from)' to '\(to)'\(hint); \(known)", field: "to")
        return nil
    }

    /// Records an error for each case type that does not exist.
    private mutating func checkCaseTypes(_ ids: [String]) {
        let single = ids.count == 1 && change.fieldPositions["case_types[0]"] == nil
        for (offset, id) in ids.enumerated() {
            _ = caseType(id, field: single ? "case_types" : "case_types[\(offset)]")
        }
    }

    /// Whether two case-type lists share a case type (an empty list carries any).
    static func overlap(_ a: [String], _ b: [String]) -> Bool {
        a.isEmpty || b.isEmpty || !Set(a).isDisjoint(with: b)
    }
}
