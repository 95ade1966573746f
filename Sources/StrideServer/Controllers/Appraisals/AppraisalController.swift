import StrideCore
import Vapor

/// A person's own appraisal cycles.
struct AppraisalController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myAppraisal, use: mine)
    }

    /// The cycles the person's contract gives under the current policies, from entry on duty
    /// to two years ahead: the current one with what is due, the next, and the past.
    @Sendable func mine(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let me = try await StaffRows.personAndSupervisor(user.staffID, on: req.db)?.person else {
            throw StrideError.notFound("Your staff record")
        }
        let details = me.record.details
        let today = req.clock.today()
        let cycles = try await AppraisalQueries.cycles(of: me, on: req.db, today: today)
        let opened = try await AppraisalQueries.forms(of: user.staffID, on: req.db)
        return try await req.page("appraisals/mine", title: "My appraisal",
                                  MyAppraisalModel(staff: details, cycles: cycles, opened: opened, today: today))
    }
}
