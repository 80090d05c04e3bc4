import Foundation
import Testing

/// Opens the report in headless Chromium through `scripts/check-report.sh`: no console
/// message, no network request, a screenshot. Runs only where Chromium is installed (or
/// `CHROMIUM` names it); the script installs it when run by hand, a test does not.
@Suite(.serialized) struct BrowserCheckTests {
    static let script = ReportFixture.root.appendingPathComponent("scripts/check-report.sh")

    /// Chromium on the PATH, or the binary `CHROMIUM` names.
    static let chromium: String? = {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// Runs the check script; returns its exit status and standard error.
    func check(_ html: String, name: String) throws -> (status: Int32, err: String, screenshot: URL) {
        let directory = ReportFixture.directory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("\(name).html")
        let screenshot = directory.appendingPathComponent("\(name).png")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script.path, page.path, screenshot.path, "1600,2400"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self), screenshot)
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed; run scripts/check-report.sh by hand (it installs it)"),
          arguments: ["en", "tr"])
    func reportLoadsCleanly(_ language: String) throws {
        let pages = try ReportFixture.pages.get()
        let result = try check(language == "en" ? pages.en : pages.tr, name: "report-\(language)")
        #expect(result.status == 0, "\(result.err)")
        let size = (try? FileManager.default.attributesOfItem(atPath: result.screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "the screenshot has content")
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func theCheckCatchesRequestsAndErrors() throws {
        let bad = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bad</title></head>
            <body><img src="https://example.invalid/pixel.png"><script>undefinedFunction()</script></body></html>
            """
        let result = try check(bad, name: "bad")
        #expect(result.status == 1)
        #expect(result.err.contains("example.invalid"))
        #expect(result.err.contains("Uncaught"))
    }
}
