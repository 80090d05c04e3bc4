import SiloscopeModel

/// A comparison of one model fact with a number: `realtime_copy_share >= 0.5`.
///
/// Written in the question set as `[not] FACT [OP NUMBER|yes|no]`; a bare `FACT` means
/// "not zero" and `not FACT` means "zero".
public struct FactCondition: Sendable, Equatable, CustomStringConvertible {
    /// How the fact is compared.
    public enum Comparison: String, Sendable, CaseIterable {
        /// `>=`
        case atLeast = ">="
        /// `<=`
        case atMost = "<="
        /// `>`
        case greater = ">"
        /// `<`
        case less = "<"
        /// `==`
        case equal = "=="
        /// `!=`
        case notEqual = "!="
    }

    /// The fact compared.
    public var fact: AssessmentFact
    /// The comparison.
    public var comparison: Comparison
    /// The number it is compared with.
    public var threshold: Double

    /// Creates a condition.
    public init(fact: AssessmentFact, comparison: Comparison, threshold: Double) {
        self.fact = fact
        self.comparison = comparison
        self.threshold = threshold
    }

    /// Parses `[not] FACT [OP NUMBER|yes|no]`.
    ///
    /// - Returns: the condition, or a message saying what is wrong with the text.
    public static func parse(_ text: String) -> Result<FactCondition, RuleSyntaxError> {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var negated = false
        if words.first == "not" {
            negated = true
            words.removeFirst()
        }
        guard let name = words.first else { return .failure(RuleSyntaxError("empty condition; expected a fact name")) }
        guard let fact = AssessmentFact(rawValue: name) else {
            let hint = SuggestionHint.for(name, among: AssessmentFact.allCases.map(\.rawValue))
            return .failure(RuleSyntaxError("unknown fact '\(name)'\(hint); see 'facts' for the names the code computes"))
        }
        switch words.count {
        case 1:
            return .success(FactCondition(fact: fact, comparison: negated ? .equal : .notEqual, threshold: 0))
        case 3 where !negated:
            guard let comparison = Comparison(rawValue: words[1]) else {
                let accepted = Comparison.allCases.map(\.rawValue).joined(separator: " ")
                return .failure(RuleSyntaxError("unknown comparison '\(words[1])'; expected one of \(accepted)"))
            }
            let number: Double? = switch words[2].lowercased() {
            case "yes", "true": 1
            case "no", "false": 0
            default: Double(words[2])
            }
            guard let number, number.isFinite else {
                return .failure(RuleSyntaxError("expected a number or yes/no after '\(words[1])', found '\(words[2])'"))
            }
            return .success(FactCondition(fact: fact, comparison: comparison, threshold: number))
        default:
            return .failure(RuleSyntaxError(
                "cannot read '\(text)'; expected 'FACT', 'not FACT' or 'FACT OP NUMBER' (OP one of >= <= > < == !=)"))
        }
    }

    /// Whether the condition holds for a value; `nil` when the value is unknown.
    public func holds(for value: Double?) -> Bool? {
        guard let value else { return nil }
        let tolerance = 1e-9
        return switch comparison {
        case .atLeast: value >= threshold - tolerance
        case .atMost: value <= threshold + tolerance
        case .greater: value > threshold + tolerance
        case .less: value < threshold - tolerance
        case .equal: abs(value - threshold) <= tolerance
        case .notEqual: abs(value - threshold) > tolerance
        }
    }

    /// The condition as written in a question set, normalized.
    public var description: String {
        switch (comparison, threshold) {
        case (.notEqual, 0): fact.rawValue
        case (.equal, 0) where fact.kind == .flag: "not \(fact.rawValue)"
        default: "\(fact.rawValue) \(comparison.rawValue) \(FactCondition.format(threshold))"
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

/// One clause of a rule: a condition, or a list of conditions of which any may hold.
public enum RuleClause: Sendable, Equatable, CustomStringConvertible {
    /// The condition must hold.
    case condition(FactCondition)
    /// At least one of the conditions must hold.
    case any([FactCondition])

    /// Every condition in the clause.
    public var conditions: [FactCondition] {
        switch self {
        case .condition(let condition): [condition]
        case .any(let conditions): conditions
        }
    }

    /// `fact >= 1` or `any(a, b)`.
    public var description: String {
        switch self {
        case .condition(let condition): condition.description
        case .any(let conditions): "any(\(conditions.map(\.description).joined(separator: ", ")))"
        }
    }
}

/// How an item is read from the model when it is not answered.
public struct InferenceRule: Sendable, Equatable {
    /// How the clauses turn into a value.
    public enum Method: Sendable, Equatable {
        /// Climb from the bottom of the scale through each value, lowest first, while all
        /// of its clauses hold.
        case ladder([(value: Int, clauses: [RuleClause])])
        /// The bottom of the scale plus one for every clause that holds.
        case tally([RuleClause])

        /// Whether two methods have the same steps or clauses.
        public static func == (lhs: Method, rhs: Method) -> Bool {
            switch (lhs, rhs) {
            case let (.ladder(a), .ladder(b)):
                a.count == b.count && zip(a, b).allSatisfy { $0.value == $1.value && $0.clauses == $1.clauses }
            case let (.tally(a), .tally(b)): a == b
            default: false
            }
        }
    }

    /// Clauses that must hold before anything is inferred.
    public var requires: [RuleClause]
    /// Ladder or tally.
    public var method: Method

    /// Creates a rule.
    public init(requires: [RuleClause] = [], method: Method) {
        self.requires = requires
        self.method = method
    }

    /// Every condition the rule reads.
    public var conditions: [FactCondition] {
        let body: [RuleClause] = switch method {
        case .ladder(let rungs): rungs.flatMap(\.clauses)
        case .tally(let clauses): clauses
        }
        return (requires + body).flatMap(\.conditions)
    }
}

/// A rule written wrongly in a question set.
public struct RuleSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what was expected.
    public var message: String

    init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// " (did you mean 'x'?)" or nothing.
enum SuggestionHint {
    static func `for`(_ word: String, among candidates: [String]) -> String {
        Suggestion.hint(for: word, among: candidates)
    }
}
