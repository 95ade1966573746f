import Fluent
import SQLKit

/// The audit viewer lists events newest first, for everyone or for one person who acted: both
/// orders need an index, or each page sorts the whole trail. The index on the actor alone is
/// then a prefix of the new one, so it goes.
struct CreateAuditEventsTimeIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("audit_events_occurred_at", on: "audit_events", "occurred_at")
        try await database.createIndex("audit_events_actor_occurred_at", on: "audit_events", "actor_id", "occurred_at")
        try await database.sql().drop(index: "audit_events_actor_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.createIndex("audit_events_actor_id", on: "audit_events", "actor_id")
        try await database.sql().drop(index: "audit_events_actor_occurred_at").run()
        try await database.sql().drop(index: "audit_events_occurred_at").run()
    }
}
