import Fluent
import Foundation
import StrideCore
import Vapor

/// HR's dashboard figures for one scope, cycle window and day, with every unit by name for the
/// unit filter: what `RefreshingCache` keeps, so an organisation of 100,000 is counted once every
/// `STRIDE_DASHBOARD_REFRESH_SECONDS` rather than for every request.
struct OrganisationDashboardFigures: Sendable {
    struct Key: Hashable, Sendable {
        let scope: UUID?
        let allCycles: Bool
        let today: CalendarDate
    }

    let query: OrganisationDashboardQuery
    let units: [UnitName]

    struct UnitName: Sendable {
        let id: UUID
        let name: String
    }

    /// The figures for `filters` today, computed again once they are older than the refresh interval.
    static func load(_ filters: DashboardFilters, for req: Request) async throws -> (figures: OrganisationDashboardFigures, computedAt: Date) {
        let key = Key(scope: filters.unit, allCycles: filters.allCycles, today: req.clock.today())
        // The application's database, not the request's: the computation may serve other requests and outlive this one.
        let db = req.application.db
        let (figures, computedAt) = try await req.application.figureCaches.organisationDashboards.value(for: key, now: req.clock.now()) {
            let query = try await OrganisationDashboardQuery.load(scopeID: key.scope, allCycles: key.allCycles, today: key.today, db: db)
            let units = try await OrganisationalUnit.query(on: db).sort(\.$name).all().map { UnitName(id: $0.id!, name: $0.name) }
            return OrganisationDashboardFigures(query: query, units: units)
        }
        return (figures, computedAt)
    }
}

/// The costly figures that are the same whoever asks, each kept by a `RefreshingCache` for
/// `STRIDE_DASHBOARD_REFRESH_SECONDS`: HR's dashboard, each manager's team dashboard, and the
/// alignment tree (who may open which output's person is decided per request, after).
struct FigureCaches: Sendable {
    struct Team: Hashable, Sendable {
        let managerID: UUID
        let today: CalendarDate
    }

    let organisationDashboards: RefreshingCache<OrganisationDashboardFigures.Key, OrganisationDashboardFigures>
    let teamDashboards: RefreshingCache<Team, TeamDashboardQuery>
    let alignment: RefreshingCache<CalendarDate, AlignmentQuery>

    init(lifetime: TimeInterval) {
        organisationDashboards = RefreshingCache(lifetime: lifetime)
        teamDashboards = RefreshingCache(lifetime: lifetime)
        alignment = RefreshingCache(lifetime: lifetime)
    }

    /// A manager's team dashboard today (the first rows of each list), and when it was computed.
    func team(of managerID: UUID, for req: Request) async throws -> (value: TeamDashboardQuery, computedAt: Date) {
        let today = req.clock.today(), db = req.application.db
        return try await teamDashboards.value(for: Team(managerID: managerID, today: today), now: req.clock.now()) {
            try await TeamDashboardQuery.load(managerID: managerID, today: today, db: db)
        }
    }

    /// The alignment tree on a day.
    func alignment(on day: CalendarDate, for req: Request) async throws -> AlignmentQuery {
        let db = req.application.db
        return try await alignment.value(for: day, now: req.clock.now()) { try await AlignmentQuery.load(on: day, db: db) }.value
    }
}

extension Application {
    private struct FigureCachesKey: StorageKey { typealias Value = FigureCaches }

    /// Set up by `configure` with the configured refresh interval; without it, figures are computed for every request.
    var figureCaches: FigureCaches {
        get { storage[FigureCachesKey.self] ?? FigureCaches(lifetime: 0) }
        set { storage[FigureCachesKey.self] = newValue }
    }
}
