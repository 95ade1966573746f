/// A dashboard's table with its CSV download, for `partials/data-table`.
struct DashboardTable: Encodable {
    let table: ChartTable
    let csvHref: String
}
