import SiloscopeModel

extension JourneyView {
    /// One flow's nodes, edges and legend; moves under ``minimumShare`` are left out.
    func picture(_ model: OrgModel, _ flow: JourneyFlow, largest: Int, isAfter: Bool,
                 isBack: (HandoffKey) -> Bool) -> BeforeAfterPicture {
        let units = Dictionary(model.units.map { ($0.id, $0) }) { first, _ in first }
        let visits = flow.visits
        let share = { (count: Int) in flow.cases > 0 ? Double(count) / Double(flow.cases) : 0 }
        let shown = shownMoves(flow)
        var picture = BeforeAfterPicture(name: isAfter ? "journey after" : "journey", legend: .text(""))
        var seen = Set<String>()
        let t = language.pick
        func unitNode(_ id: String) {
            guard seen.insert(id).inserted else { return }
            var detail = "\(visits[id] ?? 0)" + t(" visits", " ziyaret")
            if let ends = flow.ends[id], ends > 0 { detail += " · \(ends)" + t(" end here", " burada biter") }
            let owner = id == flow.owner
            let html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD><B>"
                + OrgDiagramStyle.wrapped(units[id]?.name ?? id).map(Label.escapingHTML).joined(separator: "<BR/>")
                + "</B></TD></TR><TR><TD><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize)\" COLOR=\""
                + OrgDiagramStyle.detailInk + "\">" + Label.escapingHTML(detail) + "</FONT></TD></TR>"
                + (owner ? "<TR><TD><FONT POINT-SIZE=\"\(OrgDiagramStyle.detailFontSize)\"><B>\(Label.escapingHTML(t("owns this case type", "bu vaka türünün sahibi")))</B></FONT></TD></TR>" : "")
                + "</TABLE>"
            var attributes: [String: String] = owner ? ["color": Self.ownerColor, "penwidth": "3.5"] : [:]
            if id == model.crm?.unit { attributes["fillcolor"] = OrgDiagramStyle.crmFill }
            picture.nodes.append(.init(id: id, unionID: id, label: .html(html), attributes: attributes))
        }
        func countNode(_ id: String, times: Int, cases: Int) {
            let html = "<B>\(times)×</B> <FONT POINT-SIZE=\"11\" COLOR=\"\(OrgDiagramStyle.detailInk)\">"
                + language.percent(share(cases)) + "</FONT>"
            picture.nodes.append(.init(id: id, unionID: id, label: .html(html),
                                       attributes: ["shape": "plaintext", "margin": "0.02", "style": ""]))
        }
        func width(_ count: Int) -> String {
            OrgDiagramStyle.number(1 + 7 * (Double(count) / Double(max(largest, 1))).squareRoot())
        }

        for entry in flow.entries.sorted(by: { ($0.channel, $0.unit) < ($1.channel, $1.unit) }) {
            let source = Self.entryID(entry.channel)
            if seen.insert(source).inserted {
                let total = flow.entries.filter { $0.channel == entry.channel }.reduce(0) { $0 + $1.count }
                picture.nodes.append(.init(id: source, unionID: source, label: .text("\(entry.channel)\n\(total)" + t(" cases", " vaka")), attributes: [
                    "shape": "box", "style": "rounded,filled", "fillcolor": "#eeeeee", "color": Self.entryColor,
                ]))
            }
            unitNode(entry.unit)
            let label = Self.entryMoveID(entry)
            countNode(label, times: entry.count, cases: entry.count)
            let attributes = ["color": Self.entryColor, "penwidth": width(entry.count)]
            picture.edges.append(Diagram.Edge(from: source, to: label, attributes: attributes.merging(["arrowhead": "none"]) { $1 }))
            picture.edges.append(Diagram.Edge(from: label, to: entry.unit, attributes: attributes.merging(["arrowhead": "normal"]) { $1 }))
        }
        for (key, count) in shown.sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) {
            unitNode(key.from)
            unitNode(key.to)
            let label = Self.moveID(key)
            countNode(label, times: count, cases: flow.casesMoved[key] ?? count)
            let attributes = ["color": isBack(key) ? Self.pingPongColor : Self.flowColor, "penwidth": width(count)]
            picture.edges.append(Diagram.Edge(from: key.from, to: label, attributes: attributes.merging(["arrowhead": "none"]) { $1 }))
            picture.edges.append(Diagram.Edge(from: label, to: key.to, attributes: attributes.merging(["arrowhead": "normal"]) { $1 }))
        }
        let hidden = flow.transitions.count - shown.count
        picture.legend = legend(model, flow, isAfter: isAfter,
                                hasPingPong: picture.edges.contains { $0.attributes["color"] == Self.pingPongColor },
                                hidden: hidden)
        return picture
    }

    private func legend(_ model: OrgModel, _ flow: JourneyFlow, isAfter: Bool, hasPingPong: Bool, hidden: Int) -> Label {
        let names = Dictionary(model.units.map { ($0.id, $0.name) }) { first, _ in first }
        let t = language.pick
        var rows: [BeforeAfterStyle.LegendRow] = [
            .init(sample: "━━━▶", color: Self.flowColor,
                  text: t("cases moved this way: N× moves, % of the \(flow.cases) cases that did (wider: more)",
                          "vakaların gittiği yol: N× geçiş, \(flow.cases) vakadan bu yolu izleyenlerin yüzdesi (kalın: daha çok)")),
        ]
        if hasPingPong {
            rows.append(.init(sample: "━━━▶", color: Self.pingPongColor,
                              text: t("sent back towards where cases came in: ping-pong, returns and loops",
                                      "vakaların geldiği yere geri gönderildi: ping-pong, dönüşler ve döngüler")))
        }
        rows.append(.init(sample: t("owner", "sahip"), color: Self.ownerColor,
                          text: t("the unit that owns (resolves) this case type", "bu vaka türünün sahibi (çözen birim)"), fill: "#ffffff"))
        if hidden > 0 {
            let under = language.percent(minimumShare)
            rows.append(.init(sample: "…", color: Self.entryColor,
                              text: t("\(hidden) rarer move\(hidden == 1 ? "" : "s") (under \(under) of cases) not drawn",
                                      "\(hidden) seyrek geçiş (vakaların \(under) kadarından azı) çizilmedi")))
        }
        for (rank, path) in flow.paths.prefix(3).enumerated() {
            let steps = path.units.map { names[$0] ?? $0 }.joined(separator: " → ")
            let share = language.percent(flow.cases > 0 ? Double(path.count) / Double(flow.cases) : 0)
            rows.append(.init(sample: t("path \(rank + 1)", "yol \(rank + 1)"), color: OrgDiagramStyle.ink,
                              text: t("\(share) of cases: \(steps)", "vakaların \(share) kadarı: \(steps)")))
        }
        let title = isAfter
            ? afterTitle ?? t("Journey after: ", "Senaryodan sonra yolculuk: ") + flow.caseTypeName
            : beforeTitle ?? t("Journey today: ", "Bugünkü yolculuk: ") + flow.caseTypeName
        return BeforeAfterStyle.legend(title: title, subtitle: subtitle, rows: rows)
    }

}
