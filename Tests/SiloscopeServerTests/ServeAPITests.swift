import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SiloscopeTestSupport
import Testing

/// `siloscope serve` end to end: the built binary, its HTTP API, its live stream, its
/// files, its refusals. Runs serialized: each test starts its own server.
@Suite(.serialized, .enabled(if: SiloscopeBinary.url != nil, "siloscope is not built; run `make test`"))
struct ServeAPITests {
    static func metric(_ state: [String: Any], _ name: String) -> [String: Any]? {
        (state["metrics"] as? [[String: Any]])?.first { $0["metric"] as? String == name }
    }

    static func delta(_ state: [String: Any], _ name: String) -> [String: Any]? {
        (metric(state, name)?["now"] as? [String: Any])?["delta"] as? [String: Any]
    }

    @Test func movingTheCRMTeamIsSimulatedInStepsAndSavedAsAScenarioThatCompareAgreesWith() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let (status, today) = try await server.json("GET", "/api/state")
        #expect(status == 200)
        #expect(today["version"] as? Int == 0)
        #expect(today["status"] as? String == "complete")
        // The bank has an economics section: today's silo cost in lira, no saving before a change.
        let money = try #require(today["business_case"] as? [String: Any], "the bank is priced")
        #expect(money["currency"] as? String == "TRY")
        #expect(((money["silo_cost"] as? [String: Any])?["p50"] as? Double ?? 0) > 0)
        #expect(money["saving"] is NSNull)
        #expect((today["today"] as? [String: Any])?["silo_friction_index"] != nil, "today's figures as simulate --format json")
        let todayDelta = try #require(Self.delta(today, "resolution_minutes"))
        #expect(todayDelta["mean"] as? Double == 0, "no changes: the delta is exactly 0")

