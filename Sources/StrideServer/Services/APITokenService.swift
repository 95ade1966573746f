import Crypto
import Fluent
import SQLKit
import Foundation
import StrideCore

/// Making, revoking and using API tokens. The secret is shown once, when it is made; Stride keeps
/// only its SHA-256 hash, so a copy of the database holds no usable token.
enum APITokenService {
    struct Created: Sendable {
        let token: APIToken
        /// The secret, for the person to copy now: it cannot be shown again.
        let secret: String
    }

    static func hash(_ secret: String) -> String { SHA256.hex(secret) }

    static func create(_ input: APITokenInput, kind: TokenKind, in context: ServiceContext) async throws -> Result<Created, FieldErrors> {
        guard let owner = context.actor else { throw StrideError.notSignedIn }
        let validated = input.validate(today: context.clock.today())
        guard let settings = validated.value else { return .failure(FieldErrors(validated.errors)) }
        var generator = SystemRandomNumberGenerator()
        let secret = APITokenSecret.make((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return try await context.transaction { context in
            let token = APIToken()
            token.id = context.newID()
            token.createdAt = context.now
            token.createdBy = owner
            token.name = settings.name
            token.kind = kind
            token.scope = settings.scope
            token.tokenHash = hash(secret)
            token.shown = APITokenSecret.shown(secret)
            token.expiresAt = settings.expiresOn.start
            token.$staffMember.id = owner
            try await token.create(on: context.db)
            try await context.audit(.create, .apiToken, id: token.id,
                                    "\(kind == .service ? "Service token" : "Token") “\(settings.name)” (\(settings.scope.rawValue)), expiring \(settings.expiresOn.iso)")
            return .success(Created(token: token, secret: secret))
        }
    }

    static func revoke(_ token: APIToken, in context: ServiceContext) async throws {
        guard token.revokedAt == nil else { return }
        try await context.transaction { context in
            token.revokedAt = context.now
            try await token.save(on: context.db)
            try await context.audit(.revoke, .apiToken, id: token.id, "Revoked token “\(token.name)” (\(token.shown))")
        }
    }

    /// A request's token as the sign-in reads it, with its person's columns.
    struct Authenticated: Sendable {
        let staffID: UUID
        let kind: TokenKind
        let scope: TokenScope
        let person: SignedInUserQuery.Row
    }

    /// The usable token a request's secret names and its person, in one statement, noting its use
    /// at most once a minute (so a busy integration does not write on every request).
    static func authenticate(_ secret: String, now: Date, on db: any Database) async throws -> Authenticated? {
        struct Token: Decodable {
            let id: UUID; let staff_member_id: UUID; let kind: TokenKind; let scope: TokenScope
            let expires_at: Date; let revoked_at: Date?; let last_used_at: Date?
        }
        let sql = try db.sql()
        guard let row = try await sql.raw("""
            SELECT t.id, t.staff_member_id, t.kind, t.scope, t.expires_at, t.revoked_at, t.last_used_at, \(SignedInUserQuery.columns)
            FROM api_tokens t JOIN staff_members s ON s.id = t.staff_member_id LEFT JOIN accounts a ON a.staff_member_id = s.id
            WHERE t.token_hash = \(bind: hash(secret))
            """).first() else { return nil }
        let token = try row.decode(model: Token.self)
        guard APITokenState(expiresAt: token.expires_at, revokedAt: token.revoked_at).isUsable(at: now) else { return nil }
        if token.last_used_at.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await sql.update(APIToken.schema).set("last_used_at", to: now).where("id", .equal, token.id).run()
        }
        return Authenticated(staffID: token.staff_member_id, kind: token.kind, scope: token.scope,
                             person: try row.decode(model: SignedInUserQuery.Row.self))
    }
}
