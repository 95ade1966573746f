import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// Upward feedback on responsible chiefs: the rounds, responding, closing, the compiled report,
/// and HR's template. Nothing here reads a response; the report is the only view of them.
extension StrideAPIController {
    func listUpwardFeedbackRounds(_ input: Operations.ListUpwardFeedbackRounds.Input) async throws -> Operations.ListUpwardFeedbackRounds.Output {
        let req = try APIRequest.signedIn()
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        let viewer = try req.requireUser().viewer
        let rounds = try await UpwardFeedbackQueries.rounds(for: viewer, on: req.db)
        let page = try Self.page(rounds.map {
            Components.Schemas.UpwardFeedbackRound($0.round, chiefName: $0.chiefName, invitation: $0.invitation, viewer: viewer)
        }, cursor: input.query.cursor, limit: input.query.limit, descending: true, key: \.opens, id: \.id)
        return .ok(.init(body: .json(.init(rounds: page.items, next: page.next?.token))))
    }

    func openUpwardFeedbackRound(_ input: Operations.OpenUpwardFeedbackRound.Input) async throws -> Operations.OpenUpwardFeedbackRound.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"chiefId\", \"closesOn\"}") }
        switch try await UpwardFeedbackService.open(UpwardFeedbackRoundInput(chief: body.chiefId, closesOn: body.closesOn), in: req.services) {
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map { FieldError($0.field == "chief" ? "chiefId" : $0.field, $0.message) })
        case .success(let round):
            return .created(.init(body: .json(try await Self.upwardFeedbackRound(round.requireID(), req))))
        }
    }

    func getUpwardFeedbackRound(_ input: Operations.GetUpwardFeedbackRound.Input) async throws -> Operations.GetUpwardFeedbackRound.Output {
        let req = try APIRequest.signedIn()
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        return .ok(.init(body: .json(try await Self.upwardFeedbackRound(try Self.roundID(input.path.roundID), req))))
    }

    func respondToUpwardFeedbackRound(_ input: Operations.RespondToUpwardFeedbackRound.Input) async throws -> Operations.RespondToUpwardFeedbackRound.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.roundID(input.path.roundID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"answers\": [{\"questionId\", \"rating\"}], \"comment\"}") }
        let answers = UpwardFeedbackAnswers(answers: body.answers.map { ($0.questionId, $0.rating.map(String.init) ?? UpwardFeedbackAnswers.cannotJudge) },
                                            comment: body.comment)
        switch try await UpwardFeedbackService.respond(to: id, answers, as: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map { FieldError($0.field.hasPrefix("answer-") ? "answers" : $0.field, $0.message) })
        case .success: return .created(.init(body: .json(.init(roundId: id.uuidString.lowercased(), responded: true))))
        }
    }

    func closeUpwardFeedbackRound(_ input: Operations.CloseUpwardFeedbackRound.Input) async throws -> Operations.CloseUpwardFeedbackRound.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        let id = try Self.roundID(input.path.roundID)
        try await UpwardFeedbackService.close(id, in: req.services)
        return .ok(.init(body: .json(try await Self.upwardFeedbackRound(id, req))))
    }

    func getUpwardFeedbackReport(_ input: Operations.GetUpwardFeedbackReport.Input) async throws -> Operations.GetUpwardFeedbackReport.Output {
        let req = try APIRequest.signedIn()
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        let loaded = try await Self.loadRound(try Self.roundID(input.path.roundID), req)
        try req.authorize(.readReport, loaded.subject)
        guard let report = loaded.round.compiledReport else {
            throw StrideError.conflict("The round is open until \(loaded.round.closesOn.iso): its report is compiled when it closes")
        }
        let questions = Dictionary(uniqueKeysWithValues: loaded.round.questionList.map { ($0.id, $0) })
        return .ok(.init(body: .json(.init(
            released: report.released, responses: report.responses, threshold: loaded.round.threshold,
            questions: report.questions.compactMap { compiled in
                questions[compiled.id].map {
                    .init(id: compiled.id.uuidString.lowercased(), category: .init(rawValue: $0.category.rawValue) ?? .overall, text: $0.text,
                          count: compiled.count, mean: compiled.mean, distribution: compiled.distribution)
                }
            },
            comments: report.comments))))
    }

    func getUpwardFeedbackTemplate(_ input: Operations.GetUpwardFeedbackTemplate.Input) async throws -> Operations.GetUpwardFeedbackTemplate.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        return .ok(.init(body: .json(.init(try await UpwardFeedbackQueries.template(on: req.db)))))
    }

    func updateUpwardFeedbackTemplate(_ input: Operations.UpdateUpwardFeedbackTemplate.Input) async throws -> Operations.UpdateUpwardFeedbackTemplate.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        guard case .json(let body) = input.body else {
            throw StrideError.badRequest("body: send {\"threshold\", \"includeSubUnits\", \"questions\": [{\"category\", \"text\"}]}")
        }
        func lines(_ category: Components.Schemas.UpwardFeedbackCategory) -> String {
            body.questions.filter { $0.category == category }.map(\.text).joined(separator: "\n")
        }
        let typed = UpwardFeedbackTemplateInput(threshold: String(body.threshold), includeSubUnits: body.includeSubUnits,
                                                values: lines(.value), competencies: lines(.competency), overall: lines(.overall))
        switch try await UpwardFeedbackService.saveTemplate(typed, in: req.services) {
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map { FieldError(["values", "competencies", "overall"].contains($0.field) ? "questions" : $0.field,
                                                                      $0.message) })
        case .success(let template): return .ok(.init(body: .json(.init(template))))
        }
    }

    private static func roundID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw StrideError.notFound("The feedback round") }
        return id
    }

    private static func loadRound(_ id: UUID, _ req: Request) async throws -> UpwardFeedbackQueries.Loaded {
        guard let loaded = try await UpwardFeedbackQueries.load(id, for: try req.requireUser().viewer, on: req.db) else {
            throw StrideError.notFound("The feedback round")
        }
        try req.authorize(.view, loaded.subject)
        return loaded
    }

    /// One round as its own answer: with its questions, and for HR its invitees.
    private static func upwardFeedbackRound(_ id: UUID, _ req: Request) async throws -> Components.Schemas.UpwardFeedbackRound {
        let loaded = try await loadRound(id, req)
        let viewer = try req.requireUser().viewer
        var body = Components.Schemas.UpwardFeedbackRound(loaded.round, chiefName: loaded.chief.record.details.name,
                                                          invitation: loaded.subject.invitation, viewer: viewer)
        body.questions = loaded.round.questionList.map(Components.Schemas.UpwardFeedbackQuestion.init)
        if req.isAllowed(.administer, loaded.subject) {
            body.invitees = try await UpwardFeedbackQueries.invitations(of: id, on: req.db).map {
                .init(staffId: $0.person.id.uuidString.lowercased(), name: $0.person.name, responded: $0.responded)
            }
        }
        return body
    }
}

