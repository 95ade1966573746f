import Fluent
import StrideCore
import Vapor

/// HR's rounds of skills assessment: each round's progress, and opening a new one. Registered in
/// the HR-only group.
struct SkillRoundController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.skillRounds, use: index)
        routes.post(.skillRounds, use: open)
    }

    struct OpenForm: Content {
        var name: String?
        var scope: String?
        var unit: String?
        var role: String?
        var dueOn: String?

        var input: SkillRoundInput { SkillRoundInput(name: name, scope: scope, unit: unit, role: role, dueOn: dueOn) }
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        return try await render(req, form: OpenForm(scope: "everyone"), errors: [])
    }

    @Sendable func open(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let form = try req.content.decode(OpenForm.self)
        switch try await SkillRoundService.open(form.input, in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, errors: failure.errors)
        case .success(let round):
            req.flash("\(round.name) is open: everyone it asks sees it on their home page.")
            return req.redirect(to: .skillRounds)
        }
    }

    private func render(_ req: Request, form: OpenForm, errors: [FieldError]) async throws -> Response {
        let model = SkillRoundsModel(
            rounds: try await SkillRoundQueries.all(on: req.db), today: req.clock.today(), action: StridePath.skillRounds.href,
            fields: SkillRoundsModel.fields(form, units: try await UnitQueries.all(on: req.db),
                                            roles: try await RoleProfileQueries.choices(on: req.db), errors: errors))
        return try await req.renderPage("skills/rounds", title: "Skills assessment rounds", model, errors: errors)
    }
}
