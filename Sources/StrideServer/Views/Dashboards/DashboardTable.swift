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
    /// "Figures as of 6 December 2026, 20:15 UTC, computed again every 30 seconds.": a dashboard's
    /// figures kept by a `RefreshingCache`.
    static func asOf(_ refreshed: (at: Date, every: TimeInterval)) -> String {
        "Figures as of \(DisplayDate.instant(refreshed.at)), computed again every \(DisplayNumber.counted(Int(refreshed.every), "second"))."
    }
}
