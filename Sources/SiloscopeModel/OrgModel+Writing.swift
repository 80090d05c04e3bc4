extension OrgModel {
    /// The model as a human-editable YAML file in the format ``ModelLoader`` reads.
    ///
    /// Keys are snake_case, `siloscope: 1` comes first, sections follow the order of the
    /// model reference, and empty sections and unset optional fields are left out. Text
    /// that YAML would read as something else (`yes`, `null`, `12`, a leading space, a
    /// colon, `#`, a newline) is double-quoted with escapes; any other text, Turkish
    /// letters included, is written as it is. Numbers are written in their shortest
    /// exact form, so `ModelLoader.load(text: model.yamlText(), file:)` gives back an
    /// equal model. (One exception: the YAML reader drops a byte-order mark, U+FEFF, at
    /// the very start of a text; importers strip it from their input anyway.)
    ///
    /// - Parameter comment: optional lines written as `#` comments at the top (where the
    ///   file came from, for example).
    /// - Returns: the file's text, ending with a newline.
    /// - Complexity: O(n) in the size of the model.
    public func yamlText(comment: String? = nil) -> String {
        var out = YAMLTextWriter()
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                out.line(0, line.isEmpty ? "#" : "# \(line)")
            }
        }
        out.line(0, "siloscope: \(formatVersion)")
        out.line(0, "organization:")
        out.field(1, "name", organization.name)
        if !organization.sector.isEmpty { out.field(1, "sector", organization.sector) }
        out.field(1, "lifecycle", organization.lifecycle.rawValue)
        if let description = organization.description { out.field(1, "description", description) }
        writeUnits(&out)
        writeHandoffs(&out)
        writeSystems(&out)
        writeTouchpoints(&out)
        writeCaseTypes(&out)
        writeCampaigns(&out)
        if let crm {
            out.line(0, "crm:")
            out.field(1, "unit", crm.unit)
            out.list(1, "functions", crm.functions.map(\.rawValue))
            out.list(1, "candidates", crm.candidates)
        }
        if !reporting.isEmpty {
            out.section("reporting")
            for kpi in reporting {
                out.item(1, "id", kpi.id)
                out.field(2, "name", kpi.name)
                out.list(2, "produced_by", kpi.producedBy)
                out.list(2, "sources", kpi.sources)
            }
        }
        writeRouting(&out)
        if !assessment.isEmpty {
            out.section("assessment")
            for answer in assessment {
                let value: String = switch answer.value {
                case .number(let number): YAMLTextWriter.number(number)
                case .bool(let flag): flag ? "yes" : "no"
                case .text(let text): YAMLTextWriter.scalar(text)
                }
                out.line(1, "\(YAMLTextWriter.scalar(answer.id)): \(value)")
            }
        }
        out.section("simulation")
        out.field(1, "mode", simulation.mode.rawValue)
        if !simulation.parameters.isEmpty {
            out.line(1, "parameters:")
            for key in simulation.parameters.keys.sorted() {
                out.number(2, key, simulation.parameters[key] ?? 0)
            }
        }
        if let calibration = simulation.calibration {
            out.line(1, "calibration:")
            out.field(2, "log", calibration.log)
            out.number(2, "cases", Double(calibration.cases))
            out.number(2, "span_days", calibration.spanDays)
            if !calibration.intervals.isEmpty {
                out.line(2, "intervals:")
                for key in calibration.intervals.keys.sorted() {
                    guard let range = calibration.intervals[key] else { continue }
                    out.line(3, "\(key): {low: \(YAMLTextWriter.number(range.lowerBound)), high: \(YAMLTextWriter.number(range.upperBound))}")
                }
            }
        }
        writeEconomics(&out)
        return out.text
    }

    /// The `economics:` section, so a written model keeps its prices (docs/economics.md).
    private func writeEconomics(_ out: inout YAMLTextWriter) {
        guard let economics else { return }
        func figure(_ level: Int, _ key: String, _ figure: EconomicFigure?) {
            guard let figure else { return }
            guard figure.low != nil || figure.high != nil || figure.source != nil else {
                out.number(level, key, figure.value)
                return
            }
            out.line(level, "\(YAMLTextWriter.scalar(key)):")
            out.number(level + 1, "value", figure.value)
            if let low = figure.low { out.number(level + 1, "low", low) }
            if let high = figure.high { out.number(level + 1, "high", high) }
            if let source = figure.source { out.field(level + 1, "source", source) }
        }
        func table(_ key: String, _ figures: [String: EconomicFigure]) {
            guard !figures.isEmpty else { return }
            out.line(1, "\(key):")
            for id in figures.keys.sorted() { figure(2, id, figures[id]) }
        }
        out.section("economics")
        out.field(1, "currency", economics.currency)
        figure(1, "staff_cost_per_hour", economics.staffCostPerHour)
        table("unit_cost_per_hour", economics.unitCostPerHour)
        table("contact_cost", economics.contactCost)
        if let customer = economics.customer {
            out.line(1, "customer:")
            figure(2, "margin_per_year", customer.marginPerYear)
            figure(2, "remaining_years", customer.remainingYears)
            if customer.churnUpliftHighEffort != nil || customer.churnUpliftUnresolved != nil {
                out.line(2, "churn_uplift:")
                figure(3, "high_effort", customer.churnUpliftHighEffort)
                figure(3, "unresolved", customer.churnUpliftUnresolved)
            }
        }
        if let contact = economics.irrelevantContact {
            out.line(1, "irrelevant_contact:")
            figure(2, "cost", contact.cost)
            figure(2, "opt_out", contact.optOut)
            figure(2, "permission_value", contact.permissionValue)
            figure(2, "waves_per_year", contact.wavesPerYear)
        }
        figure(1, "reporting_hours_per_month", economics.reportingHoursPerMonth)
        figure(1, "discount_rate", economics.discountRate)
        figure(1, "horizon_years", economics.horizonYears)
        figure(1, "hours_per_year", economics.hoursPerYear)
    }

    private func writeUnits(_ out: inout YAMLTextWriter) {
        guard !units.isEmpty else { return }
        out.section("units")
        for unit in units {
            out.item(1, "id", unit.id)
            out.field(2, "name", unit.name)
            out.field(2, "kind", unit.kind.rawValue)
            if let parent = unit.parent { out.field(2, "parent", parent) }
            out.number(2, "staff", Double(unit.staff))
            if let handlers = unit.caseHandlers { out.number(2, "case_handlers", Double(handlers)) }
            if let minutes = unit.handlingMinutes { out.number(2, "handling_minutes", minutes) }
            switch unit.handlingDistribution {
            case nil: break
            case .exponential?: out.field(2, "handling_distribution", "exponential")
            case .fixed?: out.field(2, "handling_distribution", "fixed")
            case .lognormal(let cv)?:
                out.field(2, "handling_distribution", "lognormal")
                out.number(2, "handling_cv", cv)
            case .empirical(let samples)?:
                out.field(2, "handling_distribution", "empirical")
                out.numbers(2, "handling_samples", samples)
            }
            if !unit.kpis.isEmpty {
                out.line(2, "kpis:")
                for kpi in unit.kpis {
                    out.item(3, "name", kpi.name)
                    out.line(4, "customer_centric: \(kpi.customerCentric)")
                }
            }
            if let head = unit.head { out.field(2, "head", head) }
        }
    }

    private func writeHandoffs(_ out: inout YAMLTextWriter) {
        guard !handoffs.isEmpty else { return }
        out.section("handoffs")
        for handoff in handoffs {
            out.item(1, "from", handoff.from)
            out.field(2, "to", handoff.to)
            out.list(2, "case_types", handoff.caseTypes)
            out.field(2, "channel", handoff.channel.rawValue)
            if let kept = handoff.contextKept { out.number(2, "context_kept", kept) }
            if let minutes = handoff.transferMinutes { out.number(2, "transfer_minutes", minutes) }
            if let volume = handoff.volumePerDay { out.number(2, "volume_per_day", volume) }
        }
    }

    private func writeSystems(_ out: inout YAMLTextWriter) {
        guard !systems.isEmpty else { return }
        out.section("systems")
        for system in systems {
            out.item(1, "id", system.id)
            out.field(2, "name", system.name)
            out.field(2, "kind", system.kind.rawValue)
            if let owner = system.owner { out.field(2, "owner", owner) }
            out.list(2, "holds", system.holds)
            out.field(2, "role", system.role.rawValue)
            if let source = system.copyOf { out.field(2, "copy_of", source) }
            out.field(2, "sync", system.sync.rawValue)
        }
    }

    private func writeTouchpoints(_ out: inout YAMLTextWriter) {
        guard !touchpoints.isEmpty else { return }
        out.section("touchpoints")
        for touchpoint in touchpoints {
            out.item(1, "id", touchpoint.id)
            out.field(2, "name", touchpoint.name)
            out.field(2, "channel", touchpoint.channel.rawValue)
            out.field(2, "unit", touchpoint.unit)
            out.list(2, "reads", touchpoint.reads)
        }
    }

    private func writeCaseTypes(_ out: inout YAMLTextWriter) {
        guard !caseTypes.isEmpty else { return }
        out.section("case_types")
        for caseType in caseTypes {
            out.item(1, "id", caseType.id)
            out.field(2, "name", caseType.name)
            out.field(2, "kind", caseType.kind.rawValue)
            out.field(2, "owner", caseType.owner)
            out.list(2, "data_needed", caseType.dataNeeded)
            if !caseType.arrivals.isEmpty {
                out.line(2, "arrivals:")
                for arrival in caseType.arrivals {
                    out.item(3, "touchpoint", arrival.touchpoint)
                    out.number(4, "per_hour", arrival.perHour)
                }
            }
            if let minutes = caseType.handlingMinutes { out.number(2, "handling_minutes", minutes) }
        }
    }

    private func writeCampaigns(_ out: inout YAMLTextWriter) {
        guard !campaigns.isEmpty else { return }
        out.section("campaigns")
        for campaign in campaigns {
            out.item(1, "id", campaign.id)
            out.field(2, "name", campaign.name)
            out.field(2, "owner", campaign.owner)
            out.list(2, "touchpoints", campaign.touchpoints)
            out.field(2, "system", campaign.system)
            out.number(2, "audience", Double(campaign.audience))
            if !campaign.suppression.isEmpty {
                out.line(2, "suppression:")
                for rule in campaign.suppression {
                    out.item(3, "reason", rule.reason)
                    out.field(4, "data", rule.data)
                    out.number(4, "share", rule.share)
                }
            }
        }
    }

    private func writeRouting(_ out: inout YAMLTextWriter) {
        guard !routing.isEmpty else { return }
        out.section("routing")
        for row in routing {
            if row.to.isEmpty {
                out.line(1, "\(YAMLTextWriter.scalar(row.from)): {}")
                continue
            }
            out.line(1, "\(YAMLTextWriter.scalar(row.from)):")
            for target in row.to { out.number(2, target.unit, target.probability) }
        }
    }
}

