import Foundation
import Hummingbird
import Logging
import SiloscopeModel
import SiloscopeReport
import SiloscopeScenarios
import SiloscopeWorkshop

/// The HTTP side of `siloscope serve`: the page and its assets, the JSON API, the live
/// update stream (Server-Sent Events) and the downloads. See docs/serve.md.
public enum WorkshopServer {
    /// Request bodies larger than this are refused (413).
    public static let maximumBody = 64 * 1024

    /// Builds the router for a session.
    public static func router(_ session: WorkshopSession) -> Router<BasicRequestContext> {
        let router = Router()
        let configuration = session.configuration
        router.middlewares.add(GuardMiddleware(token: configuration.token))

        router.get("/") { _, _ in asset(PageAssets.html(language: configuration.language), type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in asset(PageAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/style.css") { _, _ in asset(PageAssets.style, type: "text/css; charset=utf-8") }

        router.get("/api/state") { _, _ in json(session.stateJSON()) }
        router.post("/api/changes") { request, _ in
            await answer {
                let body = try await jsonBody(request)
                let bundledIDs = session.bundled.map(\.id)
                if let object = body as? [String: Any] {
                    guard let changes = object["changes"] else {
                        throw ServeError(400, "expected a JSON array of changes (appended) or {\"changes\": [...]} (replaces the list)")
                    }
                    let unknown = object.keys.filter { $0 != "changes" }.sorted()
                    guard unknown.isEmpty else {
                        throw ServeError(400, "unknown field '\(unknown[0])'; expected only 'changes'")
                    }
                    return try await session.change(to: ChangeList(items: ChangeList.parse(items: changes, bundled: bundledIDs)))
                }
                return try await session.append(ChangeList.parse(items: body, bundled: bundledIDs))
            }
        }
        router.post("/api/undo") { _, _ in await answer { try await session.undo() } }
        router.post("/api/reset") { _, _ in await answer { try await session.reset() } }
        router.post("/api/scenarios/:id/toggle") { _, context in
            await answer { try await session.toggle(scenario: context.parameters.get("id") ?? "") }
        }
        router.get("/api/scenario.yaml") { _, _ in
            asset(scenarioText(session, name: "Workshop"), type: "application/yaml; charset=utf-8",
                  disposition: "attachment; filename=\"workshop-scenario.yaml\"")
        }
        router.post("/api/save") { request, _ in
            await answer {
                let body = try await jsonBody(request)
                guard let object = body as? [String: Any], let file = object["file"] as? String else {
                    throw ServeError(400, "expected {\"file\": \"NAME.yaml\", \"name\": \"scenario name\"}")
                }
                let name = (object["name"] as? String) ?? (file as NSString).deletingPathExtension
                return try save(session, file: file, name: name)
            }
        }
        router.get("/api/report.html") { request, _ in
            let language = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? configuration.language
            do {
                let html = try await report(session, language: language)
                return asset(html, type: "text/html; charset=utf-8",
                             disposition: "attachment; filename=\"workshop-report-\(language.rawValue).html\"")
            } catch {
                return errorResponse(error)
            }
        }
        router.get("/api/diagrams/:name") { _, context in
            let file = context.parameters.get("name") ?? ""
            let name = file.hasSuffix(".svg") ? String(file.dropLast(4)) : file
            guard let svg = session.diagram(name) else {
                return errorResponse(ServeError(404, "no diagram '\(name)' (yet)"))
            }
            return Response(status: .ok, headers: headers("image/svg+xml"), body: .init(byteBuffer: ByteBuffer(data: svg)))
        }
        router.get("/api/events") { _, _ in
            let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(4))
            let id = session.watch { data in
                var event = "event: state\ndata: "
                event += String(decoding: data, as: UTF8.self)
                event += "\n\n"
                continuation.yield(ByteBuffer(string: event))
            }
            continuation.onTermination = { _ in session.unwatch(id) }
            var headers = headers("text/event-stream")
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: .init(asyncSequence: stream))
        }
        return router
    }

    /// The scenario file of the current changes, with `base:` relative to the start folder.
    static func scenarioText(_ session: WorkshopSession, name: String) -> String {
        let configuration = session.configuration
        return session.changeList.scenarioFile(
            name: name, description: "Changes made in a siloscope serve workshop on \(session.base.model.organization.name).",
            base: relativePath(of: configuration.modelPath, from: configuration.workingDirectory),
            bundled: session.bundled)
    }

    /// Writes the current changes as a scenario file in the start folder.
    static func save(_ session: WorkshopSession, file: String, name: String) throws(ServeError) -> Data {
        guard file.count <= 100, file.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$"#, options: .regularExpression) != nil else {
            throw ServeError(400, "file: '\(file)' is not allowed; expected a plain file name ending in .yaml (letters, digits, '.', '_', '-'), written in the folder the server was started in")
        }
        guard name.count <= 200 else { throw ServeError(400, "name: at most 200 characters") }
        let configuration = session.configuration
        let path = (configuration.workingDirectory as NSString).appendingPathComponent(file)
        let inputs = [configuration.modelPath] + configuration.scenarioPaths
        let canonical = Scenario.canonicalPath(path)
        if inputs.contains(where: { Scenario.canonicalPath($0) == canonical }) {
            throw ServeError(409, "\(file) is an input of this session (the model or a scenario); it is never overwritten")
        }
        guard session.mayWrite(canonical) else {
            throw ServeError(409, "\(file) exists and was not written by this session; choose another name")
        }
        do {
            try TextFile.writeAtomically(scenarioText(session, name: name), to: path, protecting: inputs)
        } catch {
            throw ServeError(500, error.description)
        }
        session.recordWritten(canonical)
        let answer: [String: Any] = ["file": file, "path": path, "changes": session.changeList.items.count]
        return (try? JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys])) ?? Data()
    }

    /// The workshop report of the current changes (one scenario against today).
    static func report(_ session: WorkshopSession, language: Language) async throws -> String {
        let text = scenarioText(session, name: language.pick("Workshop changes", "Atölye değişiklikleri"))
        let file = (session.configuration.workingDirectory as NSString).appendingPathComponent("workshop-scenario.yaml")
        let scenario: Scenario
        do { scenario = try ScenarioLoader.load(text: text, file: file) } catch { throw ServeError(400, error.description) }
        let configuration = session.configuration
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    var options = ReportOptions()
                    options.runs = configuration.simulation.runs
                    options.cases = configuration.simulation.cases
                    options.seed = configuration.simulation.seed
                    options.robustnessSamples = configuration.robustnessSamples
                    let workshop = try WorkshopReport.build(session.base, scenarios: session.changeList.items.isEmpty ? [] : [scenario],
                                                            options: options)
                    continuation.resume(returning: try workshop.html(language: language))
                } catch {
                    continuation.resume(throwing: ServeError(422, "the report cannot be written: \(error)"))
                }
            }
        }
    }

    /// `path` relative to `folder` (both made absolute), e.g. `org-models/bank.yaml` or
    /// `../models/bank.yaml`.
    static func relativePath(of path: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder)).standardizedFileURL.pathComponents
        let start = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, start.count), target[common] == start[common] { common += 1 }
        let parts = Array(repeating: "..", count: start.count - common) + target[common...]
        return parts.joined(separator: "/")
    }

    // MARK: Responses

    static func headers(_ type: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = type
        fields[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        fields[.cacheControl] = "no-store"
        return fields
    }

    static func asset(_ text: String, type: String, disposition: String? = nil) -> Response {
        var fields = headers(type)
        if let disposition { fields[.contentDisposition] = disposition }
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers("application/json; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    static func errorResponse(_ error: any Error) -> Response {
        let serveError = error as? ServeError ?? ServeError(500, "\(error)")
        let body = (try? JSONSerialization.data(withJSONObject: ["error": serveError.message], options: [.sortedKeys])) ?? Data()
        return json(body, status: HTTPResponse.Status(code: serveError.status))
    }

    static func answer(_ work: () async throws -> Data) async -> Response {
        do {
            return json(try await work())
        } catch {
            return errorResponse(error)
        }
    }

    /// The request's JSON body, at most ``maximumBody`` bytes.
    static func jsonBody(_ request: Request) async throws -> Any {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBody)
        } catch {
            throw ServeError(413, "the request body is larger than \(maximumBody / 1024) KB")
        }
        let data = Data(buffer.readableBytesView)
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ServeError(400, "the request body is not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)")
        }
    }
}

