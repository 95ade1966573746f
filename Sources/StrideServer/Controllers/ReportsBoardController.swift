import StrideCore
import Vapor

/// The Reports Board's queue: the forms sent to it, filtered by unit, kind, contract type and
/// lateness, longest due first. The review itself happens on each form's page.
struct ReportsBoardController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.reportsBoardQueue, use: queue)
        routes.get(.ratingPractice, use: ratingPractice)
    }

    /// How consistently units and managers rate, from the End of Cycle forms both have signed.
    @Sendable func ratingPractice(req: Request) async throws -> Response {
        try req.authorize(.viewConsistency, ReportsBoard())
        let model = RatingConsistencyModel(byUnit: try await RatingPracticeQuery.groups(by: .unit, on: req.db),
                                           byManager: try await RatingPracticeQuery.groups(by: .manager, on: req.db))
        return try await req.page("reports-board/consistency", title: "Rating practice", model)
    }

    @Sendable func queue(req: Request) async throws -> Response {
        try req.authorize(.viewQueue, ReportsBoard())
        let user = try req.requireUser()
        let query = try req.query.decode(ReportsBoardQueueQuery.self)
        let today = req.clock.today()
        let filter = query.filter(today: today, viewer: user.staffID)
        let visibility = AppraisalPolicy.visibility(for: user.viewer)
        let total = try await FormListQuery.count(visibility, filter: filter, today: today, on: req.db)
        let page = Pagination.clamp(query.page, pageSize: Self.pageSize, total: total)
        let rows = try await FormListQuery.page(visibility, filter: filter, order: .due(offset: (page - 1) * Self.pageSize),
                                                limit: Self.pageSize, today: today, on: req.db).rows
        var model = ReportsBoardQueueModel(query: query, units: try await UnitQueries.all(on: req.db), rows: rows, total: total,
                                           today: today, pagination: Pagination(page: page, pageSize: Self.pageSize, total: total,
                                                                                path: StridePath.reportsBoardQueue.href, query: query.asQuery))
        model.plans = try await ImprovementPlanQueries.awaitingBoard(on: req.db).map { plan, name in
            .init(href: StridePath.improvementPlan(plan.id!).href, name: name,
                  progress: plan.reviewProgress == .sufficient ? "Sufficient progress" : "Insufficient progress",
                  reviewed: plan.reviewedAt.map(DisplayDate.instant) ?? "")
        }
        return try await req.page("reports-board/queue", title: "Reports Board", model)
    }
}
