import Foundation

/// A dashboard's table with its CSV download, for `partials/data-table`.
struct DashboardTable: Encodable {
    let table: ChartTable
    let csvHref: String
    /// Said under the table when it shows only the first rows: how many there are, and that the
    /// download has them all.
    var note: String? = nil
}

extension DashboardTable {
    /// "The 50 due longest ago of 51,183 are shown; the CSV download has them all.", when a list was cut short.
    static func note(shown: Int, of total: Int, _ which: String) -> String? {
        shown < total ? "The \(shown) \(which) of \(DisplayNumber.grouped(total)) are shown; the CSV download has them all." : nil
    }
}

extension Refreshed {
    /// "Figures as of 6 December 2026, 20:15 UTC, computed again every 30 seconds.", when the
    /// figures are kept a while rather than computed for each request.
    var asOf: String? {
        lifetime > 0 ? "Figures as of \(DisplayDate.instant(computedAt)), computed again every \(DisplayNumber.counted(Int(lifetime), "second"))." : nil
    }
}
