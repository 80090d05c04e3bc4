import Foundation
import SiloscopeEconomics

/// Today's organization and every scenario side by side: headline figures with deltas,
/// 95 % intervals and whether each difference is real, and per-edge friction changes.
///
/// Every scenario is simulated with the same seed, runs and cases as today, so
/// replication r of each saw the same arrivals (common random numbers) and deltas are
/// paired. Encoded as JSON with snake_case keys (``json()``); the field names are stable
/// and documented in docs/compare.md.
public struct ComparisonReport: Codable, Sendable {
    /// The organization's name.
    public var organization: String
    /// The base model file.
    public var baseFile: String
    /// Routing mode of today's simulation (`structural` or `explicit`).
    public var mode: String
    /// Seed of every random stream, shared by every scenario.
    public var seed: UInt64
    /// Replications per scenario.
    public var runs: Int
    /// Measured cases per replication.
    public var casesPerRun: Int
    /// Today's organization.
    public var base: ComparedScenario
    /// The scenarios, in the order given.
    public var scenarios: [ComparedScenario]
    /// Wall-clock seconds for the whole comparison.
    public var wallSeconds: Double
    /// The currency of `annual_saving`, when the model is priced.
    public var currency: String? = nil
    /// One line about money: where the figures come from, or how to add them.
    public var moneyNote: String? = nil
    /// The whole business case behind the savings (not part of the comparison's JSON;
    /// `siloscope cost` prints it).
    public var businessCase: BusinessCaseReport? = nil

    /// Today first, then the scenarios.
    public var all: [ComparedScenario] { [base] + scenarios }

    /// The report as pretty-printed JSON with sorted keys.
    ///
    /// - Returns: UTF-8 JSON.
    /// - Throws: `EncodingError` (not expected for finite figures).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self)
    }

    /// Reads a report written by ``json()``.
    ///
    /// - Parameter data: UTF-8 JSON.
    /// - Returns: The report.
    /// - Throws: `DecodingError` when the JSON does not match.
    public static func decode(json data: Data) throws -> ComparisonReport {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(ComparisonReport.self, from: data)
    }

    enum CodingKeys: String, CodingKey {
        case organization, mode, seed, runs, base, scenarios
        case baseFile = "base_file", casesPerRun = "cases_per_run", wallSeconds = "wall_seconds"
        case currency, moneyNote = "money_note"
    }
}
