import Fluent

/// What each person is told in Stride: reminders of what is due, each once (its key is unique).
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            // managed fields
            .id()
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            // data fields
            .field("dedupe_key", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string, .required)
            // relationships
            .field("recipient_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .unique(on: "dedupe_key")
            .create()
        // A person's notifications, the latest first, and their unread count in every page's header.
        try await database.createIndex("notifications_recipient", on: "notifications", "recipient_id", "read_at", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
    }
}
