import Fluent
import StrideCore
import Vapor

/// Probation feedback from colleagues: designating them on the probationer's first cycle, and
/// each colleague giving their feedback.
struct ColleagueFeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.colleagueFeedback(.key), use: show)
        routes.post(.colleagueFeedback(.key), use: designate)
        routes.get(.colleagueFeedbackRequest(.key), use: request)
        routes.post(.colleagueFeedbackRequest(.key), use: give)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let cycle = try await cycle(req, allowing: .viewStatus)
        return try await render(req, cycle, typed: nil, errors: [])
    }

    @Sendable func designate(req: Request) async throws -> Response {
        let cycle = try await cycle(req, allowing: .designate)
        let sent = try req.content.decode([String: String].self)
        let typed = (1...ColleagueDesignation.count.upperBound).map { sent["colleague-\($0)"] ?? "" }
        switch try await ColleagueFeedbackService.designate(typed, cycle: cycle, in: req.services) {
        case .failure(let failure):
            return try await render(req, cycle, typed: typed, errors: failure.errors)
        case .success(let requests):
            req.flash("\(DisplayNumber.counted(requests.count, "colleague is", "colleagues are")) asked for feedback.")
            return req.redirect(to: .colleagueFeedback(cycle.cycle.id!))
        }
    }

    @Sendable func request(req: Request) async throws -> Response {
        let loaded = try await loadRequest(req)
        return try await renderRequest(req, loaded, sent: [:], errors: [])
    }

    @Sendable func give(req: Request) async throws -> Response {
        let loaded = try await loadRequest(req)
        try req.authorize(.give, loaded.subject)
        let sent = try req.content.decode([String: String].self)
        switch try await ColleagueFeedbackService.give(loaded.request.id!, answers: RatingFields.answers(ColleagueFeedbackForm.questions, from: sent),
                                                       strengths: sent["strengths"], development: sent["development"],
                                                       as: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            return try await renderRequest(req, loaded, sent: sent, errors: failure.errors)
        case .success:
            req.flash("Thank you: your feedback on \(loaded.staff.record.details.name) is sent to their supervisor.")
            return req.redirect(to: .feedback)
        }
    }

    private func cycle(_ req: Request, allowing action: ColleagueFeedbackPolicy.Action) async throws -> LoadedCycle {
        guard let cycle = try await CycleLookup.load(try req.parameter(.cycleID), on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The cycle")
        }
        try req.authorize(action, ColleagueFeedbackQueries.subject(cycle))
        return cycle
    }

    private func loadRequest(_ req: Request) async throws -> ColleagueFeedbackQueries.Loaded {
        guard let loaded = try await ColleagueFeedbackQueries.request(try req.parameter(.requestID), on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The feedback request")
        }
        try req.authorize(.viewRequest, loaded.subject)
        return loaded
    }

    private func render(_ req: Request, _ cycle: LoadedCycle, typed: [String]?, errors: [FieldError]) async throws -> Response {
        let subject = ColleagueFeedbackQueries.subject(cycle)
        let requests = try await ColleagueFeedbackQueries.requests(ofCycle: cycle.cycle.id!, on: req.db)
        let numbers = Dictionary(uniqueKeysWithValues: try await StaffMember.query(on: req.db)
            .filter(\.$id ~~ requests.map(\.request.$colleague.id)).all().map { ($0.id!, $0.staffNumber) })
        let model = ColleagueFeedbackModel(cycle: cycle, requests: requests, staffNumbers: numbers, readsFeedback: req.isAllowed(.read, subject),
                                           designates: req.isAllowed(.designate, subject) && cycle.cycle.colleagueDesignationDate != nil,
                                           typed: typed, errors: errors)
        return try await req.renderPage("feedback/colleagues", title: "Feedback from colleagues: \(model.staffName)", model, errors: errors)
    }

    private func renderRequest(_ req: Request, _ loaded: ColleagueFeedbackQueries.Loaded, sent: [String: String], errors: [FieldError]) async throws -> Response {
        let model = ColleagueFeedbackGiveModel(loaded, mayGive: req.isAllowed(.give, loaded.subject), sent: sent, errors: errors)
        return try await req.renderPage("feedback/colleague", title: "Feedback on \(model.staffName)", model, errors: errors)
    }
}