        // The first answer comes after the first step (2 of 6 replications).
        let (moved, first) = try await server.json("POST", "/api/changes", body: #"[{"move_crm": {"to": "gmy_pazarlama"}}]"#)
        #expect(moved == 200, "\(first)")
        let progress = try #require(first["progress"] as? [String: Any])
        #expect(progress["runs_done"] as? Int == 2)
        #expect(progress["runs_total"] as? Int == 6)
        #expect((first["change_summaries"] as? [String])?.first?.contains("gmy_pazarlama") == true)
        let firstDelta = try #require(Self.delta(first, "resolution_minutes"))

        // Then the intervals tighten as the remaining replications finish.
        let final = try await server.completeState()
        #expect(final["status"] as? String == "complete")
        #expect((final["progress"] as? [String: Any])?["runs_done"] as? Int == 6)
        let finalDelta = try #require(Self.delta(final, "resolution_minutes"))
        let firstWidth = (firstDelta["high"] as! Double) - (firstDelta["low"] as! Double)
        let finalWidth = (finalDelta["high"] as! Double) - (finalDelta["low"] as! Double)
        #expect(finalWidth < firstWidth, "6 replications give a narrower interval than 2: \(finalWidth) vs \(firstWidth)")

        // Saved as a scenario, `compare` with the same flags gives the same deltas.
        let (saved, answer) = try await server.json("POST", "/api/save", body: #"{"file": "workshop.yaml", "name": "CRM under Marketing"}"#)
        #expect(saved == 200, "\(answer)")
        let file = server.folder.appendingPathComponent("workshop.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("base: \"bank.yaml\""))
        let compare = try SiloscopeBinary.run(["compare", server.folder.appendingPathComponent("bank.yaml").path,
                                               "--scenario", file.path, "--format", "json"] + ServeProcess.smallRun)
        #expect(compare.status == 0, "\(compare.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(compare.out.utf8)) as? [String: Any])
        let scenario = try #require((report["scenarios"] as? [[String: Any]])?.first)
        var checked = 0
        for entry in scenario["metrics"] as? [[String: Any]] ?? [] {
            guard let name = entry["metric"] as? String, let expected = entry["delta"] as? [String: Any],
                  let got = Self.delta(final, name) else { continue }
            for key in ["mean", "low", "high"] {
                if let a = expected[key] as? Double, let b = got[key] as? Double {
                    #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(name).\(key): compare \(a), serve \(b)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 20, "compared \(checked) delta bounds")

        // The scenario file as served is the same text.
        let (yamlStatus, yaml) = try await server.request("GET", "/api/scenario.yaml")
        #expect(yamlStatus == 200)
        #expect(String(decoding: yaml, as: UTF8.self).contains(#"{"move_crm":{"to":"gmy_pazarlama"}}"#))

        // Undo goes back to today; reset is undoable.
        let (_, undone) = try await server.json("POST", "/api/undo", body: "{}")
        #expect((undone["changes"] as? [Any])?.isEmpty == true)
        #expect((Self.delta(undone, "resolution_minutes")?["mean"] as? Double) == 0)
    }

    @Test func badRequestsAreRefusedWithAMessageAndChangeNothing() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        func expectError(_ method: String, _ path: String, _ body: String?, status: Int, contains words: String,
                         contentType: String = "application/json") async throws {
            let (code, data) = try await server.request(method, path, body: body, contentType: contentType)
            let message = ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["error"] as? String ?? ""
            #expect(code == status, "\(path) \(body ?? ""): \(code) \(message)")
            #expect(message.contains(words), "\(message)")
        }
        try await expectError("POST", "/api/changes", "{not json", status: 400, contains: "not valid JSON")
        try await expectError("POST", "/api/changes", #"[{"move": {"unit": "crm_ekibi", "to": "no_such_unit"}}]"#,
                              status: 400, contains: "change 1 (move): move.to: unknown unit 'no_such_unit'")
        try await expectError("POST", "/api/changes", #"[{"sync": {"system": "cm_ekrani", "mode": "realtime"}}, {"mvoe": {}}]"#,
                              status: 400, contains: "change 2 (mvoe): unknown change 'mvoe' (did you mean 'move'?)")
        try await expectError("POST", "/api/changes", #"[{"move": {}, "merge": {}}]"#, status: 400, contains: "exactly one key")
        try await expectError("POST", "/api/changes", #"[{"scenario": "nope"}]"#, status: 400, contains: "unknown bundled scenario")
        try await expectError("POST", "/api/changes", #"{"changes": [], "extra": 1}"#, status: 400, contains: "unknown field 'extra'")
        try await expectError("POST", "/api/changes", "[" + String(repeating: #"{"move_crm": {"to": "gmy_bt"}},"#, count: 3000) + "]",
                              status: 413, contains: "larger than")
        try await expectError("POST", "/api/changes", "[]", status: 415, contains: "Content-Type", contentType: "text/plain")
        try await expectError("POST", "/api/undo", "{}", status: 409, contains: "nothing to undo")
        try await expectError("POST", "/api/scenarios/nope/toggle", "{}", status: 404, contains: "unknown scenario")
        try await expectError("GET", "/api/diagrams/nope.svg", nil, status: 404, contains: "no diagram")
        // Files: only plain names in the start folder, never the model.
        try await expectError("POST", "/api/save", #"{"file": "../escape.yaml"}"#, status: 400, contains: "not allowed")
        try await expectError("POST", "/api/save", #"{"file": "/tmp/x.yaml"}"#, status: 400, contains: "not allowed")
        try await expectError("POST", "/api/save", #"{"file": "bank.yaml"}"#, status: 409, contains: "never overwritten")
        try FileManager.default.createDirectory(at: server.folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: server.folder.appendingPathComponent("someone-elses.yaml"))
        try await expectError("POST", "/api/save", #"{"file": "someone-elses.yaml"}"#, status: 409, contains: "not written by this session")
        #expect(try String(contentsOf: server.folder.appendingPathComponent("someone-elses.yaml"), encoding: .utf8) == "mine")
        let (_, state) = try await server.json("GET", "/api/state")
        #expect(state["version"] as? Int == 0, "no refused request changed the session")
        let model = try Data(contentsOf: server.folder.appendingPathComponent("bank.yaml"))
        #expect(model == (try Data(contentsOf: SiloscopeBinary.root.appendingPathComponent("org-models/bank.yaml"))))
    }

    @Test func anUnstableQueueIsShownAsSuchAndTheServerGoesOn() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        // The call centre with one handler cannot keep up with its arrivals.
        let (status, answer) = try await server.json("POST", "/api/changes",
                                                     body: #"[{"set_unit": {"unit": "cagri_merkezi", "case_handlers": 1}}]"#)
        #expect(status == 200, "\(answer)")
        #expect(answer["status"] as? String == "unstable")
        #expect((answer["problem"] as? String)?.contains("cagri_merkezi") == true, "\(answer["problem"] ?? "")")
        let (next, after) = try await server.json("POST", "/api/undo", body: "{}")
        #expect(next == 200)
        #expect(after["status"] as? String == "complete")
    }

    @Test func userTextIsEscapedInTheDiagramsAndThePageUsesNoInlineScript() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let evil = #"<script>alert(1)</script> & \"x\""#
        let body = #"[{"merge": {"units": ["bireysel_raporlama", "kart_raporlama"], "into": {"id": "merkez", "name": "\#(evil)"}}}]"#
        let (status, answer) = try await server.json("POST", "/api/changes", body: body)
        #expect(status == 200, "\(answer)")
        let units = (answer["organization_after"] as? [String: Any])?["units"] as? [[String: Any]] ?? []
        #expect(units.contains { ($0["name"] as? String)?.hasPrefix("<script>") == true }, "the name is kept as text in JSON")
        _ = try await server.completeState()
        var svg = ""
        for _ in 0..<300 {
            let (code, data) = try await server.request("GET", "/api/diagrams/org.svg")
            svg = String(decoding: data, as: UTF8.self)
            if code == 200, svg.contains("merkez") { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        #expect(svg.contains("&lt;script&gt;"), "the unit name is escaped in the SVG")
        #expect(!svg.contains("<script"))
        let (pageStatus, page) = try await server.request("GET", "/")
        #expect(pageStatus == 200)
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains(#"<script src="/app.js""#))
        #expect(html.components(separatedBy: "<script").count == 2, "one script, from this server")
        let (_, script) = try await server.request("GET", "/app.js")
        #expect(!String(decoding: script, as: UTF8.self).contains("innerHTML"), "text goes in with textContent only")
    }

    @Test func severalWatchersSeeEachChangeAsItHappens() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let watchers = try (0..<2).map { _ in try EventReader(port: server.port) }
        for watcher in watchers { #expect(try watcher.nextState()["version"] as? Int == 0) }
        let (status, _) = try await server.json("POST", "/api/changes", body: #"[{"move_crm": {"to": "genel_mudur"}}]"#)
        #expect(status == 200)
        for watcher in watchers {
            var state = try watcher.nextState()
            while (state["progress"] as? [String: Any])?["complete"] as? Bool != true || state["version"] as? Int != 1 {
                state = try watcher.nextState()
            }
            #expect((state["changes"] as? [[String: Any]])?.first?["move_crm"] != nil)
        }
    }

    @Test func anotherHostNeedsTheToken() async throws {
        let server = try ServeProcess(host: "0.0.0.0")
        defer { server.stop() }
        let token = try #require(server.token, "a token is printed with the address")
        #expect(token.count == 32)
        let (refused, _) = try await server.request("GET", "/api/state", token: "wrong")
        #expect(refused == 403)
        let (allowed, _) = try await server.request("GET", "/api/state", token: token)
        #expect(allowed == 200)
    }

    @Test func bundledScenariosSwitchOnAndOff() async throws {
        let scenario = SiloscopeBinary.root.appendingPathComponent("scenarios/bank-crm-under-ceo.yaml").path
        let server = try ServeProcess(extra: ["--scenario", scenario], copy: false)
        defer { server.stop() }
        let (_, on) = try await server.json("POST", "/api/scenarios/bank-crm-under-ceo/toggle", body: "{}")
        let switches = on["scenarios"] as? [[String: Any]] ?? []
        #expect(switches.first?["enabled"] as? Bool == true)
        #expect((on["change_summaries"] as? [String])?.first?.contains("genel_mudur") == true, "\(on["change_summaries"] ?? "")")
        let (_, yaml) = try await server.request("GET", "/api/scenario.yaml")
        #expect(String(decoding: yaml, as: UTF8.self).contains("genel_mudur"), "saved files hold the scenario's own changes")
        let (_, off) = try await server.json("POST", "/api/scenarios/bank-crm-under-ceo/toggle", body: "{}")
        #expect((off["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func aTouchpointsScreensAndAParameterChangeThroughTheAPI() async throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let body = #"[{"screens": {"touchpoint": "cm_telefon", "reads": ["crm_db"]}}, {"set_simulation": {"parameters": {"transfer_minutes_per_level": 30}}}]"#
        let (status, state) = try await server.json("POST", "/api/changes", body: body)
        #expect(status == 200, "\(state)")
        let touchpoints = (state["organization_after"] as? [String: Any])?["touchpoints"] as? [[String: Any]] ?? []
        #expect(touchpoints.first { $0["id"] as? String == "cm_telefon" }?["reads"] as? [String] == ["crm_db"])
        let parameters = (state["organization_after"] as? [String: Any])?["parameters"] as? [[String: Any]] ?? []
        #expect(parameters.first { $0["name"] as? String == "transfer_minutes_per_level" }?["value"] as? Double == 30)
        let final = try await server.completeState()
        let delta = try #require(Self.delta(final, "resolution_minutes"))
        #expect(delta["significant"] as? Bool == true, "slower handoffs across levels change resolution time for real: \(delta)")
    }
}
