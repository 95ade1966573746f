import Fluent

struct CreateAuditEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("occurred_at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid)
            .field("summary", .string, .required)
            .create()
        try await database.createIndex("audit_events_entity", on: "audit_events", "entity", "entity_id", "occurred_at")
        try await database.createIndex("audit_events_actor_id", on: "audit_events", "actor_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
