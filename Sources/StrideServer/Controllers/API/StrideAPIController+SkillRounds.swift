import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// The rounds of skills assessment, HR's alone (refused to anyone else before the body is read).
extension StrideAPIController {
    func listSkillRounds(_ input: Operations.ListSkillRounds.Input) async throws -> Operations.ListSkillRounds.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        let page = try Self.page(try await SkillRoundQueries.all(on: req.db).map(Components.Schemas.SkillRound.init),
                                 cursor: input.query.cursor, limit: input.query.limit, descending: true, key: { PageKey.instant($0.openedAt) }, id: \.id)
        return .ok(.init(body: .json(.init(rounds: page.items, next: page.next?.token))))
    }

    func openSkillRound(_ input: Operations.OpenSkillRound.Input) async throws -> Operations.OpenSkillRound.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"name\", \"scope\", \"dueOn\"}") }
        let round = SkillRoundInput(name: body.name, scope: body.scope, unit: body.unitId, role: body.roleProfileId, dueOn: body.dueOn)
        switch try await SkillRoundService.open(round, in: req.services) {
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map {
                FieldError(["unit": "unitId", "role": "roleProfileId"][$0.field] ?? $0.field, $0.message)
            })
        case .success(let opened):
            return .created(.init(body: .json(.init(try await SkillRoundQueries.progress(of: opened, on: req.db)))))
        }
    }
}

extension Components.Schemas.SkillRound {
    init(_ progress: SkillRoundQueries.Progress) {
        let round = progress.round
        self.init(id: round.id?.uuidString.lowercased() ?? "", name: round.name, scope: .init(rawValue: round.scope) ?? .everyone,
                  unitId: round.$unit.id?.uuidString.lowercased(), roleProfileId: round.$roleProfile.id?.uuidString.lowercased(),
                  dueOn: round.dueOn.iso, openedAt: round.openedAt, asked: progress.asked, proposed: progress.proposed,
                  decided: progress.decided)
    }
}