/// Builds YAML text line by line: block mappings and lists, flow lists for short
/// values, and scalars quoted only where a plain one would be read differently.
private struct YAMLTextWriter {
    private(set) var text = ""

    /// Writes `text` at an indentation level (two spaces per level).
    mutating func line(_ level: Int, _ content: some StringProtocol) {
        text += String(repeating: "  ", count: level)
        text += content
        text += "\n"
    }

    /// A top-level key whose value follows on the next lines.
    mutating func section(_ key: String) { line(0, "\(key):") }

    /// `key: text`.
    mutating func field(_ level: Int, _ key: String, _ value: String) {
        line(level, "\(Self.scalar(key)): \(Self.scalar(value))")
    }

    /// `key: number`.
    mutating func number(_ level: Int, _ key: String, _ value: Double) {
        line(level, "\(Self.scalar(key)): \(Self.number(value))")
    }

    /// The first field of a list item: `- key: text`, one level in from its list's key.
    mutating func item(_ level: Int, _ key: String, _ value: String) {
        line(level - 1, "  - \(Self.scalar(key)): \(Self.scalar(value))")
    }

    /// `key: [a, b]`; nothing for an empty list (the loader's default).
    mutating func list(_ level: Int, _ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        line(level, "\(key): [\(values.map(Self.scalar).joined(separator: ", "))]")
    }

