import Fluent
import StrideCore
import Vapor

/// The signed-in person's starting page: their profile, their manager, their reports and workgroups.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.home.components, use: show)
    }

    struct HomeView: Encodable {
        let me: StaffController.ProfileView
        let manager: PersonSummary?
        let reports: [PersonSummary]
        let workgroups: [WorkgroupController.WorkgroupRow]
        let roles: [String]
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let me = try await StaffMember.query(on: req.db).with(\.$unit).with(\.$supervisor)
            .filter(\.$id == user.staffID).first() else { throw StrideError.notFound("Your staff record") }
        let reports = try await StaffMember.query(on: req.db).with(\.$unit)
            .filter(\.$supervisor.$id == user.staffID).filter(\.$status == .active).sort(\.$name).all()
        let managerUnit = try await me.supervisor?.$unit.get(on: req.db)
        let workgroups = try await WorkgroupController.rows(on: req.db, memberID: user.staffID)
        let view = HomeView(
            me: try await StaffController.profile(me, relation: .oneself, on: req.db),
            manager: me.supervisor.map { PersonSummary($0, unitName: managerUnit?.name, canOpen: false) },
            reports: reports.map { PersonSummary($0, unitName: $0.unit?.name, canOpen: true) },
            workgroups: workgroups,
            roles: user.roles.sorted().map(\.displayName))
        return try await req.page("home", title: "Home", view)
    }
}