extension Components.Schemas.UpwardFeedbackRound {
    /// A round as a viewer may see it: the response count for HR only, `responded` for invitees only.
    init(_ round: UpwardFeedbackRound, chiefName: String, invitation: UpwardFeedbackRoundSubject.Invitation, viewer: Viewer) {
        self.init(id: round.id?.uuidString.lowercased() ?? "", chiefId: round.$chief.id.uuidString.lowercased(), chiefName: chiefName,
                  status: round.isOpen ? .open : .closed, opens: round.opensOn.iso, closes: round.closesOn.iso,
                  invitedCount: round.invitedCount, threshold: round.threshold,
                  responseCount: viewer.isHRAdministrator ? round.responseCount : nil,
                  responded: invitation == .notInvited ? nil : invitation == .responded)
    }
}

extension Components.Schemas.UpwardFeedbackQuestion {
    init(_ question: UpwardFeedbackQuestion) {
        self.init(id: question.id.uuidString.lowercased(), category: .init(rawValue: question.category.rawValue) ?? .overall, text: question.text)
    }
}

extension Components.Schemas.UpwardFeedbackTemplate {
    init(_ template: UpwardFeedbackTemplate) {
        self.init(threshold: template.threshold.value, includeSubUnits: template.includeSubUnits,
                  questions: template.questions.map(Components.Schemas.UpwardFeedbackQuestion.init))
    }
}
