import Testing
@testable import SiloscopeDiagnosis

@Suite struct AssessmentQuestionSetTests {
    @Test func bundledSetLoads() throws {
        let set = try AssessmentQuestionSet.bundled()
        #expect(set.dimensions.count == 6)
    }
}