/// Refuses API requests without the session's token (when one is set), POSTs that are
/// not JSON (so another web site cannot post through a visitor's browser without a CORS
/// preflight, which is never answered), and requests whose Host header names another
/// site (DNS rebinding).
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.hasPrefix("/api/") {
            if let token {
                let given = request.uri.queryParameters.get("token") ?? request.headers[.init("X-Siloscope-Token")!]
                guard given == token else {
                    return WorkshopServer.errorResponse(ServeError(403, "this session needs its token: open the address siloscope serve printed (…?token=…)"))
                }
            } else if let host = request.head.authority, !Self.isLocal(host) {
                return WorkshopServer.errorResponse(ServeError(403, "host '\(host)' refused: this session listens on the loopback address only"))
            }
            if request.method == .post {
                let type = request.headers[.contentType] ?? ""
                guard type.hasPrefix("application/json") else {
                    return WorkshopServer.errorResponse(ServeError(415, "POST bodies must be JSON with Content-Type: application/json"))
                }
            }
        }
        return try await next(request, context)
    }

    static func isLocal(_ authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") { host = String(host.dropFirst().prefix { $0 != "]" }) } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

extension WorkshopServer {
    /// Binds, calls `onRunning` with the address's port, and serves until the process is
    /// interrupted (SIGINT, SIGTERM).
    public static func run(_ session: WorkshopSession, onRunning: @escaping @Sendable (Int) -> Void) async throws {
        let configuration = session.configuration
        var logger = Logger(label: "siloscope.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router(session),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "siloscope"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        // Stopping is the command's job (Ctrl-C ends the process at once: every file is
        // written atomically, and the event streams never end on their own, so a graceful
        // shutdown would wait for them forever).
        try await app.runService(gracefulShutdownSignals: [])
    }
}
