import Crypto
import Fluent
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

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

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

    /// The usable token a request's secret names, noting its use at most once a minute (so a
    /// busy integration does not write on every request).
    static func authenticate(_ secret: String, now: Date, on db: any Database) async throws -> APIToken? {
        guard let token = try await APIToken.query(on: db).filter(\.$tokenHash == hash(secret)).first(), token.state.isUsable(at: now) else {
            return nil
        }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            token.lastUsedAt = now
            try await token.save(on: db)
        }
        return token
    }
}
