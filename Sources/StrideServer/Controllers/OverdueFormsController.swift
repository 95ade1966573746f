import StrideCore
import Vapor

/// HR's list of every appraisal form past its due date across the organisation. Registered in
/// the HR-only group.
struct OverdueFormsController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.overdueForms, use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let today = req.clock.today()
        // The total first, so a page past the end shows the last one.
        let total = try await AppraisalQueries.overdueCount(on: today, db: req.db)
        let page = Pagination.clamp(req.query[String.self, at: "page"], pageSize: Self.pageSize, total: total)
        let forms = try await AppraisalQueries.overdue(on: today, offset: (page - 1) * Self.pageSize, limit: Self.pageSize, db: req.db)
        let model = OverdueFormsModel(forms: forms, total: total, today: today,
                                      pagination: Pagination(page: page, pageSize: Self.pageSize, total: total,
                                                             path: StridePath.overdueForms.href, query: [:]))
        return try await req.page("cycles/overdue", title: "Overdue forms", model)
    }
}
