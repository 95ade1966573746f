import StrideCore

/// The figures behind a chart (or a dashboard table) as rows and columns: the table under the
/// chart (UI.md §7) and the CSV download are both written from it, so they never disagree.
struct ChartTable: Encodable, Sendable, Equatable {
    struct Row: Encodable, Sendable, Equatable {
        let header: String
        let cells: [String]
        /// Where the row's subject opens, when the viewer may follow it.
        var href: String?
    }

    let caption: String
    /// The first column's heading (what the rows are), then one per cell.
    let columns: [String]
    let rows: [Row]
    /// Whether the cells are figures, right-aligned.
    var numeric: Bool = true

    /// The table as CSV: the columns as the header row, then each row.
    var csv: String {
        // Appended in place: a table can be a whole organisation's rows.
        rows.reduce(into: CSV.row(columns)) { text, row in text += CSV.row([row.header] + row.cells) }
    }
}
