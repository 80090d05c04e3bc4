import Foundation
import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeEconomics
import SiloscopeModel
import SiloscopeReport
import SiloscopeSimulation

/// What `GET /api/state` answers and every browser receives on each update (JSON, snake
/// case keys; documented in docs/serve.md).
struct SessionState: Encodable {
    /// Counts changes of the change list (undo and reset included).
    var version: Int
    /// Counts every published update (each step of replications, each set of diagrams).
    var update: Int
    var organization: String
    var modelFile: String
    var language: String
    var options: Options
    /// The current change list, each an object in the scenario-file vocabulary.
    var changes: [JSONValue]
    /// One line per change applied (bundled scenarios expanded).
    var changeSummaries: [String]
    /// Warnings applying the changes left (as `siloscope scenario apply` prints them).
    var changeWarnings: [String]
    var canUndo: Bool
    /// The bundled scenarios and whether each is switched on.
    var scenarios: [ScenarioSwitch]
    /// The organization after the changes: what the page's pickers offer.
    var organizationAfter: Organization
    /// `computing` (more replications coming), `complete`, or `unstable` (the changed
    /// organization cannot be simulated: `problem` says why).
    var status: String
    var problem: Nullable<String>
    var progress: Progress
    // `today` and `current` (figures as in `simulate --format json`) are encoded once
    // each and put in by ``json(today:current:)``.
    /// The headline figures: today, now, and the paired delta with its 95 % interval
    /// (as `siloscope compare --format json` gives them).
    var metrics: [Metric]
    /// Today's recommendation ranking (`nil` until computed, or when the model has no CRM
    /// team).
    var recommendation: Nullable<RecommendationSummary>
    /// Diagram addresses; each changes when it is redrawn.
    var diagrams: [String: String]
    /// The business case in money (docs/economics.md) when the model has an economics
    /// section: today's annual cost of silos and what the current changes save a year;
    /// `null` without one (`money_hint` then says how to add it).
    var businessCase: Nullable<MoneySummary>
    var moneyHint: Nullable<String>

    /// Money for the page, figures and the same written in English and Turkish.
    struct MoneySummary: Encodable {
        var currency: String
        var generic: Bool
        var draws: Int
        var siloCost: Money
        /// `null` until a change is made.
        var saving: Nullable<Money>
        var probabilitySaving: Nullable<Double>

        struct Money: Encodable {
            var p10: Double
            var p50: Double
            var p90: Double
            /// "P50 (P10 – P90)" in each language.
            var text: [String: String]
        }

        init(_ report: BusinessCaseReport, changed: Bool) {
            currency = report.currency
            generic = report.generic
            draws = report.draws
            func money(_ spread: Spread) -> Money {
                var text: [String: String] = [:]
                for language in Language.allCases {
                    let f = MoneyFormat(currency: report.currency, language: language)
                    text[language.rawValue] = "\(f.format(spread.p50)) (\(f.format(spread.p10)) – \(f.format(spread.p90)))"
                }
                return Money(p10: spread.p10, p50: spread.p50, p90: spread.p90, text: text)
            }
            siloCost = money(report.today.annualSiloCost)
            let scenario = changed ? report.scenarios.first : nil
            saving = Nullable(scenario.map { money($0.annualSaving) })
            probabilitySaving = Nullable(scenario?.probabilitySaving)
        }
    }

    struct Options: Encodable {
        var runs: Int
        var firstRuns: Int
        var stages: [Int]
        var cases: Int
        var seed: UInt64
    }

    struct Progress: Encodable {
        var runsDone: Int
        var runsTotal: Int
        var complete: Bool
    }

    struct ScenarioSwitch: Encodable {
        var id: String
        var name: String
        var description: String?
        var enabled: Bool
    }

    struct Organization: Encodable {
        var units: [UnitItem]
        var handoffs: [HandoffItem]
        var systems: [SystemItem]
        var touchpoints: [TouchpointItem]
        var crmUnit: String?
        var parameters: [ParameterItem]
    }

    struct UnitItem: Encodable {
        var id: String
        var name: String
        var parent: String?
    }

    struct HandoffItem: Encodable {
        var from: String
        var to: String
    }

    struct SystemItem: Encodable {
        var id: String
        var name: String
        var role: String
        var sync: String
    }

    struct TouchpointItem: Encodable {
        var id: String
        var name: String
        var reads: [String]
    }

    struct ParameterItem: Encodable {
        var name: String
        var value: Double
        var min: Double
        var max: Double
    }

    struct Metric: Encodable {
        var metric: String
        var title: LocalizedText
        var isShare: Bool
        var lowerIsBetter: Bool
        var today: Double
        var todayLow: Double?
        var todayHigh: Double?
        /// The changed organization's figure: its comparison entry.
        var now: MetricComparison?
    }

    struct RecommendationSummary: Encodable {
        var status: String
        var headline: LocalizedText
        var ranking: [Candidate]

        struct Candidate: Encodable {
            var rank: Int
            var unit: String
            var name: String
            var isToday: Bool
            var score: Double
            var probabilityBest: Double
            var deltaResolutionMinutes: Interval
        }

        init(_ recommendation: Recommendation) {
            status = "\(recommendation.status)"
            headline = recommendation.headline
            ranking = recommendation.candidates.sorted { $0.rank < $1.rank }.map {
                Candidate(rank: $0.rank, unit: $0.candidate.unit, name: $0.candidate.name, isToday: $0.candidate.isToday,
                          score: $0.score, probabilityBest: $0.probabilityBest,
                          deltaResolutionMinutes: $0.deltaResolutionMinutes)
            }
        }
    }

    /// The state as one line of JSON, with today's and the current figures (each already
    /// encoded by ``encoded(_:)``, `nil` for null) put in.
    func json(today: Data, current: Data?) throws -> Data {
        var data = try Self.encoder.encode(self)
        guard data.last == UInt8(ascii: "}") else { return data }
        data.removeLast()
        data += Data(#","today":"#.utf8) + today
        data += Data(#","current":"#.utf8) + (current ?? Data("null".utf8))
        data += Data("}".utf8)
        return data
    }

    /// A value encoded as the state encodes (snake case, no infinities).
    static func encoded(_ value: some Encodable) -> Data {
        (try? encoder.encode(value)) ?? Data("null".utf8)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }
}

/// An optional written as `null` when absent (not left out), so a client can tell "not
/// yet" from a misspelt field.
struct Nullable<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// Any JSON value: how a change given as JSON is kept and written back as given.
enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Parses one-line JSON text (`.null` when it is not JSON).
    static func parse(_ text: String) -> JSONValue {
        (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .null
    }
}
