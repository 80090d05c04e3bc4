import Foundation
import SiloscopeModel
import Testing

@testable import SiloscopeReport

/// The business-case section: money in the page's language, the charts, the sources, and
/// the one paragraph a model without an economics section gets.
@Suite struct BusinessCaseSectionTests {
    @Test func salonPageShowsTheMoneyInEachLanguage() throws {
        let report = try ReportFixture.report.get()
        let money = try #require(report.businessCase, "the salon model has an economics section")
        #expect(money.currency == "TRY")
        #expect(money.scenarios.count == report.scenarios.count)
        let pages = try ReportFixture.pages.get()
        #expect(pages.en.contains("The business case in money"))
        #expect(pages.tr.contains("Para cinsinden iş gerekçesi"))
        // Grouped the way each language writes money.
        #expect(pages.tr.range(of: #"\d{1,3}(\.\d{3})+ ₺"#, options: .regularExpression) != nil)
        #expect(pages.en.range(of: #"₺\d{1,3}(,\d{3})+"#, options: .regularExpression) != nil)
        // Every figure with its source; the salon's hours per year come from the model.
        #expect(pages.en.contains("<code>hours_per_year</code>") && pages.en.contains("open 10 hours a day"))
        #expect(pages.en.contains("id=\"business\""))
    }

    @Test func withoutEconomicsThePageSaysHowToAddIt() throws {
        var report = try ReportFixture.report.get()
        report.businessCase = nil
        let html = try report.html(language: .en)
        #expect(html.contains("No money is shown: the model has no economics section"))
        let turkish = try report.html(language: .tr)
        #expect(turkish.contains("Para gösterilmiyor"))
    }

    @Test func rangeChartDrawsNegativeRangesAndEscapesLabels() {
        let chart = RangeChart(rows: [
            .init(label: "<b>x</b>", low: -50, mid: 10, high: 80, valueText: "10", color: "#000"),
            .init(label: "y", low: 20, mid: 30, high: 40, valueText: "30", color: "#000"),
        ], title: "t", reference: 25, tick: { String(Int($0)) }).svg().description
        #expect(chart.contains("&lt;b&gt;x&lt;/b&gt;") && !chart.contains("<b>x"))
        #expect(chart.contains("stroke-dasharray"), "the reference line")
        #expect(chart.components(separatedBy: "<rect").count - 1 == 2)
    }
}
