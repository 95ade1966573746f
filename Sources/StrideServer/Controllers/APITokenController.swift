import Fluent
import StrideCore
import Vapor

/// A person's API tokens: making one (its secret shown once, on the page that answers the form,
/// never in a redirect), and revoking one.
struct APITokenController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiTokens, use: index)
        routes.post(.apiTokens, use: create)
        routes.post(.revokeAPIToken(.key), use: revoke)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await render(req, secret: nil, posted: [:], errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let posted = try req.content.decode([String: String].self)
        let viewer = try req.requireUser().viewer
        let kind: TokenKind = posted["kind"] == TokenKind.service.rawValue ? .service : .personal
        try req.authorize(.create, APITokenSubject(ownerID: viewer.staffID, kind: kind))
        switch try await APITokenService.create(.init(name: posted["name"], scope: posted["scope"], expiresAt: posted["expiresAt"]), kind: kind,
                                                in: req.services) {
        case .failure(let failure): return try await render(req, secret: nil, posted: posted, errors: failure.errors)
        case .success(let created):
            let response = try await render(req, secret: created.secret, posted: [:], errors: [])
            response.status = .created
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        guard let token = try await APIToken.find(try req.parameter(.tokenID), on: req.db) else { throw StrideError.notFound("The token") }
        try req.authorize(.revoke, token.subject)
        try await APITokenService.revoke(token, in: req.services)
        req.flash("Token “\(token.name)” revoked: it no longer works.")
        return req.redirect(to: .apiTokens)
    }

    private func render(_ req: Request, secret: String?, posted: [String: String], errors: [FieldError]) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let model = APITokensModel(listed: try await APITokenQueries.visible(to: viewer, on: req.db), now: req.clock.now(), secret: secret,
                                   mayMakeService: req.isAllowed(.create, APITokenSubject(ownerID: viewer.staffID, kind: .service)),
                                   mayRevoke: { req.isAllowed(.revoke, $0.subject) }, posted: posted, errors: errors)
        return try await req.renderPage("account/tokens", title: "API tokens", model, errors: errors)
    }
}
