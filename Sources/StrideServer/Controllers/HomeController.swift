import Fluent
import StrideCore
import Vapor

/// The signed-in person's starting page: their profile, their manager, their reports and workgroups.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let me = try await StaffMember.query(on: req.db).with(\.$supervisor).filter(\.$id == user.staffID).first() else {
            throw StrideError.notFound("Your staff record")
        }
        let reports = try await StaffProfileQuery.directReports(of: user.staffID, on: req.db)
        let managerUnit = try await me.supervisor?.$unit.get(on: req.db)
        let model = HomeModel(
            me: StaffProfile(try await StaffProfileQuery.load(me, on: req.db), linkSupervisor: false),
            manager: try me.supervisor.map { PersonSummary(try $0.record(), unitName: managerUnit?.name, canOpen: false) },
            reports: try reports.map { PersonSummary(try $0.record(), unitName: $0.unit?.name, canOpen: true) },
            workgroups: try await WorkgroupQueries.rows(on: req.db, memberID: user.staffID),
            roles: user.roles.sorted().map(\.displayName),
            changePasswordHref: StridePath.changePassword.href)
        return try await req.page("home", title: "Home", model)
    }
}
