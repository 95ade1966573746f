/// A dashboard's table with its CSV download, for `partials/data-table`.
struct DashboardTable: Encodable {
    let table: ChartTable
    let csvHref: String
    /// Said under the table when it shows only the first rows: how many there are, and that the
    /// download has them all.
    var note: String? = nil
}
