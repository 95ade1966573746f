import StrideCore
import Testing
@testable import StrideServer

/// The chart module: round scales from zero, bar and line geometry, heatmap shades, and the
/// table (and its CSV) holding exactly the figures drawn.
@Suite struct ChartTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func scalesStartAtZeroAndEndOnARoundNumber() {
        #expect(ChartScale(upTo: 7) == ChartScale(upTo: 8) && ChartScale(upTo: 7).maximum == 8 && ChartScale(upTo: 7).step == 2)
        #expect(ChartScale(upTo: 100).ticks == [0, 25, 50, 75, 100])
        #expect(ChartScale(upTo: 0.9).maximum == 1 && ChartScale(upTo: 0).maximum == 1)
        #expect(ChartScale(upTo: 93_000).maximum == 100_000 && ChartScale.label(93_000) == "93,000" && ChartScale.label(2.5) == "2.5")
    }

    @Test func barsAreAsLongAsTheirValuesAndTheTableHoldsTheSameFigures() {
        let chart = Chart.bar(id: "units", title: "Staff by unit", takeaway: "Operations is the largest.",
                              categories: [("Operations", 40), ("Policy", 10)], valueName: "Staff", categoryName: "Unit")
        #expect(chart.kind == .bar && chart.valueTicks.first?.position == chart.plotLeft)
        let plot = chart.plotRight - chart.plotLeft
        #expect(chart.bars.map { $0.segments.map(\.width) } == [[plot], [Chart.rounded(plot / 4)]])
        #expect(chart.bars.map(\.total) == ["40", "10"] && chart.bars[0].segments[0].label == nil)
        #expect(chart.table.columns == ["Unit", "Staff"] && chart.table.rows.map(\.cells) == [["40"], ["10"]])
        #expect(chart.table.csv == "Unit,Staff\r\nOperations,40\r\nPolicy,10\r\n")
        #expect(chart.description.contains("2 units") && chart.height > 2 * Chart.barRowHeight)
    }

    @Test func stackedSegmentsFollowTheSeriesOrderAndCarryTheirFiguresWhenTheyFit() {
        let chart = Chart.stackedBar(id: "forms", title: "Forms by state", takeaway: "Most are drafts.", series: ["Draft", "Signed"],
                                     categories: [("Beginning of Cycle", [90, 10]), ("End of Cycle", [0, 5])],
                                     valueName: "Forms", categoryName: "Form")
        let first = chart.bars[0].segments
        #expect(first.map(\.series) == [0, 1] && first[1].x == Chart.rounded(first[0].x + first[0].width))
        #expect(first.map(\.label) == ["90", "10"] && chart.bars[1].segments.map(\.series) == [1], "a zero segment is not drawn")
        #expect(chart.legend.map(\.name) == ["Draft", "Signed"])
        #expect(chart.table.columns == ["Form", "Draft", "Signed", "Total"] && chart.table.rows[1].cells == ["0", "5", "5"])
    }

    @Test func linesRunAcrossTheirDatesAndTheTableHasARowPerDate() {
        let readings = Chart.Series(name: "Recorded", points: [(Self.day("2026-01-01"), 40), (Self.day("2026-07-02"), 60)], markers: true)
        let target = Chart.Series(name: "Target", points: [(Self.day("2026-01-01"), 90), (Self.day("2026-12-31"), 90)], markers: false)
        let chart = Chart.line(id: "trend", title: "Requests answered", takeaway: "Behind the plan.", series: [readings, target],
                               from: Self.day("2026-01-01"), to: Self.day("2026-12-31"), valueName: "%")
        let line = chart.lines[0]
        let targetY = Chart.rounded(chart.plotBottom - (chart.plotBottom - chart.plotTop) * 0.9)
        #expect(line.points.first?.x == chart.plotLeft && chart.lines[1].points.isEmpty)
        #expect(chart.lines[1].path == "M\(chart.plotLeft) \(targetY) L\(chart.plotRight) \(targetY)")
        #expect(line.points.map(\.y) == [Chart.rounded(chart.plotBottom - (chart.plotBottom - chart.plotTop) * 0.4),
                                         Chart.rounded(chart.plotBottom - (chart.plotBottom - chart.plotTop) * 0.6)])
        #expect(chart.table.columns == ["Date", "Recorded", "Target"])
        #expect(chart.table.rows.map(\.header) == ["1 January 2026", "2 July 2026", "31 December 2026"])
        #expect(chart.table.rows.map(\.cells) == [["40", "90"], ["60", "—"], ["—", "90"]])
        #expect(chart.dateTicks.map(\.label) == ["1 Jan 2026", "2 Jul 2026", "31 Dec 2026"])
    }

    @Test func heatmapCellsAreTextShadedByValue() {
        let chart = Chart.heatmap(id: "coverage", title: "Coverage", takeaway: "Data skills are thin.", rowName: "Skill",
                                  rows: ["Data management", "Testing"], columns: ["Operations", "Policy"],
                                  values: [[0.1, nil], [1, 0.5]], highest: 1) { "\(Int($0 * 100)) %" }
        #expect(chart.heatRows.map { $0.cells.map(\.shade) } == [[1, 0], [4, 2]])
        #expect(chart.heatRows[1].cells.map(\.text) == ["100 %", "50 %"] && chart.table.rows[0].cells == ["10 %", "—"])
        #expect(chart.table.columns == ["Skill", "Operations", "Policy"])
    }
}
