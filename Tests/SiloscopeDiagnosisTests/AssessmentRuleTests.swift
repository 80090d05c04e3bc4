import Testing
@testable import SiloscopeDiagnosis

/// Ladders climb while every clause holds; unknown facts leave the result open; tallies
/// count; requirements gate.
@Suite struct AssessmentRuleTests {
    func evaluate(_ rule: InferenceRule, _ values: [AssessmentFact: Double], scale: ClosedRange<Int> = 1...4) -> RuleOutcome {
        let facts = ModelFacts(values: values.mapValues { FactValue(value: $0) })
        return RuleEvaluator(facts: facts, questions: bundledQuestions).evaluate(rule, scale: scale)
    }

    func condition(_ text: String) -> RuleClause {
        guard case .success(let condition) = FactCondition.parse(text) else { preconditionFailure(text) }
        return .condition(condition)
    }

    var ladder: InferenceRule {
        InferenceRule(requires: [condition("copy_count >= 1")], method: .ladder([
            (2, [condition("unsynced_copy_share <= 0.5")]),
            (3, [condition("realtime_copy_share >= 0.5"), condition("crm_single_customer_view")]),
        ]))
    }

    @Test func ladderStopsAtTheFirstStepThatFails() {
        let outcome = evaluate(ladder, [.copyCount: 4, .unsyncedCopyShare: 0.25, .realtimeCopyShare: 0.25, .crmSingleCustomerView: 1])
        #expect(outcome.value == 2)
        #expect(outcome.upperBound == 2)
        #expect(outcome.evidence.contains { $0.condition == "realtime_copy_share >= 0.5" && $0.holds == false && $0.step == 3 })
    }

    @Test func ladderLeavesTheTopOpenWhenTheRuleCannotSeeIt() {
        let outcome = evaluate(ladder, [.copyCount: 4, .unsyncedCopyShare: 0, .realtimeCopyShare: 1, .crmSingleCustomerView: 1])
        #expect(outcome.value == 3)
        #expect(outcome.upperBound == 4)
    }

    @Test func anUnknownFactMakesTheResultALowerBound() {
        let outcome = evaluate(ladder, [.copyCount: 4, .unsyncedCopyShare: 0.25, .crmSingleCustomerView: 1])
        #expect(outcome.value == 2)
        #expect(outcome.upperBound == 4)
        #expect(outcome.evidence.contains { $0.fact == .realtimeCopyShare && $0.holds == nil })
    }

    @Test func aFailedRequirementInfersNothing() {
        let outcome = evaluate(ladder, [.copyCount: 0])
        #expect(outcome.value == nil)
        #expect(outcome.evidence.contains { $0.condition == "copy_count >= 1" && $0.holds == false })
    }

    @Test func tallyCountsHoldingClausesAndBoundsUnknownOnes() {
        let rule = InferenceRule(method: .tally([
            condition("has_data_warehouse"), condition("crm_single_customer_view"), condition("mean_context_kept < 0.7"),
        ]))
        let outcome = evaluate(rule, [.hasDataWarehouse: 1, .crmSingleCustomerView: 0], scale: 0...4)
        #expect(outcome.value == 1)
        #expect(outcome.upperBound == 2)
        #expect(evaluate(rule, [:], scale: 0...4).value == nil)
    }

    @Test func anyClauseHoldsWhenOneConditionHolds() throws {
        guard case .success(let a) = FactCondition.parse("has_data_warehouse"),
              case .success(let b) = FactCondition.parse("copy_count == 0") else { Issue.record("parse"); return }
        let rule = InferenceRule(method: .ladder([(2, [.any([a, b])])]))
        #expect(evaluate(rule, [.hasDataWarehouse: 0, .copyCount: 0]).value == 2)
        #expect(evaluate(rule, [.hasDataWarehouse: 0, .copyCount: 3]).value == 1)
        let open = evaluate(rule, [.hasDataWarehouse: 0])
        #expect(open.value == 1 && open.upperBound == 4)
    }

    @Test func evidenceReadsInBothLanguages() throws {
        let outcome = evaluate(ladder, [.copyCount: 4, .unsyncedCopyShare: 0.75])
        let text = try #require(outcome.evidence.first { $0.fact == .unsyncedCopyShare }?.text)
        #expect(text.en.hasSuffix("75%; needs ≤ 50%"))
        #expect(text.tr.hasSuffix("%75; gereken ≤ %50"))
    }
}
