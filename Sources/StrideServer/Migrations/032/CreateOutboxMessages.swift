import Fluent

/// E-mail waiting to be sent, sent, or failed with its error: the outbox a notification's e-mail
/// goes through, retried with back-off (by the one server holding the job's lease).
struct CreateOutboxMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            // managed fields
            .id()
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            // data fields
            .field("to_address", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string)
            // relationships
            .field("notification_id", .uuid, .references("notifications", "id", onDelete: .setNull))
            .create()
        // The messages to send next.
        try await database.createIndex("outbox_messages_pending", on: "outbox_messages", "sent_at", "next_attempt_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").delete()
    }
}
