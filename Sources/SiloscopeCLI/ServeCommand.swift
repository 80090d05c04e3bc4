import ArgumentParser
import Foundation
import SiloscopeModel
import SiloscopeScenarios
import SiloscopeServer
import SiloscopeWorkshop

/// `siloscope serve MODEL`: the live workshop page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a live workshop page: change the organization on screen and see what it does, with intervals.",
        discussion: """
            Starts a local web server and prints its address. The page shows today's org \
            chart, the headline figures and the recommendation's ranking; every change \
            (move a unit, merge, add or remove a handoff, a copy's sync mode, a parameter, \
            the --scenario files switched on and off) is re-simulated with common random \
            numbers against today: first figures after --first-runs replications, then the \
            intervals tighten up to --runs. Several browsers can watch one session. "Save \
            as scenario" writes a scenario file in the folder the server was started in \
            (never the model, never an input). With a --host other than 127.0.0.1 a random \
            token is required and printed in the address. See docs/serve.md. Exit codes: 0 \
            stopped, 1 the model or a scenario has errors, 2 a file cannot be read or the \
            port cannot be bound, 3 today's organization cannot be simulated, 64 usage error.
            """
    )

    @Argument(help: "The model file (YAML or JSON): today's organization. Never written.")
    var model: String

    @Option(name: .customLong("scenario"), help: "A scenario file the page can switch on and off (repeatable).")
    var scenarios: [String] = []

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Address to bind: 127.0.0.1 (this machine only); 0.0.0.0 shares the page in the room and requires the printed token.")
    var host = "127.0.0.1"

    @Option(help: "The page's language: en or tr.")
    var lang: Language = .en

    @Option(name: .customLong("first-runs"), help: "Replications of the first figures shown after a change.")
    var firstRuns = 2

    @Option(name: .customLong("robustness-samples"), help: "Parameter sets for the recommendation's robustness check (0 skips it).")
    var robustnessSamples = 0

    @OptionGroup var simulation: SimulationFlags

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535, got \(port)") }
        if firstRuns < 2 { throw ValidationError("--first-runs must be at least 2 for an interval, got \(firstRuns)") }
        if robustnessSamples < 0 { throw ValidationError("--robustness-samples must not be negative, got \(robustnessSamples)") }
    }

    func run() throws {
        let loaded = try loadModel(model)
        var bundled: [BundledScenario] = []
        for path in scenarios {
            do {
                let scenario = try BundledScenario.load(path: path)
                // Checked against this model now, so a bad file stops here with its lines.
                _ = try ScenarioLoader.load(path: path).apply(to: loaded)
                bundled.append(scenario)
            } catch {
                report(error)
                throw error.kind == .unreadable ? Exit.io : Exit.invalidInput
            }
        }
        if Set(bundled.map(\.id)).count != bundled.count {
            throw ValidationError("two --scenario files have the same name; each file name (without .yaml) must be unique")
        }
        var configuration = ServeConfiguration(modelPath: model)
        configuration.scenarioPaths = scenarios
        configuration.host = host
        configuration.port = port
        configuration.language = lang
        configuration.simulation = try simulation.options()
        configuration.firstRuns = firstRuns
        configuration.robustnessSamples = robustnessSamples
        if !ServeConfiguration.isLoopback(host) { configuration.token = ServeConfiguration.randomToken() }
        let progress = Progress.start("simulating today (\(configuration.stages.map(String.init).joined(separator: ", ")) replications)")
        let session: WorkshopSession
        do {
            session = try WorkshopSession(configuration: configuration, base: loaded, bundled: bundled)
            progress.stop()
        } catch {
            progress.stop()
            printError(error.message)
            throw Exit.cannotSimulate
        }
        Thread.detachNewThread {
            session.drawInitialDiagrams()
            session.computeRecommendation()
        }
        let token = configuration.token
        let organization = loaded.model.organization.name
        let folder = configuration.workingDirectory
        let shownHost = host == "0.0.0.0" || host == "::" ? (ProcessInfo.processInfo.hostName) : host
        // Ctrl-C and SIGTERM end the process at once (every file is written atomically).
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { Foundation.exit(0) }
            source.resume()
            StopSignals.sources.append(source)
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await WorkshopServer.run(session) { port in
                    var address = "http://\(shownHost.contains(":") ? "[\(shownHost)]" : shownHost):\(port)/"
                    if let token { address += "?token=\(token)" }
                    FileHandle.standardOutput.write(Data("""
                        siloscope serve: \(organization) at \(address)
                        (Ctrl-C stops; scenarios are saved in \(folder))

                        """.utf8))
                }
            } catch {
                failure.message = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            printError("siloscope serve: error: cannot serve on \(host):\(port): \(message)")
            throw Exit.io
        }
    }
}

/// The server task's error, read after it ends.
private final class ServeFailure: @unchecked Sendable {
    var message: String?
}

/// Keeps the signal sources alive while serving.
private enum StopSignals {
    nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
}
