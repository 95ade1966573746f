import Foundation
import StrideCore

/// The model of `dashboards/organisation.leaf`: the filters, the key figures, the charts and the tables.
struct OrganisationDashboardModel: Encodable {
    let scopeName: String
    let filterAction: String
    let filterFields: [FormField]
    let facts: [Fact]
    let charts: [Chart]
    let probation: DashboardTable
    let upward: DashboardTable
    let overdueHref: String
    /// When the figures were computed, when they are not computed for each request.
    let asOf: String?
    let auditHref = StridePath.auditTrail.href
    let alignmentHref = StridePath.alignment.href

    /// The dashboard's charts and tables by the id its CSV download names.
    static func tables(_ dashboard: OrganisationDashboard, unitNames: [UUID: String]) -> [String: ChartTable] {
        var tables = Dictionary(uniqueKeysWithValues: charts(dashboard).map { ($0.id, $0.table) })
        tables["probation"] = dashboard.probationTable(unitNames: unitNames)
        tables["upward-feedback"] = dashboard.upwardTable
        return tables
    }

    static func charts(_ dashboard: OrganisationDashboard) -> [Chart] {
        [dashboard.formsChart, dashboard.completionChart, dashboard.overdueChart, dashboard.ratingsChart, dashboard.ratingsByUnitChart,
         dashboard.coverageChart]
    }

    /// - Parameter filters: the page's query (`unit`, `cycles`), carried into every CSV link.
    /// - Parameter asOf: when the figures were computed, if they may be a little old (`Refreshed.asOf`).
    init(_ dashboard: OrganisationDashboard, units: [OrganisationDashboardFigures.UnitName], filters: DashboardFilters, asOf: String? = nil) {
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        scopeName = dashboard.query.groups.scoped ? dashboard.query.groups.scope?.name ?? "the organisation" : "the organisation"
        filterAction = StridePath.organisationDashboard.href
        let unit = filters.unit?.uuidString.lowercased() ?? ""
        var cyclesField = FormField("cycles", .radios, label: "Cycles", value: filters.allCycles ? "all" : "current", errors: [],
                                    options: [.init(value: "current", label: "Cycles ending this month or later", selected: !filters.allCycles),
                                              .init(value: "all", label: "Every cycle", selected: filters.allCycles)])
        cyclesField.inline = true
        filterFields = [
            FormField("unit", .select, label: "Unit", hint: "A unit counts with everything below it", value: unit, errors: [],
                      options: [.init(value: "", label: "The whole organisation", selected: unit.isEmpty)] + units.map {
                          .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == unit)
                      }),
            cyclesField,
        ]
        let forms = dashboard.formsByState.values.flatMap(\.values).reduce(0, +)
        let signed = dashboard.formsByState.values.flatMap { $0.filter { $0.key.isSigned }.values }.reduce(0, +)
        facts = [
            Fact(key: "Forms", value: DisplayNumber.grouped(forms)),
            Fact(key: "Signed by both", value: forms == 0 ? "—" : "\(DisplayNumber.grouped(signed)) (\(DisplayPercent.of(Double(signed) / Double(forms))))"),
            Fact(key: "Overdue", value: DisplayNumber.grouped(dashboard.overdueTotal)),
            Fact(key: "Probation milestones in 90 days", value: DisplayNumber.grouped(dashboard.query.probation.count)),
            Fact(key: "Upward feedback rounds open", value: DisplayNumber.grouped(dashboard.query.rounds.filter { $0.status == "open" }.count)),
        ]
        charts = Self.charts(dashboard).map { chart in
            var chart = chart
            chart.csvHref = filters.exportHref(.organisationDashboardExport, table: chart.id)
            return chart
        }
        let milestones = dashboard.query.probation.count, shown = OrganisationDashboard.probationShown
        probation = DashboardTable(table: dashboard.probationTable(unitNames: names, limit: shown),
                                   csvHref: filters.exportHref(.organisationDashboardExport, table: "probation"),
                                   note: DashboardTable.note(shown: min(shown, milestones), of: milestones, "soonest"))
        upward = DashboardTable(table: dashboard.upwardTable, csvHref: filters.exportHref(.organisationDashboardExport, table: "upward-feedback"))
        overdueHref = StridePath.overdueForms.href
        self.asOf = asOf
    }
}

/// A dashboard's filters as the query string carries them.
struct DashboardFilters: Sendable {
    let unit: UUID?
    let allCycles: Bool

    init(unit: String?, cycles: String?) {
        self.unit = unit.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        allCycles = cycles == "all"
    }

    func exportHref(_ path: StridePath, table: String) -> String {
        var query = ["table=\(table)"]
        if let unit { query.append("unit=\(unit.uuidString.lowercased())") }
        if allCycles { query.append("cycles=all") }
        return path.href + "?" + query.joined(separator: "&")
    }
}