    /// `key: [1, 2.5, …]`, wrapped every 12 numbers so long sample lists stay readable.
    mutating func numbers(_ level: Int, _ key: String, _ values: [Double]) {
        guard !values.isEmpty else {
            line(level, "\(key): []")
            return
        }
        let chunks = stride(from: 0, to: values.count, by: 12).map { start in
            values[start..<min(start + 12, values.count)].map(Self.number).joined(separator: ", ")
        }
        if chunks.count == 1 {
            line(level, "\(key): [\(chunks[0])]")
            return
        }
        line(level, "\(key): [\(chunks[0]),")
        for (index, chunk) in chunks.enumerated().dropFirst() {
            line(level + 2, index == chunks.count - 1 ? "\(chunk)]" : "\(chunk),")
        }
    }

    /// A number in its shortest exact spelling: whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Text as a YAML scalar: plain when it is a conservative word-like string that YAML
    /// and the model reader take as text, double-quoted with escapes otherwise.
    static func scalar(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.first, first.isLetter || first == "_",
              value.last != " ",
              YAMLReader.parseNumber(value) == nil, YAMLReader.parseBool(value) == nil else { return false }
        switch value {
        case "null", "Null", "NULL", "~": return false
        default: break
        }
        return value.allSatisfy { character in
            character.isLetter || character.isNumber || " _-./()+&".contains(character)
        } && !value.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0xA0).contains($0.value) }
    }

    private static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                let v = scalar.value
                let printable = (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
                    || ((0xE000...0xFFFD).contains(v) && v != 0xFEFF) || (0x10000...0x10FFFF).contains(v)
                if printable {
                    result.unicodeScalars.append(scalar)
                } else if v <= 0xFFFF {
                    result += "\\u" + hex(v, digits: 4)
                } else {
                    result += "\\U" + hex(v, digits: 8)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
