import StrideCore
import Vapor

/// The signed-in person's starting page: their profile, their manager, their reports and workgroups.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let data = try await StaffProfileQuery.load(user.staffID, on: req.db) else {
            throw StrideError.notFound("Your staff record")
        }
        let model = HomeModel(
            me: StaffProfile(data, linkSupervisor: false),
            manager: data.supervisor.map { PersonSummary($0.record, unitName: $0.unitName, canOpen: false) },
            reports: data.reports.map { PersonSummary($0, canOpen: true) },
            workgroups: data.memberships.map(\.row),
            skillRounds: try await SkillRoundQueries.asking(data.person, today: req.clock.today(), on: req.db)
                .map { SkillRoundReminder($0, today: req.clock.today()) },
            skillsHref: StridePath.staffSkills(user.staffID).href,
            upwardFeedback: try await UpwardFeedbackQueries.awaiting(user.staffID, on: req.db).map {
                UpwardFeedbackReminder(chief: $0.chief, closes: DisplayDate.long($0.closesOn), href: StridePath.upwardFeedbackRound($0.roundID).href)
            },
            tasks: try await WorkTaskQueries.openTasks(of: user.staffID, on: req.db).map { TaskRow($0, today: req.clock.today()) },
            roles: user.roles.sorted().map(\.displayName),
            changePasswordHref: StridePath.changePassword.href)
        return try await req.page("home", title: "Home", model)
    }
}
