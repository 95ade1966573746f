import Fluent

/// Every step of a form's life: each save, transition and signature with the content as it
/// then stood, so every signed version stays readable after a correction.
struct CreateAppraisalFormEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_form_events")
            // managed fields
            .id()
            .field("occurred_at", .datetime, .required)
            // data fields
            .field("action", .string, .required)
            .field("state", .string, .required)
            .field("record_version", .int, .required)
            .field("content", .string, .required)
            .field("comment", .string)
            .field("actor_id", .uuid)
            // relationships
            .field("form_id", .uuid, .required, .references("appraisal_forms", "id", onDelete: .cascade))
            .create()
        try await database.createIndex("appraisal_form_events_form_id", on: "appraisal_form_events", "form_id", "occurred_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appraisal_form_events").delete()
    }
}
