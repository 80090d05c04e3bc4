import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SiloscopeTestSupport

/// `siloscope serve` running as a user starts it, in a folder of its own (the only place
/// it may write), on a free port; stopped by `stop()`.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let folder: URL
    let address: URL
    let token: String?
    let port: Int

    /// Serves the bank model from a fresh folder: a copy in that folder, or (`copy: false`)
    /// the repository's own file, which the bundled scenarios name as their base.
    init(extra: [String] = [], host: String = "127.0.0.1", copy: Bool = true) throws {
        folder = try SiloscopeBinary.temporaryDirectory()
        let original = SiloscopeBinary.root.appendingPathComponent("org-models/bank.yaml")
        let model = copy ? "bank.yaml" : original.path
        if copy { try FileManager.default.copyItem(at: original, to: folder.appendingPathComponent("bank.yaml")) }
        guard let binary = SiloscopeBinary.url else { throw ServeTestError("siloscope is not built") }
        process.executableURL = binary
        process.arguments = ["serve", model, "--port", "0", "--host", host, "--first-runs", "2"] + Self.smallRun + extra
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address once the port is bound.
        var text = ""
        let handle = out.fileHandleForReading
        let deadline = Date().addingTimeInterval(120)
        while !text.contains("\n"), Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"http://\S+"#, options: .regularExpression),
              let printed = URL(string: String(text[range])),
              let port = printed.port else {
            process.terminate()
            throw ServeTestError("serve printed no address: \(text)")
        }
        self.port = port
        token = URLComponents(url: printed, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value
        address = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Small runs so that a test takes seconds (with `--first-runs 2`: steps of 2, 4 and 6
    /// replications); `compare` takes the same flags.
    static let smallRun = ["--runs", "6", "--cases", "2000", "--warmup", "200", "--seed", "3"]

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// One request; answers status and body.
    func request(_ method: String, _ path: String, body: String? = nil, contentType: String = "application/json",
                 token: String? = nil) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: address)!)
        request.httpMethod = method
        request.timeoutInterval = 120
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        if let token = token ?? self.token { request.setValue(token, forHTTPHeaderField: "X-Siloscope-Token") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// A JSON answer as a dictionary.
    func json(_ method: String, _ path: String, body: String? = nil) async throws -> (status: Int, object: [String: Any]) {
        let (status, data) = try await request(method, path, body: body)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (status, object)
    }

    /// Polls the state until every replication is done (or the change is unstable).
    func completeState() async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline {
            let (_, state) = try await json("GET", "/api/state")
            if let progress = state["progress"] as? [String: Any], progress["complete"] as? Bool == true { return state }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw ServeTestError("the state never completed")
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads Server-Sent Events from a plain socket (the stream never ends, so a whole-body
/// request cannot be used).
final class EventReader {
    private let socket: Int32
    private var buffer = ""

    init(port: Int, path: String = "/api/events") throws {
        #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServeTestError("cannot connect to port \(port)") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
    }

    deinit { close(socket) }

    /// The next `state` event's JSON.
    func nextState() throws -> [String: Any] {
        while true {
            if let start = buffer.range(of: "data: "), let end = buffer.range(of: "\n", range: start.upperBound..<buffer.endIndex) {
                let line = String(buffer[start.upperBound..<end.lowerBound])
                buffer = String(buffer[end.upperBound...])
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { continue }
                return object
            }
            var bytes = [UInt8](repeating: 0, count: 65536)
            let count = recv(socket, &bytes, bytes.count, 0)
            guard count > 0 else { throw ServeTestError("the event stream ended or timed out") }
            buffer += String(decoding: bytes[0..<count], as: UTF8.self)
        }
    }
}
