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
        // The same for every HR officer until the figures are refreshed: drawn once per refresh.
        let caches = req.application.figureCaches
        let html = try await caches.organisation(filters, kept: caches.organisationPages, for: req) { figures in
            try await req.drawContent("dashboards/organisation",
                                      OrganisationDashboardModel(OrganisationDashboard(query: figures.value.query), units: figures.value.units,
                                                                 filters: filters, asOf: figures.asOf))
        }
        return try await req.renderDrawnPage(title: "Organisation dashboard", html: html)
    }

    @Sendable func organisationExport(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.organisation)
        let posted = try req.query.decode(Filters.self)
        let figures = try await req.application.figureCaches.organisation(posted.dashboard, for: req).value
        let tables = OrganisationDashboardModel.tables(OrganisationDashboard(query: figures.query),
                                                       unitNames: Dictionary(uniqueKeysWithValues: figures.units.map { ($0.id, $0.name) }))
        guard let name = posted.table, let table = tables[name] else { throw StrideError.notFound("The table") }
        return .csv(table.csv, filename: "\(name)-\(req.clock.today().iso).csv")
    }

    @Sendable func team(req: Request) async throws -> Response {
        try req.authorize(.view, DashboardSubject.team)
        let dashboard = try await req.application.figureCaches.team(of: try req.requireUser().viewer.staffID, for: req)
        return try await req.renderPage("dashboards/team", title: "My team's dashboard", TeamDashboardModel(dashboard.value, asOf: dashboard.asOf))
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
}
