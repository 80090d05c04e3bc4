import SiloscopeModel

/// `source_of_truth`, `sync`, `retire` and `single_customer_record`.
extension ModelEdit {
    mutating func makeSourceOfTruth(_ id: String, formerSourceSync: SyncMode?) {
        guard let position = system(id, field: "system") else { return }
        let chosen = model.systems[position]
        guard chosen.role == .copy else {
            summary = "'\(id)' is already the source of truth; nothing to change"
            return
        }
        guard let formerID = sourceOfTruth(of: position), let former = index.systems[formerID] else {
            error("'\(id)' copies a system that leads to no source of truth (a missing system or a chain of copies that loops); fix the base model", field: "system")
            return
        }
        let mode = formerSourceSync ?? chosen.sync
        model.systems[position].role = .sourceOfTruth
        model.systems[position].copyOf = nil
        model.systems[position].sync = .realtime
        model.systems[former].role = .copy
        model.systems[former].copyOf = id
        model.systems[former].sync = mode
        effects.append(.systemChanged(system: id, fields: ["role", "copy_of", "sync"]))
        effects.append(.systemChanged(system: formerID, fields: ["role", "copy_of", "sync"]))
        var repointed: [String] = []
        for other in model.systems.indices where other != position && model.systems[other].copyOf == formerID
            && model.systems[other].role == .copy && other != former {
            model.systems[other].copyOf = id
            repointed.append(model.systems[other].id)
            effects.append(.systemChanged(system: model.systems[other].id, fields: ["copy_of"]))
        }
        summary = "'\(id)' is now the source of truth; '\(formerID)' became its copy (\(mode.rawValue) sync)"
            + (repointed.isEmpty ? "" : "; \(repointed.map { "'\($0)'" }.joined(separator: ", ")) now copy '\(id)'")
    }

    /// The source of truth at the end of a system's chain of copies (bounded, so a loop
    /// of copies cannot hang).
    private func sourceOfTruth(of position: Int) -> String? {
        var current = model.systems[position]
        for _ in 0...model.systems.count {
            guard current.role == .copy else { return current.id }
            guard let next = current.copyOf.flatMap({ index.systems[$0] }) else { return nil }
            current = model.systems[next]
        }
        return nil
    }

    mutating func sync(_ id: String, mode: SyncMode) {
        guard let position = system(id, field: "system") else { return }
        let system = model.systems[position]
        guard system.role == .copy else {
            let copies = model.systems.filter { $0.copyOf == id }.map { "'\($0.id)'" }
            let hint = copies.isEmpty ? "" : " (its copies: \(copies.joined(separator: ", ")))"
            error("'\(id)' is a source of truth, and only a copy is synced; expected a copy\(hint)", field: "system")
            return
        }
        guard system.sync != mode else {
            summary = "'\(id)' is already synced \(mode.rawValue); nothing to change"
            return
        }
        model.systems[position].sync = mode
        effects.append(.systemChanged(system: id, fields: ["sync"]))
        summary = "'\(id)' now follows '\(system.copyOf ?? "its source")' \(mode.rawValue) (was \(system.sync.rawValue))"
    }

    mutating func addSystem(_ new: DataSystem) {
        requireNew(new.id, noun: "system", exists: index.systems[new.id] != nil, field: "id")
        if let owner = new.owner { _ = unit(owner, field: "owner") }
        if let source = new.copyOf { _ = system(source, field: "copy_of") }
        guard !failed else { return }
        model.systems.append(new)
        effects.append(.systemAdded(new.id))
        let role = new.role == .sourceOfTruth ? "source of truth" : "copy of '\(new.copyOf ?? "?")' (\(new.sync.rawValue) sync)"
        summary = "added system '\(new.id)', \(role), holding \(new.holds.count) data items"
    }

