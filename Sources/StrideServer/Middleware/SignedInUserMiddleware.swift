import Fluent
import StrideCore
import Vapor

/// Finds who is signed in from the session. Ends the session when it has been idle too long,
/// or when the account has since been disabled or the person separated, so those take effect
/// on the very next request rather than at the next sign-in.
struct SignedInUserMiddleware: AsyncMiddleware {
    static let touchInterval: TimeInterval = 60

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // An API client with a token is that token's person for this request alone; a token that
        // does not work is refused outright rather than falling back to a session.
        if request.url.path.hasPrefix("/api/v1/"), let header = request.headers.first(name: .authorization) {
            guard let secret = APITokenSecret.bearer(header),
                  let token = try await APITokenService.authenticate(secret, now: request.clock.now(), on: request.db),
                  let user = try await SignedInUserQuery.user(token.staffID, from: token.person, on: request.db, cache: request.application.headedUnits),
                  token.kind == .personal || user.viewer.isHRAdministrator else {
                throw StrideError.notSignedIn
            }
            request.signedInUser = user
            request.apiTokenScope = token.scope
            return try await next.respond(to: request)
        }
        if request.hasSession, let raw = request.session.data[SessionKeys.staffID], let staffID = UUID(uuidString: raw) {
            let now = request.clock.now()
            let lastSeen = request.session.data[SessionKeys.lastSeen].flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
            let idle = request.application.strideConfig.sessionIdleTimeout
            if let lastSeen, now.timeIntervalSince(lastSeen) <= idle,
               let user = try await Self.user(staffID, for: request) {
                request.signedInUser = user
                // Noted at most once a minute, so most requests leave the session row alone.
                if now.timeIntervalSince(lastSeen) >= Self.touchInterval {
                    request.session.data[SessionKeys.lastSeen] = String(now.timeIntervalSince1970)
                }
            } else {
                request.session.data[SessionKeys.staffID] = nil
                request.session.data[SessionKeys.lastSeen] = nil
            }
        }
        return try await next.respond(to: request)
    }

    /// The person as the session read found them, or read now if the session row named someone else.
    private static func user(_ staffID: UUID, for request: Request) async throws -> SignedInUser? {
        let cache = request.application.headedUnits
        if let owner = request.sessionOwner, owner.staffID == staffID {
            return try await SignedInUserQuery.user(staffID, from: owner.row, on: request.db, cache: cache)
        }
        return try await SignedInUserQuery.load(staffID, on: request.db, cache: cache)
    }
}

extension Request {
    private struct TokenScopeKey: StorageKey { typealias Value = TokenScope }

    /// The scope of the token the request was made with; nil for a session (or no sign-in).
    var apiTokenScope: TokenScope? {
        get { storage[TokenScopeKey.self] }
        set { storage[TokenScopeKey.self] = newValue }
    }

    private struct SessionOwnerKey: StorageKey { typealias Value = (staffID: UUID, row: SignedInUserQuery.Row) }

    /// The person the session row belongs to, with the columns `SignedInUserQuery` reads, as the session read found them.
    var sessionOwner: (staffID: UUID, row: SignedInUserQuery.Row)? {
        get { storage[SessionOwnerKey.self] }
        set { storage[SessionOwnerKey.self] = newValue }
    }
}

/// Lets only signed-in people through. Pages send others to the sign-in form (and back
/// afterwards); JSON callers get 401. Someone holding a one-time password may do nothing but
/// choose their own password or sign out.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.signedInUser else {
            if request.wantsJSON || request.method != .GET { throw StrideError.notSignedIn }
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~/")
            let next = request.url.string.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
            return request.redirect(to: StridePath.login.href + "?next=" + next, redirectType: .normal)
        }
        let allowed = [StridePath.changePassword.href, StridePath.logout.href]
        if user.mustChangePassword, !allowed.contains(request.url.path) {
            if request.wantsJSON { throw StrideError.forbidden }
            return request.redirect(to: .changePassword)
        }
        return try await next.respond(to: request)
    }
}
