import Fluent

struct CreateLoginFailures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_failures")
            .id()
            .field("scope", .string, .required)
            .field("key", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await database.createIndex("login_failures_lookup", on: "login_failures", "scope", "key", "occurred_at")
        try await database.createIndex("login_failures_occurred_at", on: "login_failures", "occurred_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_failures").delete()
    }
}
