import SiloscopeModel

/// The generic figures of `--economics defaults`: published ranges where they exist, each
/// with its source and year, and Siloscope's stated reading where they do not (said so in
/// the source). In euros. Every output that uses them says they are generic. Figures
/// that depend on the company too much to have a generic value (a customer's margin, the
/// value of a contact permission, reporting hours) are left out, so those categories are
/// reported as not priced. See docs/economics.md.
public enum GenericEconomics {
    static let gartner = "Gartner (2019): live channels cost $8.01 per contact including labour, self-service $0.10; labour is priced here by staff hours, so this is Siloscope's reading of the non-labour share (5-20 %)"

    public static let figures = Economics(
        currency: "EUR",
        staffCostPerHour: EconomicFigure(
            31.8, low: 8.2, high: 53.9,
            source: "Eurostat (2024), hourly labour costs 2023, whole economy: EU average 31.8 EUR, from 8.2 (Bulgaria) to 53.9 (Luxembourg)"),
        contactCost: [
            "phone": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "chat": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "email": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "social": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "sms": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "branch": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "store": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "field": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "other": EconomicFigure(0.8, low: 0.4, high: 1.6, source: gartner),
            "web": EconomicFigure(0.1, low: 0.05, high: 0.2, source: gartner),
            "mobile": EconomicFigure(0.1, low: 0.05, high: 0.2, source: gartner),
            "letter": EconomicFigure(1.5, low: 1.0, high: 3.0, source: "Siloscope's reading: postage and printing of one letter"),
        ],
        customer: CustomerEconomics(
            churnUpliftHighEffort: EconomicFigure(
                0.05, low: 0.02, high: 0.15,
                source: "Dixon, Toman & DeLisi (2013), The Effortless Experience (CEB): 96 % of customers with high-effort service became more disloyal, 9 % with low effort; the churn uplift range is Siloscope's reading"),
            churnUpliftUnresolved: EconomicFigure(
                0.10, low: 0.05, high: 0.25,
                source: "Siloscope's reading of the same study for complaints left unresolved at first closure")),
        irrelevantContact: IrrelevantContactEconomics(
            cost: EconomicFigure(0.05, low: 0.01, high: 0.5, source: "Siloscope's reading: an SMS or e-mail costs cents to send, a call or a letter up to about 0.5 EUR"),
            optOut: EconomicFigure(0.005, low: 0.001, high: 0.02, source: "Siloscope's reading: opt-outs per irrelevant contact")),
        discountRate: EconomicFigure(0.08, low: 0.05, high: 0.12, source: "Siloscope's reading: a typical corporate cost of capital in the euro area"),
        horizonYears: EconomicFigure(3, source: "Siloscope default"))
}
