import Fluent
import Foundation
import StrideAPI
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
    /// HR's dashboard page content as last drawn from `organisationDashboards`.
    let organisationPages = DerivedFromFigures<OrganisationDashboardFigures.Key, String>()
    /// HR's dashboard API answer as last built from `organisationDashboards`.
    let organisationAnswers = DerivedFromFigures<OrganisationDashboardFigures.Key, Components.Schemas.OrganisationDashboard>()

    init(lifetime: TimeInterval) {
        organisationDashboards = RefreshingCache(lifetime: lifetime)
        teamDashboards = RefreshingCache(lifetime: lifetime)
        alignment = RefreshingCache(lifetime: lifetime)
    }

    /// HR's dashboard figures for `filters` today, with every unit by name for the unit filter.
    func organisation(_ filters: DashboardFilters, for req: Request) async throws -> Refreshed<OrganisationDashboardFigures> {
        try await organisation(Self.key(filters, for: req), for: req)
    }

    private func organisation(_ key: OrganisationDashboardFigures.Key, for req: Request) async throws -> Refreshed<OrganisationDashboardFigures> {
        try await refreshed(organisationDashboards, key, for: req) { db in
            let query = try await OrganisationDashboardQuery.load(scopeID: key.scope, allCycles: key.allCycles, today: key.today, db: db)
            let units = try await OrganisationalUnit.query(on: db).sort(\.$name).all().map { OrganisationDashboardFigures.UnitName(id: $0.id!, name: $0.name) }
            return OrganisationDashboardFigures(query: query, units: units)
        }
    }

    /// What `derive` makes of HR's dashboard figures for `filters` today (the page's content,
    /// the API's answer), once per refresh of the figures; kept in `kept`.
    func organisation<Value>(_ filters: DashboardFilters, kept: DerivedFromFigures<OrganisationDashboardFigures.Key, Value>, for req: Request,
                             derive: @escaping @Sendable (Refreshed<OrganisationDashboardFigures>) async throws -> Value) async throws -> Value {
        // One key for both, so a request made across midnight derives from the figures it read.
        let key = Self.key(filters, for: req)
        let figures = try await organisation(key, for: req)
        return try await kept.value(for: key, serial: figures.serial) { try await derive(figures) }
    }

    private static func key(_ filters: DashboardFilters, for req: Request) -> OrganisationDashboardFigures.Key {
        OrganisationDashboardFigures.Key(scope: filters.unit, allCycles: filters.allCycles, today: req.clock.today())
    }

    /// A manager's team dashboard today (the first rows of each list).
    func team(of managerID: UUID, for req: Request) async throws -> Refreshed<TeamDashboardQuery> {
        let key = Team(managerID: managerID, today: req.clock.today())
        return try await refreshed(teamDashboards, key, for: req) { db in
            try await TeamDashboardQuery.load(managerID: key.managerID, today: key.today, db: db)
        }
    }

    /// The alignment tree on a day.
    /// - Parameter unit: a unit the caller asks about: one added since the tree was computed
    ///   (on any server) has the tree computed again, so a new unit's branch opens at once.
    func alignment(on day: CalendarDate, including unit: UUID? = nil, for req: Request) async throws -> Refreshed<AlignmentQuery> {
        func tree() async throws -> Refreshed<AlignmentQuery> {
            try await refreshed(alignment, day, for: req) { db in try await AlignmentQuery.load(on: day, db: db) }
        }
        let cached = try await tree()
        guard let unit, cached.value.units[unit] == nil, let serial = cached.serial,
              try await OrganisationalUnit.find(unit, on: req.db) != nil else { return cached }
        await alignment.forget(day, serial: serial)
        return try await tree()
    }

    /// The value for `key` from `cache`, computed on the application's database rather than the
    /// request's: the computation may serve other requests and outlive this one.
    private func refreshed<Key, Value>(_ cache: RefreshingCache<Key, Value>, _ key: Key, for req: Request,
                                       compute: @escaping @Sendable (any Database) async throws -> Value) async throws -> Refreshed<Value> {
        let db = req.application.db
        let computed = try await cache.value(for: key, now: req.clock.now()) { try await compute(db) }
        return Refreshed(value: computed.value, computedAt: computed.computedAt, serial: computed.serial, lifetime: cache.lifetime)
    }
}

/// Figures with when they were computed and how long they are kept (0: computed for each request).
struct Refreshed<Value: Sendable>: Sendable {
    let value: Value
    let computedAt: Date
    /// Which computation these figures are (`RefreshingCache.Computed`); nil when not kept.
    let serial: Int?
    let lifetime: TimeInterval
}

extension Application {
    private struct FigureCachesKey: StorageKey { typealias Value = FigureCaches }

    /// Set up by `configure` with the configured refresh interval; without it, figures are computed for every request.
    var figureCaches: FigureCaches {
        get { storage[FigureCachesKey.self] ?? FigureCaches(lifetime: 0) }
        set { storage[FigureCachesKey.self] = newValue }
    }
}

extension Request {
    /// The organisation's or a unit's outcomes changed through this request: the alignment tree
    /// is drawn afresh on this server, so whoever made the change sees it (other servers catch up
    /// within the refresh interval, as their pages say).
    func outcomesChanged() async {
        await application.figureCaches.alignment.forgetAll()
    }
}