    mutating func retire(_ id: String) {
        guard let position = system(id, field: "system") else { return }
        let system = model.systems[position]
        guard system.role == .copy, let source = system.copyOf, index.systems[source] != nil else {
            error("'\(id)' is a source of truth, and only a copy can be retired (its readers move to its source); make another system the source of truth first with source_of_truth",
                  field: "system")
            return
        }
        model.systems.remove(at: position)
        for item in model.touchpoints.indices where model.touchpoints[item].reads.contains(id) {
            model.touchpoints[item].reads = Self.unique(model.touchpoints[item].reads.map { $0 == id ? source : $0 })
            effects.append(.touchpointChanged(touchpoint: model.touchpoints[item].id, fields: ["reads"]))
        }
        for item in model.campaigns.indices where model.campaigns[item].system == id {
            model.campaigns[item].system = source
            effects.append(.campaignChanged(campaign: model.campaigns[item].id, fields: ["system"]))
        }
        for item in model.reporting.indices where model.reporting[item].sources.contains(id) {
            model.reporting[item].sources = Self.unique(model.reporting[item].sources.map { $0 == id ? source : $0 })
            effects.append(.reportingChanged(kpi: model.reporting[item].id, fields: ["sources"]))
        }
        for item in model.systems.indices where model.systems[item].copyOf == id {
            model.systems[item].copyOf = source
            effects.append(.systemChanged(system: model.systems[item].id, fields: ["copy_of"]))
        }
        effects.insert(.systemRetired(system: id, replacedBy: source), at: 0)
        removed["system:\(id)"] = "retired by \(lineText) (its readers now read '\(source)')"
        summary = "retired '\(id)'; what read it now reads '\(source)'"
    }

    mutating func singleCustomerRecord(_ id: String, campaigns: Bool, reporting: Bool) {
        guard let position = system(id, field: "system") else { return }
        let system = model.systems[position]
        guard system.role == .sourceOfTruth else {
            error("'\(id)' is a copy of '\(system.copyOf ?? "another system")' (\(system.sync.rawValue) sync); a single customer record must be the source of truth: add 'source_of_truth: {system: \(id)}' before this change",
                  field: "system")
            return
        }
        // The record holds what every screen (and campaign, and report) read before.
        var readers = Set(model.touchpoints.flatMap(\.reads))
        if campaigns { readers.formUnion(model.campaigns.map(\.system)) }
        if reporting { readers.formUnion(model.reporting.flatMap(\.sources)) }
        var holds = system.holds
        for other in model.systems where readers.contains(other.id) {
            for item in other.holds where !holds.contains(item) { holds.append(item) }
        }
        if holds != system.holds {
            model.systems[position].holds = holds
            effects.append(.systemChanged(system: id, fields: ["holds"]))
        }
        var touched: [String] = []
        for item in model.touchpoints.indices where model.touchpoints[item].reads != [id] {
            model.touchpoints[item].reads = [id]
            touched.append(model.touchpoints[item].id)
            effects.append(.touchpointChanged(touchpoint: model.touchpoints[item].id, fields: ["reads"]))
        }
        var parts = ["\(touched.count) of \(model.touchpoints.count) touchpoints"]
        if campaigns {
            var count = 0
            for item in model.campaigns.indices where model.campaigns[item].system != id {
                model.campaigns[item].system = id
                count += 1
                effects.append(.campaignChanged(campaign: model.campaigns[item].id, fields: ["system"]))
            }
            parts.append("\(count) campaigns")
        }
        if reporting {
            var count = 0
            for item in model.reporting.indices where model.reporting[item].sources != [id] {
                model.reporting[item].sources = [id]
                count += 1
                effects.append(.reportingChanged(kpi: model.reporting[item].id, fields: ["sources"]))
            }
            parts.append("\(count) reported KPIs")
        }
        summary = "single customer record '\(id)' (holding \(holds.count) data items): " + parts.joined(separator: ", ") + " now read it"
    }

    /// `screens`: the touchpoint's screen reads exactly these systems (each once).
    mutating func screens(_ id: String, reads: [String]) {
        guard let position = touchpoint(id, field: "touchpoint") else { return }
        for (offset, system) in reads.enumerated() { _ = self.system(system, field: "reads[\(offset)]") }
        guard !failed else { return }
        var unique: [String] = []
        for system in reads where !unique.contains(system) { unique.append(system) }
        let before = model.touchpoints[position].reads
        guard before != unique else {
            summary = "'\(id)' already reads \(unique.isEmpty ? "nothing" : unique.joined(separator: ", ")); nothing to change"
            return
        }
        model.touchpoints[position].reads = unique
        effects.append(.touchpointChanged(touchpoint: id, fields: ["reads"]))
        summary = "'\(id)' now reads \(unique.isEmpty ? "nothing" : unique.joined(separator: ", ")) (was \(before.isEmpty ? "nothing" : before.joined(separator: ", ")))"
    }
}
