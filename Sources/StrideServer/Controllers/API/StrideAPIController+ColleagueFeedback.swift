import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// Probation feedback from colleagues: designating them, listing what one is asked for, giving it.
extension StrideAPIController {
    func getColleagueFeedback(_ input: Operations.GetColleagueFeedback.Input) async throws -> Operations.GetColleagueFeedback.Output {
        let req = try APIRequest.signedIn()
        let cycle = try await Self.colleagueFeedbackCycle(input.path.cycleID, allowing: .viewStatus, req)
        let all = try await Self.colleagueFeedbackList(cycle, req)
        let page = try Self.page(all.requests, cursor: input.query.cursor, limit: input.query.limit, key: \.dueOn, id: \.id)
        return .ok(.init(body: .json(.init(requests: page.items, next: page.next?.token))))
    }

    func designateColleagues(_ input: Operations.DesignateColleagues.Input) async throws -> Operations.DesignateColleagues.Output {
        let req = try APIRequest.signedIn()
        let cycle = try await Self.colleagueFeedbackCycle(input.path.cycleID, allowing: .designate, req)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"colleagues\": [\"staff id, number or email\"]}") }
        switch try await ColleagueFeedbackService.designate(body.colleagues, cycle: cycle, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success: return .ok(.init(body: .json(try await Self.colleagueFeedbackList(cycle, req))))
        }
    }

    func listColleagueFeedbackRequests(_ input: Operations.ListColleagueFeedbackRequests.Input) async throws -> Operations.ListColleagueFeedbackRequests.Output {
        let req = try APIRequest.signedIn()
        let me = try req.requireUser()
        let asked = try await ColleagueFeedbackQueries.asked(of: me.staffID, on: req.db).map {
            Components.Schemas.ColleagueFeedbackRequest($0.request, staffName: $0.staffName, colleagueName: me.name, showsFeedback: true)
        }
        let page = try Self.page(asked, cursor: input.query.cursor, limit: input.query.limit, key: \.dueOn, id: \.id)
        return .ok(.init(body: .json(.init(requests: page.items, next: page.next?.token))))
    }

    func giveColleagueFeedback(_ input: Operations.GiveColleagueFeedback.Input) async throws -> Operations.GiveColleagueFeedback.Output {
        let req = try APIRequest.signedIn()
        let me = try req.requireUser()
        guard let id = UUID(uuidString: input.path.requestID),
              let loaded = try await ColleagueFeedbackQueries.request(id, on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The feedback request")
        }
        try req.authorize(.give, loaded.subject)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"answers\", \"strengths\", \"development\"}") }
        let answers = body.answers.map { ($0.questionId, $0.rating.map(String.init) ?? UpwardFeedbackAnswers.cannotJudge) }
        switch try await ColleagueFeedbackService.give(id, answers: answers, strengths: body.strengths, development: body.development,
                                                       as: me.viewer, in: req.services) {
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map { FieldError($0.field.hasPrefix("answer-") ? "answers" : $0.field, $0.message) })
        case .success(let request):
            return .created(.init(body: .json(.init(request, staffName: loaded.staff.record.details.name, colleagueName: me.name,
                                                    showsFeedback: true))))
        }
    }

    private static func colleagueFeedbackCycle(_ text: String, allowing action: ColleagueFeedbackPolicy.Action, _ req: Request) async throws -> LoadedCycle {
        guard let id = UUID(uuidString: text), let cycle = try await CycleLookup.load(id, on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The cycle")
        }
        try req.authorize(action, ColleagueFeedbackQueries.subject(cycle))
        return cycle
    }

    private static func colleagueFeedbackList(_ cycle: LoadedCycle, _ req: Request) async throws -> Components.Schemas.ColleagueFeedbackList {
        let reads = req.isAllowed(.read, ColleagueFeedbackQueries.subject(cycle))
        let requests = try await ColleagueFeedbackQueries.requests(ofCycle: cycle.cycle.id!, on: req.db)
        return .init(requests: requests.map {
            .init($0.request, staffName: cycle.staff.record.details.name, colleagueName: $0.colleague, showsFeedback: reads)
        }, next: nil)
    }
}

extension Components.Schemas.ColleagueFeedbackRequest {
    init(_ request: ColleagueFeedbackRequest, staffName: String, colleagueName: String, showsFeedback: Bool) {
        let ratings = request.ratingsByQuestion
        let feedback: FeedbackPayload? = showsFeedback && request.isGiven ? .init(
            ratings: ColleagueFeedbackForm.questions.map { question in
                .init(questionId: question.id.uuidString.lowercased(), question: question.text, rating: ratings[question.id] ?? nil)
            },
            strengths: request.strengths ?? "", development: request.development) : nil
        self.init(id: request.id?.uuidString.lowercased() ?? "", staffId: request.$staffMember.id.uuidString.lowercased(), staffName: staffName,
                  colleagueId: request.$colleague.id.uuidString.lowercased(), colleagueName: colleagueName, dueOn: request.dueOn.iso,
                  givenAt: request.givenAt, feedback: feedback)
    }
}
