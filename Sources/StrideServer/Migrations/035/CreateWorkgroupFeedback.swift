import Fluent

/// Feedback a workgroup's lead gives a member on their work: a strength or an improvement,
/// optionally on a task; the member reads it, and it shows on their cycle's timeline.
struct CreateWorkgroupFeedback: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroup_feedback")
            // managed fields
            .id()
            .field("given_at", .datetime, .required)
            // data fields
            .field("kind", .string, .required)
            .field("text", .string, .required)
            // relationships
            .field("workgroup_id", .uuid, .required, .references("workgroups", "id", onDelete: .cascade))
            .field("member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("giver_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            .field("task_id", .uuid, .references("work_tasks", "id", onDelete: .setNull))
            .create()
        // A member's feedback in date order: their timeline and the End of Cycle.
        try await database.createIndex("workgroup_feedback_member", on: "workgroup_feedback", "member_id", "given_at")
        try await database.createIndex("workgroup_feedback_workgroup", on: "workgroup_feedback", "workgroup_id", "given_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroup_feedback").delete()
    }
}
