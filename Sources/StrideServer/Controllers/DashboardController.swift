import Fluent
import StrideCore
import Vapor

/// The dashboards: HR's across the organisation (or a unit), and each manager's of their team;
/// every table also as CSV, with the page's filters.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.organisationDashboard, use: organisation)
        routes.get(.organisationDashboardExport, use: organisationExport)
        routes.get(.teamDashboard, use: team)
        routes.get(.teamDashboardExport, use: teamExport)
    }

    struct Filters: Decodable {
        let unit: String?
        let cycles: String?
        let table: String?

        var dashboard: DashboardFilters { DashboardFilters(unit: unit, cycles: cycles) }
    }

    @Sendable func organisation(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.organisation)
        let filters = try req.query.decode(Filters.self).dashboard
        let (dashboard, units) = try await Self.organisation(req, filters)
        let model = OrganisationDashboardModel(dashboard, units: units, filters: filters)
        return try await req.renderPage("dashboards/organisation", title: "Organisation dashboard", model)
    }

    @Sendable func organisationExport(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.organisation)
        let posted = try req.query.decode(Filters.self)
        let (dashboard, units) = try await Self.organisation(req, posted.dashboard)
        let tables = OrganisationDashboardModel.tables(dashboard, unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
        guard let name = posted.table, let table = tables[name] else { throw StrideError.notFound("The table") }
        return .csv(table.csv, filename: "\(name)-\(req.clock.today().iso).csv")
    }

    @Sendable func team(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.team)
        let dashboard = try await TeamDashboardQuery.load(managerID: try req.requireUser().viewer.staffID, today: req.clock.today(), db: req.db)
        return try await req.renderPage("dashboards/team", title: "My team's dashboard", TeamDashboardModel(dashboard))
    }

    @Sendable func teamExport(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.team)
        let dashboard = try await TeamDashboardQuery.load(managerID: try req.requireUser().viewer.staffID, today: req.clock.today(), limit: nil,
                                                          db: req.db)
        guard let name = try req.query.decode(Filters.self).table, let table = TeamDashboardModel.tables(dashboard)[name] else {
            throw StrideError.notFound("The table")
        }
        return .csv(table.csv, filename: "team-\(name)-\(req.clock.today().iso).csv")
    }

    /// The dashboard for the filters, and every unit by name for the unit filter.
    static func organisation(_ req: Request, _ filters: DashboardFilters) async throws -> (OrganisationDashboard, [(id: UUID, name: String)]) {
        let query = try await OrganisationDashboardQuery.load(scopeID: filters.unit, allCycles: filters.allCycles, today: req.clock.today(), db: req.db)
        let units = try await OrganisationalUnit.query(on: req.db).sort(\.$name).all().map { (id: $0.id!, name: $0.name) }
        return (OrganisationDashboard(query: query), units)
    }
}
