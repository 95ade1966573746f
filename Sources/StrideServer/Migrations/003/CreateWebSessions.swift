import Fluent

/// Sign-in sessions, shared by every app server. The key is a hash of the cookie value, so the
/// table alone cannot be used to take over a session; expiry and the owner are columns so
/// stale sessions can be purged and a person's sessions ended together.
struct CreateWebSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("web_sessions")
            .field("key_hash", .string, .identifier(auto: false))
            .field("staff_member_id", .uuid, .references("staff_members", "id", onDelete: .cascade))
            .field("data", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        try await database.createIndex("web_sessions_expires_at", on: "web_sessions", "expires_at")
        try await database.createIndex("web_sessions_staff_member_id", on: "web_sessions", "staff_member_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("web_sessions").delete()
    }
}
