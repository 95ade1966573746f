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
        let (figures, computedAt) = try await req.application.organisationDashboards.value(for: key, now: req.clock.now()) {
            let query = try await OrganisationDashboardQuery.load(scopeID: key.scope, allCycles: key.allCycles, today: key.today, db: db)
            let units = try await OrganisationalUnit.query(on: db).sort(\.$name).all().map { UnitName(id: $0.id!, name: $0.name) }
            return OrganisationDashboardFigures(query: query, units: units)
        }
        return (figures, computedAt)
    }
}

extension Application {
    private struct OrganisationDashboardsKey: StorageKey {
        typealias Value = RefreshingCache<OrganisationDashboardFigures.Key, OrganisationDashboardFigures>
    }

    /// Set up by `configure` with the configured refresh interval; without it, figures are computed for every request.
    var organisationDashboards: RefreshingCache<OrganisationDashboardFigures.Key, OrganisationDashboardFigures> {
        get { storage[OrganisationDashboardsKey.self] ?? RefreshingCache(lifetime: 0) }
        set { storage[OrganisationDashboardsKey.self] = newValue }
    }
}
