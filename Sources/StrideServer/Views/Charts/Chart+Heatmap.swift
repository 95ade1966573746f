/// A heatmap: a table whose cells carry their figure as text, shaded by it (UI.md §7: the
/// shade only reinforces the text).
extension Chart {
    /// - Parameters:
    ///   - rowName: what the rows are ("Skill"), the first column's heading.
    ///   - values: one row per entry of `rows`, one value per column; nil is no figure.
    ///   - format: how a value is written ("80 %").
    ///   - highest: the value of the darkest shade (the others in four even steps below it).
    static func heatmap(id: String, title: String, takeaway: String, rowName: String, rows: [String], columns: [String],
                        values: [[Double?]], highest: Double, format: (Double) -> String) -> Chart {
        func shade(_ value: Double?) -> Int {
            guard let value, value > 0, highest > 0 else { return 0 }
            return min(4, max(1, Int((value / highest * 4).rounded(.up))))
        }
        let heatRows = zip(rows, values).map { header, row in
            HeatRow(header: header, cells: row.map { HeatCell(text: $0.map(format) ?? "—", shade: shade($0)) })
        }
        let description = "A table of \(rows.count) \(rowName.lowercased())\(rows.count == 1 ? "" : "s") by \(columns.count) columns, "
            + "each cell's shade darker as its figure is higher."
        return Chart(kind: .heatmap, id: id, title: title, takeaway: takeaway, description: description, height: 0,
                     heatColumns: columns, heatRows: heatRows,
                     table: ChartTable(caption: title, columns: [rowName] + columns,
                                       rows: heatRows.map { ChartTable.Row(header: $0.header, cells: $0.cells.map(\.text)) }))
    }
}
