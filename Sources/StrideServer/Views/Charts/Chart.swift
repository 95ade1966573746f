import Foundation
import StrideCore

/// One chart, drawn by the server as SVG (UI.md §7): the geometry is computed here and the
/// elements written by `partials/chart`, so every label stays escaped. Every chart has a title,
/// a takeaway sentence, axis labels, a text alternative saying what it shows, and its figures
/// as a table below it (`table`), which is also what its CSV download holds.
///
/// Four kinds, one idea each: horizontal bars (a count per category), stacked bars (a count per
/// category split by series, such as forms by state), a line over dates (a criterion's readings
/// against its target), and a heatmap, which is a table whose cells are shaded (the figures are
/// text, the shade only reinforces them).
struct Chart: Encodable, Sendable {
    enum Kind: String, Encodable, Sendable { case bar, stackedBar = "stacked-bar", line, heatmap }

    struct Tick: Encodable, Sendable, Equatable {
        let position: Double
        let label: String
        /// Where its label's baseline sits across the axis (labels sit beside lines).
        let textPosition: Double

        init(position: Double, label: String) {
            self.position = position
            self.label = label
            textPosition = position + 5
        }
    }

    struct Segment: Encodable, Sendable, Equatable {
        let x: Double
        let width: Double
        /// Which series: its fill and pattern come from `st-chart__series--N`.
        let series: Int
        /// The figure written inside, when the segment is wide enough to hold it.
        let label: String?
        let labelX: Double
    }

    struct Bar: Encodable, Sendable, Equatable {
        let label: String
        let y: Double
        let textY: Double
        let segments: [Segment]
        /// The bar's total, written just past its end.
        let total: String
        let totalX: Double
    }

    struct Point: Encodable, Sendable, Equatable {
        let x: Double
        let y: Double
    }

    struct Line: Encodable, Sendable, Equatable {
        let name: String
        let series: Int
        let path: String
        let points: [Point]
        /// Whether to mark each point (readings) or not (a planned path or a target).
        let markers: Bool
        /// Where the line's name is written, beside its last point: lines are labelled
        /// directly, not through a legend.
        let labelX: Double
        let labelY: Double
    }

    struct LegendItem: Encodable, Sendable, Equatable {
        let name: String
        let series: Int
    }

    struct HeatCell: Encodable, Sendable, Equatable {
        let text: String
        /// 0 (none) to 4 (most), the `st-heat-N` class.
        let shade: Int
    }

    struct HeatRow: Encodable, Sendable, Equatable {
        let header: String
        let cells: [HeatCell]
    }

    let kind: Kind
    let id: String
    let title: String
    let takeaway: String
    /// What the chart shows, for those who do not see it; the table below holds every figure.
    let description: String
    let width: Double
    let height: Double
    let plotLeft: Double
    let plotTop: Double
    let plotRight: Double
    let plotBottom: Double
    let valueAxisLabel: String
    let categoryAxisLabel: String
    /// Where the axis texts go: labels left of the plot, ticks under it, axis titles centred.
    let labelRight: Double
    let tickBaseline: Double
    let middleX: Double
    let middleY: Double
    let titleBaseline: Double
    /// Gridlines along the value axis (x for bars, y for lines), and dates along x for lines.
    let valueTicks: [Tick]
    let dateTicks: [Tick]
    let bars: [Bar]
    let lines: [Line]
    let legend: [LegendItem]
    let heatColumns: [String]
    let heatRows: [HeatRow]
    private(set) var table: ChartTable
    /// The table's first heading (what its rows are), which a heatmap's header row starts with.
    private(set) var rowHeading: String
    /// The table's CSV download, with the page's filters.
    var csvHref: String?

    static let standardWidth = 640.0

    init(kind: Kind, id: String, title: String, takeaway: String, description: String, height: Double,
         plot: (left: Double, top: Double, right: Double, bottom: Double) = (0, 0, 0, 0),
         axes: (value: String, category: String) = ("", ""), valueTicks: [Tick] = [], dateTicks: [Tick] = [], bars: [Bar] = [],
         lines: [Line] = [], legend: [LegendItem] = [], heatColumns: [String] = [], heatRows: [HeatRow] = [], table: ChartTable) {
        self.kind = kind
        self.id = id
        self.title = title
        self.takeaway = takeaway
        self.description = description
        width = Self.standardWidth
        self.height = height
        (plotLeft, plotTop, plotRight, plotBottom) = plot
        (valueAxisLabel, categoryAxisLabel) = axes
        labelRight = plot.left - 8
        tickBaseline = plot.bottom + 20
        middleX = Self.rounded((plot.left + plot.right) / 2)
        middleY = Self.rounded((plot.top + plot.bottom) / 2)
        titleBaseline = height - 4
        self.valueTicks = valueTicks
        self.dateTicks = dateTicks
        self.bars = bars
        self.lines = lines
        self.legend = legend
        self.heatColumns = heatColumns
        self.heatRows = heatRows
        self.table = table
        rowHeading = table.columns.first ?? ""
    }

    mutating func replaceTable(_ table: ChartTable) {
        self.table = table
        rowHeading = table.columns.first ?? ""
    }

    /// Coordinates to one decimal: enough for the eye, and stable text for tests.
    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// A category's name as it fits beside its bar.
    static func fitted(_ label: String, _ limit: Int = 28) -> String {
        label.count > limit ? String(label.prefix(limit - 1)) + "…" : label
    }
}
