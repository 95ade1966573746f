import StrideCore
import Vapor

/// A manager's team: each person they appraise, where their cycle stands, what is due next,
/// and what waits for the manager.
struct TeamController: RouteCollection {
    /// Far more than anyone appraises; the page lists them all.
    static let limit = 1_000

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myTeam, use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let forms = try await FormListQuery.page(AppraisalPolicy.visibility(for: user.viewer), filter: .init(appraiser: user.staffID),
                                                 order: .due(offset: 0), limit: Self.limit, today: req.clock.today(), on: req.db).rows
        let reports = try await StaffRows.directReports(of: user.staffID, on: req.db)
        let skills = try await SkillAssessmentQueries.waiting(for: user.staffID, today: req.clock.today(), on: req.db)
        return try await req.page("appraisals/team", title: "My team", TeamModel(forms: forms, reports: reports, today: req.clock.today(),
                                                                         mayDelegate: req.isAllowed(.list, DelegationSubject(staffUnitID: nil)),
                                                                         skillsWaiting: skills))
    }
}
