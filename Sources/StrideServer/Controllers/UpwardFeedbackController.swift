import Fluent
import StrideCore
import Vapor

/// Upward feedback for everyone: the rounds a person answers or reads, a round's page (the
/// anonymous form, or the compiled report), and responding.
struct UpwardFeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.feedback, use: index)
        routes.get(.upwardFeedbackRound(.key), use: show)
        routes.post(.upwardFeedbackResponses(.key), use: respond)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        let viewer = try req.requireUser().viewer
        let model = FeedbackIndexModel(rounds: try await UpwardFeedbackQueries.rounds(for: viewer, on: req.db),
                                       asked: try await ColleagueFeedbackQueries.asked(of: viewer.staffID, on: req.db), viewer: viewer,
                                       today: req.clock.today(), adminHref: req.isAllowed(.enter, Administration()) ? StridePath.upwardFeedbackAdmin.href : nil)
        return try await req.page("feedback/index", title: "Feedback", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        return try await render(req, try await load(req), sent: [:], errors: [])
    }

    @Sendable func respond(req: Request) async throws -> Response {
        let loaded = try await load(req)
        try req.authorize(.respond, loaded.subject)
        let sent = try req.content.decode([String: String].self)
        let answers = UpwardFeedbackAnswers(answers: RatingFields.answers(loaded.round.questionList.map { ($0.id, $0.text) }, from: sent),
                                            comment: sent["comment"])
        switch try await UpwardFeedbackService.respond(to: try loaded.round.requireID(), answers, as: try req.requireUser().viewer,
                                                       in: req.services) {
        case .failure(let failure):
            return try await render(req, loaded, sent: sent, errors: failure.errors)
        case .success:
            req.flash("Thank you: your response is recorded, with nothing that links it to you.")
            return req.redirect(to: .upwardFeedbackRound(try loaded.round.requireID()))
        }
    }

    private func load(_ req: Request) async throws -> UpwardFeedbackQueries.Loaded {
        guard let loaded = try await UpwardFeedbackQueries.load(try req.parameter(.roundID), for: try req.requireUser().viewer, on: req.db) else {
            throw StrideError.notFound("The feedback round")
        }
        try req.authorize(.view, loaded.subject)
        return loaded
    }

    private func render(_ req: Request, _ loaded: UpwardFeedbackQueries.Loaded, sent: [String: String], errors: [FieldError]) async throws -> Response {
        let administers = req.isAllowed(.administer, loaded.subject)
        let invitees = administers ? try await UpwardFeedbackQueries.invitations(of: try loaded.round.requireID(), on: req.db) : []
        let model = UpwardFeedbackRoundModel(loaded, mayRespond: req.isAllowed(.respond, loaded.subject),
                                             readsReport: req.isAllowed(.readReport, loaded.subject), administers: administers,
                                             invitees: invitees, sent: sent, errors: errors)
        return try await req.renderPage("feedback/round", title: "Upward feedback on \(model.chief)", model, errors: errors)
    }
}
