extension OrgModel {
    /// The fields of the `economics:` section.
    public static let economicsKeys = [
        "currency", "staff_cost_per_hour", "unit_cost_per_hour", "contact_cost", "customer",
        "irrelevant_contact", "reporting_hours_per_month", "discount_rate", "horizon_years", "hours_per_year",
    ]

    /// Decodes the `economics:` section, checking every figure where it stands. Runs after
    /// units and touchpoints are decoded, so unit ids and channels are checked here too
    /// (the section is self-contained: no other check needs it). Channels are the
    /// channel kinds of touchpoints (`phone`, `web`, ...).
    static func decodeEconomics(_ node: YAMLNode?, units: [Unit], _ reader: inout YAMLReader) -> Economics? {
        guard let section = reader.mapping(node, at: "economics", allowed: economicsKeys) else { return nil }
        let currency = reader.string(section, "currency", required: true) ?? ""
        if !currency.isEmpty, !ISO4217.codes.contains(currency) {
            let hint = Suggestion.closest(to: currency.uppercased(), among: ISO4217.codes).map { " (did you mean '\($0)'?)" } ?? ""
            reader.error("unknown currency code '\(currency)'\(hint); expected an ISO 4217 code such as TRY, EUR or USD",
                         at: section.position(of: "currency"), path: section.path.appending("currency"))
        }
        var economics = Economics(currency: currency)
        economics.staffCostPerHour = figure(section, "staff_cost_per_hour", .money, &reader)
        let unitIDs = units.map(\.id)
        economics.unitCostPerHour = figureTable(section, "unit_cost_per_hour", known: unitIDs, noun: "unit", &reader)
        let channels = ChannelKind.allCases.map(\.rawValue)
        economics.contactCost = figureTable(section, "contact_cost", known: channels, noun: "touchpoint channel", &reader)
        if let customer = reader.mapping(section["customer"], at: section.path.appending("customer"),
                                         allowed: ["margin_per_year", "remaining_years", "churn_uplift"]) {
            var result = CustomerEconomics(marginPerYear: figure(customer, "margin_per_year", .money, &reader),
                                           remainingYears: figure(customer, "remaining_years", .money, &reader))
            if let churn = reader.mapping(customer["churn_uplift"], at: customer.path.appending("churn_uplift"),
                                          allowed: ["high_effort", "unresolved"]) {
                result.churnUpliftHighEffort = figure(churn, "high_effort", .probability, &reader)
                result.churnUpliftUnresolved = figure(churn, "unresolved", .probability, &reader)
            }
            economics.customer = result
        }
        if let contact = reader.mapping(section["irrelevant_contact"], at: section.path.appending("irrelevant_contact"),
                                        allowed: ["cost", "opt_out", "permission_value", "waves_per_year"]) {
            economics.irrelevantContact = IrrelevantContactEconomics(
                cost: figure(contact, "cost", .money, &reader),
                optOut: figure(contact, "opt_out", .probability, &reader),
                permissionValue: figure(contact, "permission_value", .money, &reader),
                wavesPerYear: figure(contact, "waves_per_year", .money, &reader))
        }
        economics.reportingHoursPerMonth = figure(section, "reporting_hours_per_month", .money, &reader)
        economics.discountRate = figure(section, "discount_rate", .probability, &reader)
        economics.horizonYears = figure(section, "horizon_years", .positive, &reader)
        economics.hoursPerYear = figure(section, "hours_per_year", .hoursOfYear, &reader)
        return economics
    }

    /// What an economic figure must satisfy.
    enum FigureKind {
        /// Money, hours or years: finite and not negative.
        case money
        /// A probability or rate in [0, 1].
        case probability
        /// Greater than zero.
        case positive
        /// Hours in a year: more than 0, at most 8,784 (a leap year).
        case hoursOfYear

        var constraint: NumberConstraint {
            switch self {
            case .money: .nonNegative
            case .probability: .probability
            case .positive: .positive
            case .hoursOfYear: .between(0.001, 8784, meaning: "hours, up to a leap year")
            }
        }
    }

