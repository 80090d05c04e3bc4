import Foundation
import SiloscopeModel
import Testing

@testable import SiloscopeRendering

@Suite("Journey view")
struct JourneyViewTests {
    /// Complaints enter at the call centre and branches; some bounce between the
    /// complaints unit and card operations, some return after a reopen.
    static let before = JourneyFlow(
        caseTypeName: "Kart aidatı itirazı", owner: "card_ops", cases: 100,
        entries: [.init(channel: "phone", unit: "callcenter", count: 70), .init(channel: "branch", unit: "istanbul", count: 30)],
        transitions: [
            HandoffKey(from: "callcenter", to: "complaints"): 60, HandoffKey(from: "istanbul", to: "complaints"): 25,
            HandoffKey(from: "complaints", to: "card_ops"): 90, HandoffKey(from: "card_ops", to: "complaints"): 12,
            HandoffKey(from: "callcenter", to: "card_ops"): 10, HandoffKey(from: "card_ops", to: "callcenter"): 7,
            HandoffKey(from: "complaints", to: "legal"): 1,
        ],
        casesMoved: [HandoffKey(from: "complaints", to: "card_ops"): 85],
        ends: ["card_ops": 95, "complaints": 5],
        paths: [.init(units: ["callcenter", "complaints", "card_ops"], count: 52)])

    static let after = JourneyFlow(
        caseTypeName: "Kart aidatı itirazı", owner: "card_ops", cases: 100,
        entries: [.init(channel: "phone", unit: "callcenter", count: 70), .init(channel: "branch", unit: "istanbul", count: 30)],
        transitions: [HandoffKey(from: "callcenter", to: "crm"): 70, HandoffKey(from: "istanbul", to: "crm"): 30,
                      HandoffKey(from: "crm", to: "card_ops"): 100],
        ends: ["card_ops": 100])

    static func svgs(language: Language = .en) throws -> (before: BeforeAfterSVG, after: BeforeAfterSVG) {
        var view = JourneyView(model: SampleOrganization.model, flow: before, after: (SampleOrganization.model, after))
        view.minimumShare = 0.02
        view.language = language
        let diagrams = try view.diagrams()
        let before = try diagrams.before.rendered(as: .svg, engine: .nop)
        let after = try #require(diagrams.after).rendered(as: .svg, engine: .nop)
        OrgViewTests.keep(before, "journey-before.svg")
        OrgViewTests.keep(after, "journey-after.svg")
        return (BeforeAfterSVG(before), BeforeAfterSVG(after))
    }

    @Test("every move drawn carries its count and the share of cases; rare moves are left out and counted")
    func countsOnEdges() throws {
        let (before, _) = try Self.svgs()
        for (key, count) in Self.before.transitions where key.to != "legal" {
            let node = try #require(before.nodes[JourneyView.moveID(key)], "\(key)")
            #expect(node.texts.first == "\(count)×", "\(key)")
        }
        let shared = try #require(before.nodes[JourneyView.moveID(HandoffKey(from: "complaints", to: "card_ops"))])
        #expect(shared.texts.contains("85%"), "the share counts cases, not moves")
        #expect(before.nodes[JourneyView.moveID(HandoffKey(from: "complaints", to: "legal"))] == nil)
        #expect(before.nodes["legend"]?.texts.contains { $0.contains("1 rarer move (") } == true)
        #expect(before.nodes["card_ops"]?.texts.contains("owns this case type") == true)
        #expect(before.nodes["card_ops"]?.texts.contains("100 visits · 95 end here") == true)
    }

    @Test("in Turkish the journey writes its own words in Turkish")
    func turkish() throws {
        let (before, after) = try Self.svgs(language: .tr)
        let shared = try #require(before.nodes[JourneyView.moveID(HandoffKey(from: "complaints", to: "card_ops"))])
        #expect(shared.texts.contains("%85"), "Turkish percent sign first")
        #expect(before.nodes["card_ops"]?.texts.contains("bu vaka türünün sahibi") == true)
        #expect(before.nodes["card_ops"]?.texts.contains("100 ziyaret · 95 burada biter") == true)
        let legend = (before.nodes["legend"]?.texts ?? []).joined(separator: " ")
        #expect(legend.contains("Bugünkü yolculuk") && legend.contains("seyrek geçiş"), "\(legend)")
        #expect(!legend.contains("cases") && !legend.contains("Journey"), "\(legend)")
        let afterLegend = (after.nodes["legend"]?.texts ?? []).joined(separator: " ")
        #expect(afterLegend.contains("Senaryodan sonra yolculuk"), "\(afterLegend)")
    }

    @Test("moves back towards the entry (ping-pong, returns) are orange; forward moves are not")
    func pingPongVisible() throws {
        let view = JourneyView(model: SampleOrganization.model, flow: Self.before)
        let diagram = try view.diagrams().before
        func color(_ from: String, _ to: String) -> String? {
            diagram.edges.first { $0.to == to && $0.from == JourneyView.moveID(HandoffKey(from: from, to: to)) }?
                .attributes["color"]
        }
        #expect(color("card_ops", "complaints") == JourneyView.pingPongColor)
        #expect(color("card_ops", "callcenter") == JourneyView.pingPongColor)
        #expect(color("complaints", "card_ops") == JourneyView.flowColor)
        #expect(color("callcenter", "complaints") == JourneyView.flowColor)
    }

    @Test("units in both journeys keep their place between the before and after pictures")
    func stablePositions() throws {
        let (before, after) = try Self.svgs()
        #expect(before.size == after.size)
        for id in ["callcenter", "istanbul", "card_ops", "entry phone", "entry branch"] {
            let old = try #require(before.nodes[id]?.geometry, "\(id)")
            let new = try #require(after.nodes[id]?.geometry, "\(id)")
            #expect(old == new, "\(id)")
        }
        #expect(before.nodes["crm"] == nil && after.nodes["crm"] != nil)
        #expect(after.nodes["complaints"] == nil)
    }
}
