import ArgumentParser
import Foundation
import SiloscopeDiagnosis
import SiloscopeModel

/// `siloscope assess FILE`: CRM maturity, readiness scorecard, lifecycle focus and
/// placement determinants, from the model's answers and what the model shows.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess CRM maturity, readiness, lifecycle focus and the placement determinants of a model.",
        discussion: """
            Reads the model's assessment answers and what the model itself shows (systems and \
            their sync, campaigns, complaint handling, reporting). Each item is known (answered), \
            inferred from the model, or unknown. The questions and rules come from a data file \
            (docs/assessment.md); pass an adapted copy with --questions. Exit code 0 on success \
            (warnings allowed), 1 when the model is invalid or an answer cannot be used (out of \
            range, wrong type: the report is still written, treating it as unanswered), 2 when \
            a file cannot be read or written.
            """
    )

    /// Output format.

    /// Output language.
    @Argument(help: "The model file (YAML or JSON).")
    var file: String

    @Option(help: "Output: table (terminal), markdown or json.")
    var format: DocumentFormat = .table

    @Option(help: "Language of table and Markdown output: en or tr (JSON carries both).")
    var lang: Language = .en

    @Option(help: "A question set file to use instead of the bundled one.")
    var questions: String?

    @Option(name: [.short, .long], help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Width of the table output in characters.")
    var width: Int = 100

    @Flag(help: "Table and Markdown without the evidence and steps under each item.")
    var brief = false

    @Flag(help: "Treat warnings about the answers (disagreements with the model, unknown ids) as errors.")
    var strict = false

    func validate() throws {
        guard width >= 60 else { throw ValidationError("--width must be at least 60, found \(width)") }
    }

    func run() throws {
        let loaded = try loadModel(file)
        let questionSet: AssessmentQuestionSet
        do {
            questionSet = try questions.map { try AssessmentQuestionSet.load(path: $0) } ?? AssessmentQuestionSet.bundled()
        } catch let error as DiagnosticsError {
            report(error)
            throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
        }
        let assessment = Assessment.assess(loaded, questionSet: questionSet)
        // Answers that cannot be used are treated as unknown: the report is still written
        // (it lists them under findings), and the exit code says the input was invalid.
        let failing = assessment.findings.filter { $0.severity == .error || strict }
        for finding in failing { printError(finding.description) }
        let text: String
        do {
            text = try assessment.rendered(
                as: AssessmentFormat(rawValue: format.rawValue) ?? .table,
                language: lang, width: width, evidence: !brief)
        } catch {
            printError("error: cannot encode the assessment: \(error)")
            throw Exit.invalidInput
        }
        if let output {
            try writeOutput(Data(text.utf8), to: output, inputs: [file] + (questions.map { [$0] } ?? []))
        } else {
            print(text, terminator: "")
        }
        if !failing.isEmpty {
            let count = failing.count
            printError("\(count) problem\(count == 1 ? "" : "s") in the assessment answers; those answers were not used")
            throw Exit.invalidInput
        }
    }
}
