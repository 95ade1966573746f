import Fluent

/// Personal access tokens and HR's service tokens for the JSON API: only a hash of each secret
/// is kept, with what lists show of it, its scope, its expiry, when it was last used and revoked.
struct CreateAPITokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            // managed fields
            .id()
            .field("created_at", .datetime, .required)
            .field("created_by", .uuid)
            // data fields
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("scope", .string, .required)
            .field("token_hash", .string, .required)
            .field("shown", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            // constraints: a request finds its token by hash
            .unique(on: "token_hash")
            .create()
        // A person's tokens on their page.
        try await database.createIndex("api_tokens_staff_member", on: "api_tokens", "staff_member_id", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
