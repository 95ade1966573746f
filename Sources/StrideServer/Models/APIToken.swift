import Fluent
import Foundation
import StrideCore

/// A personal access token or service token (`TokenScope`, `TokenKind`); the secret itself is
/// never stored, only its SHA-256 hash.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "created_by") var createdBy: UUID?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: TokenKind
    @Field(key: "scope") var scope: TokenScope
    @Field(key: "token_hash") var tokenHash: String
    /// The secret's prefix and first characters, for lists.
    @Field(key: "shown") var shown: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    // relationships
    /// Who the token acts as.
    @Parent(key: "staff_member_id") var staffMember: StaffMember

    init() {}

    var state: APITokenState { APITokenState(expiresAt: expiresAt, revokedAt: revokedAt) }
}
