/// Horizontal bars, plain or stacked: categories down the left, the value axis along the
/// bottom from zero.
extension Chart {
    static let barLabelWidth = 210.0, barRowHeight = 32.0, barHeight = 22.0, barAxisSpace = 48.0

    /// One bar per category.
    /// - Parameters:
    ///   - categories: each category's label and value, in the order to draw.
    ///   - valueName: what the values count ("Forms"), the value axis's label and the table's column.
    ///   - categoryName: what the categories are ("Unit"), the table's first column.
    static func bar(id: String, title: String, takeaway: String, categories: [(label: String, value: Double)],
                    valueName: String, categoryName: String, hrefs: [String?] = []) -> Chart {
        stacked(kind: .bar, id: id, title: title, takeaway: takeaway, series: [valueName],
                categories: categories.map { ($0.label, [$0.value]) }, valueName: valueName, categoryName: categoryName, hrefs: hrefs)
    }

    /// One bar per category, split into `series` left to right; each segment written with its
    /// figure when it fits, and the legend naming the series in that order.
    static func stackedBar(id: String, title: String, takeaway: String, series: [String], categories: [(label: String, values: [Double])],
                           valueName: String, categoryName: String, hrefs: [String?] = []) -> Chart {
        stacked(kind: .stackedBar, id: id, title: title, takeaway: takeaway, series: series, categories: categories,
                valueName: valueName, categoryName: categoryName, hrefs: hrefs)
    }

    private static func stacked(kind: Kind, id: String, title: String, takeaway: String, series: [String],
                                categories: [(label: String, values: [Double])], valueName: String, categoryName: String,
                                hrefs: [String?]) -> Chart {
        let left = barLabelWidth, right = standardWidth - 56
        let top = 4.0, bottom = top + Double(max(categories.count, 1)) * barRowHeight
        let scale = ChartScale(upTo: categories.map { $0.values.reduce(0, +) }.max() ?? 0)
        let plotWidth = right - left
        let bars = categories.enumerated().map { index, category -> Bar in
            let y = top + Double(index) * barRowHeight
            var x = left
            let segments = category.values.enumerated().compactMap { series, value -> Segment? in
                guard value > 0 else { return nil }
                let width = rounded(scale.position(value, along: plotWidth))
                defer { x += width }
                let text = ChartScale.label(value)
                return Segment(x: rounded(x), width: width, series: series, label: kind == .stackedBar && width >= Double(text.count) * 8 + 8 ? text : nil,
                               labelX: rounded(x + width / 2))
            }
            let total = category.values.reduce(0, +)
            return Bar(label: fitted(category.label), y: rounded(y + (barRowHeight - barHeight) / 2), textY: rounded(y + barRowHeight / 2 + 5),
                       segments: segments, total: ChartScale.label(total), totalX: rounded(x + 6))
        }
        let ticks = scale.ticks.map { Tick(position: rounded(left + scale.position($0, along: plotWidth)), label: ChartScale.label($0)) }
        let columns = kind == .stackedBar ? [categoryName] + series + ["Total"] : [categoryName, valueName]
        let rows = categories.enumerated().map { index, category in
            ChartTable.Row(header: category.label,
                           cells: (kind == .stackedBar ? category.values + [category.values.reduce(0, +)] : category.values).map(ChartScale.label),
                           href: index < hrefs.count ? hrefs[index] : nil)
        }
        let split = kind == .stackedBar ? ", each split into \(series.joined(separator: ", ")) from left to right" : ""
        let description = categories.isEmpty ? "No figures to draw."
            : "Horizontal bars of \(valueName.lowercased()) for \(categories.count) \(categoryName.lowercased())\(categories.count == 1 ? "" : "s")\(split); the figures are in the table below."
        return Chart(kind: kind, id: id, title: title, takeaway: takeaway, description: description, height: bottom + barAxisSpace,
                     plot: (left, top, right, bottom), axes: (valueName, categoryName), valueTicks: ticks, bars: bars,
                     legend: kind == .stackedBar ? series.enumerated().map { LegendItem(name: $1, series: $0) } : [],
                     table: ChartTable(caption: title, columns: columns, rows: rows))
    }
}
