import Foundation
import SiloscopeTestSupport
import Testing

/// Runs the built `siloscope report`: writes the page, refuses to overwrite its inputs,
/// exits as documented. Skipped when the binary has not been built next to the tests
/// (`swift build --product siloscope` or `make test` builds it).
@Suite struct ReportCommandEndToEndTests {
    static let binary = SiloscopeBinary.url

    /// Runs the binary in the repository root.
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try SiloscopeBinary.run(arguments)
    }

    private let quick = ["--runs", "3", "--cases", "1000", "--robustness-samples", "0"]

    @Test(.enabled(if: binary != nil))
    func writesTheTurkishPage() throws {
        let output = ReportFixture.directory.appendingPathComponent("cli-\(UUID().uuidString).html").path
        let result = try run(["report", "org-models/salon.yaml", "--scenario", "scenarios/bank-crm-under-ceo.yaml",
                              "-o", output, "--lang", "tr"] + quick)
        #expect(result.status == 1, "a bank scenario on the salon model is an error at the scenario's base line")
        #expect(result.err.contains("bank-crm-under-ceo.yaml"))

        let written = try run(["report", "org-models/salon.yaml", "-o", output, "--lang", "tr"] + quick)
        #expect(written.status == 0, "\(written.err)")
        #expect(written.out.contains("\(output): workshop report (tr) of Makas Kuaför"))
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"tr\">"))
        #expect(html.contains("Yönetici özeti"))
    }

    @Test(.enabled(if: binary != nil))
    func refusesToOverwriteInputsAndRejectsBadOptions() throws {
        let model = ReportFixture.root.appendingPathComponent("org-models/salon.yaml")
        let before = try Data(contentsOf: model)
        let overwrite = try run(["report", "org-models/salon.yaml", "-o", "org-models/salon.yaml"] + quick)
        #expect(overwrite.status == 2)
        #expect(overwrite.err.contains("refusing to overwrite"))
        #expect(try Data(contentsOf: model) == before, "the model file is never modified")

        let language = try run(["report", "org-models/salon.yaml", "-o", "/tmp/x.html", "--lang", "de"])
        #expect(language.status == 64)
        let runs = try run(["report", "org-models/salon.yaml", "-o", "/tmp/x.html", "--runs", "1"])
        #expect(runs.status == 64)
        let missing = try run(["report", "org-models/no-such-model.yaml", "-o", "/tmp/x.html"] + quick)
        #expect(missing.status == 2)
    }
}