    /// Reads a figure: a number, or `{value, low, high, source}` with `low <= value <= high`.
    static func figure(_ mapping: YAMLMapping, _ key: String, _ kind: FigureKind,
                       _ reader: inout YAMLReader) -> EconomicFigure? {
        guard let node = mapping[key], !node.isNull else { return nil }
        return figure(node, at: mapping.path.appending(key), kind, &reader)
    }

    static func figure(_ node: YAMLNode, at path: FieldPath, _ kind: FigureKind,
                       _ reader: inout YAMLReader) -> EconomicFigure? {
        if node.kind == .scalar {
            return reader.number(node, at: path, kind.constraint).map { EconomicFigure($0) }
        }
        guard let range = reader.mapping(node, at: path, allowed: ["value", "low", "high", "source"]) else { return nil }
        guard let value = reader.number(range, "value", required: true, kind.constraint) else { return nil }
        let low = reader.number(range, "low", kind.constraint)
        let high = reader.number(range, "high", kind.constraint)
        var result = EconomicFigure(value, low: low, high: high, source: reader.string(range, "source"))
        if let low, let high, low > high {
            reader.error("low \(low) is above high \(high); expected low <= value <= high",
                         at: range.position(of: "low"), path: range.path.appending("low"))
            return nil
        }
        if let low, value < low {
            reader.error("value \(value) is below low \(low); expected low <= value <= high",
                         at: range.position(of: "value"), path: range.path.appending("value"))
            result.value = low
            return nil
        }
        if let high, value > high {
            reader.error("value \(value) is above high \(high); expected low <= value <= high",
                         at: range.position(of: "value"), path: range.path.appending("value"))
            return nil
        }
        return result
    }

    /// Reads `{ID: figure}` whose keys must be among `known`.
    static func figureTable(_ section: YAMLMapping, _ key: String, known: [String], noun: String,
                            _ reader: inout YAMLReader) -> [String: EconomicFigure] {
        guard let table = reader.mapping(section[key], at: section.path.appending(key), allowed: nil) else { return [:] }
        var result: [String: EconomicFigure] = [:]
        let knownSet = Set(known)
        for entry in table.entries {
            let path = table.path.appending(entry.key)
            guard knownSet.contains(entry.key) else {
                let hint = Suggestion.closest(to: entry.key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                reader.error("unknown \(noun) '\(entry.key)'\(hint); expected one of \(known.joined(separator: ", "))",
                             at: entry.keyPosition, path: path)
                continue
            }
            if let figure = figure(entry.value, at: path, .money, &reader) { result[entry.key] = figure }
        }
        return result
    }
}

/// Active ISO 4217 currency codes (the standard's list one, 2024 edition).
enum ISO4217 {
    static let codes: [String] = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD \
    CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
    GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT \
    LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR \
    NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP \
    STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG \
    XOF XPF YER ZAR ZMW ZWG
    """.split(separator: " ").map(String.init)
}

extension Investment {
    /// The fields of a scenario's `investment:` section.
    public static let keys = ["capex", "opex_per_year", "ramp_up_months", "realisation"]

    /// Reads a scenario's `investment:` section with the same figure checks as the model's
    /// `economics:` section (money not negative, ranges ordered, `realisation` in [0, 1]).
    public static func decode(_ node: YAMLNode?, at path: FieldPath, _ reader: inout YAMLReader) -> Investment? {
        guard let section = reader.mapping(node, at: path, allowed: keys) else { return nil }
        return Investment(
            capex: OrgModel.figure(section, "capex", .money, &reader),
            opexPerYear: OrgModel.figure(section, "opex_per_year", .money, &reader),
            rampUpMonths: OrgModel.figure(section, "ramp_up_months", .money, &reader),
            realisation: OrgModel.figure(section, "realisation", .probability, &reader))
    }
}
