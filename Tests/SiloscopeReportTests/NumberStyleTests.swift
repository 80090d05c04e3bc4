import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeSimulation
import Testing

@testable import SiloscopeReport

@Suite struct NumberStyleTests {
    @Test(arguments: [
        (1234.56, 1, "1,234.6", "1.234,6"),
        (390_904, 0, "390,904", "390.904"),
        (999, 0, "999", "999"),
        (0.015, 3, "0.015", "0,015"),
        (-8.12, 1, "\u{2212}8.1", "\u{2212}8,1"),
        (-0.01, 1, "0.0", "0,0"),
        (1_000_000, 0, "1,000,000", "1.000.000"),
    ])
    func decimals(_ value: Double, _ digits: Int, _ english: String, _ turkish: String) {
        #expect(NumberStyle(.en).decimal(value, digits: digits) == english)
        #expect(NumberStyle(.tr).decimal(value, digits: digits) == turkish)
    }

    @Test func percentagesPutTheSignWhereEachLanguageDoes() {
        #expect(NumberStyle(.en).percent(0.884) == "88.4%")
        #expect(NumberStyle(.tr).percent(0.884) == "%88,4")
        #expect(NumberStyle(.en).percent(-0.012, sign: true) == "\u{2212}1.2%")
        #expect(NumberStyle(.tr).percent(-0.012, sign: true) == "\u{2212}%1,2")
        #expect(NumberStyle(.tr).percent(0.05, digits: 0, sign: true) == "+%5")
    }

    @Test func minutesAndIntervals() {
        #expect(NumberStyle(.en).minutes(166.66) == "166.7 min")
        #expect(NumberStyle(.tr).minutes(166.66) == "166,7 dk")
        let interval = Interval(values: [10, 12, 14])
        #expect(NumberStyle(.tr).interval(interval).hasPrefix("12,0 ["))
        #expect(NumberStyle(.en).decimal(.nan) == "—")
    }

    @Test func deltasOfSharesAreInPercentagePoints() {
        #expect(ComparisonMetric.sfiCombined.formatDelta(-0.008, precision: 0.0007, NumberStyle(.en)) == "\u{2212}0.80 pp")
        #expect(ComparisonMetric.sfiCombined.formatDelta(-0.008, precision: 0.0007, NumberStyle(.tr)) == "\u{2212}0,80 puan")
        #expect(ComparisonMetric.resolutionMinutes.formatDelta(-8.1, precision: 0.7, NumberStyle(.en)) == "\u{2212}8.1 min")
        #expect(ComparisonMetric.reportingStaff.formatDelta(-7, precision: 0, NumberStyle(.en)) == "\u{2212}7")
    }
}
