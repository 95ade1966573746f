import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// API tokens through the API: a person's own, HR's service tokens.
extension StrideAPIController {
    func listTokens(_ input: Operations.ListTokens.Input) async throws -> Operations.ListTokens.Output {
        let req = try APIRequest.signedIn()
        let viewer = try req.requireUser().viewer
        let page = try Self.page(try await APITokenQueries.visible(to: viewer, on: req.db).map(Components.Schemas.APIToken.init),
                                 cursor: input.query.cursor, limit: input.query.limit, descending: true, key: { PageKey.instant($0.createdAt) }, id: \.id)
        return .ok(.init(body: .json(.init(tokens: page.items, next: page.next?.token))))
    }

    func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
        let req = try APIRequest.signedIn()
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"name\", \"scope\", \"expiresAt\"?}") }
        let viewer = try req.requireUser().viewer
        let kind: TokenKind = body.kind == .service ? .service : .personal
        try req.authorize(.create, APITokenSubject(ownerID: viewer.staffID, kind: kind))
        let input = APITokenInput(name: body.name, scope: body.scope.rawValue, expiresAt: body.expiresAt)
        switch try await APITokenService.create(input, kind: kind, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success(let created):
            return .created(.init(body: .json(.init(id: created.token.id!.uuidString.lowercased(), token: created.secret,
                                                    expiresAt: created.token.expiresAt, scope: created.token.scope.rawValue))))
        }
    }

    func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.tokenID), let token = try await APIToken.find(id, on: req.db) else {
            throw StrideError.notFound("The token")
        }
        try req.authorize(.revoke, token.subject)
        try await APITokenService.revoke(token, in: req.services)
        return .noContent(.init())
    }
}

extension Components.Schemas.APIToken {
    init(_ listed: APITokenQueries.Listed) {
        let token = listed.token
        self.init(id: token.id!.uuidString.lowercased(), name: token.name, kind: token.kind == .service ? .service : .personal,
                  scope: token.scope == .read ? .read : .readWrite, shown: token.shown, ownerName: listed.ownerName, createdAt: token.createdAt,
                  expiresAt: token.expiresAt, lastUsedAt: token.lastUsedAt, revokedAt: token.revokedAt)
    }
}
