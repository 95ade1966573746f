import StrideCore

/// Lines over dates: time along the bottom, the value axis up the left from zero (or from the
/// lowest value, when one is below zero it is clamped to zero: criteria here are counts, shares
/// and durations).
extension Chart {
    struct Series: Sendable {
        let name: String
        let points: [(on: CalendarDate, value: Double)]
        /// Readings are marked point by point; a plan or a target is a plain line.
        let markers: Bool
    }

    static let lineHeight = 260.0

    /// - Parameters:
    ///   - series: the lines, the first drawn solid and the others dashed (`st-chart__series--N`).
    ///   - from, to: the dates the x axis spans.
    ///   - valueName: the value axis's label (the unit of measure).
    static func line(id: String, title: String, takeaway: String, series: [Series], from: CalendarDate, to: CalendarDate,
                     valueName: String) -> Chart {
        let left = 64.0, right = standardWidth - 120, top = 12.0, bottom = lineHeight - 48
        let largest = series.flatMap { $0.points.map(\.value) }.max() ?? 0
        let scale = ChartScale(upTo: largest)
        let span = Double(max(from.days(until: to), 1))
        func x(_ day: CalendarDate) -> Double {
            rounded(left + (right - left) * min(max(Double(from.days(until: day)), 0), span) / span)
        }
        func y(_ value: Double) -> Double { rounded(bottom - scale.position(value, along: bottom - top)) }
        var lastLabelY: [Double] = []
        let lines = series.enumerated().compactMap { index, line -> Line? in
            guard let last = line.points.last else { return nil }
            let points = line.points.map { Point(x: x($0.on), y: y($0.value)) }
            let path = points.enumerated().map { "\($0 == 0 ? "M" : "L")\($1.x) \($1.y)" }.joined(separator: " ")
            // Names beside their lines' ends, nudged apart when two ends meet.
            var labelY = y(last.value) + 4
            while lastLabelY.contains(where: { abs($0 - labelY) < 14 }) { labelY += 14 }
            lastLabelY.append(labelY)
            return Line(name: line.name, series: index, path: path, points: line.markers ? points : [], markers: line.markers,
                        labelX: x(last.on) + 8, labelY: rounded(labelY))
        }
        let valueTicks = scale.ticks.map { Tick(position: y($0), label: ChartScale.label($0)) }
        let dateTicks = [from, from.adding(days: Int(span / 2)), to].map { Tick(position: x($0), label: DisplayDate.short($0)) }
        let days = Set(series.flatMap { $0.points.map(\.on) }).sorted()
        let rows = days.map { day in
            ChartTable.Row(header: DisplayDate.long(day), cells: series.map { line in
                line.points.last { $0.on == day }.map { ChartScale.label($0.value) } ?? "—"
            })
        }
        let readings = series.first?.points.count ?? 0
        let description = "A line of \(series.first?.name.lowercased() ?? "values") over time from \(DisplayDate.long(from)) to "
            + "\(DisplayDate.long(to)), \(readings) point\(readings == 1 ? "" : "s")"
            + (series.count > 1 ? ", with \(series.dropFirst().map { $0.name.lowercased() }.joined(separator: " and ")) dashed" : "")
            + "; the figures are in the table below."
        return Chart(kind: .line, id: id, title: title, takeaway: takeaway, description: description, height: lineHeight,
                     plot: (left, top, right, bottom), axes: (valueName, "Date"), valueTicks: valueTicks, dateTicks: dateTicks,
                     lines: lines, table: ChartTable(caption: title, columns: ["Date"] + series.map(\.name), rows: rows))
    }
}
