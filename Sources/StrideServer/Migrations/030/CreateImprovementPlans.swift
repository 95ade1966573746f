import Fluent

/// Performance improvement plans: what the manager wrote, the staff member's own view, the
/// six-month review and the Reports Board's review of it.
struct CreateImprovementPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("improvement_plans")
            // managed fields
            .id()
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid)
            .field("updated_at", .datetime, .required)
            .field("record_version", .int, .required)
            // data fields
            .field("stage", .string, .required)
            .field("starts_on", .string, .required)
            .field("review_due_on", .string, .required)
            .field("content", .string, .required)
            .field("own_view", .string)
            .field("support_concerns", .string)
            .field("own_view_at", .datetime)
            .field("review_progress", .string)
            .field("review_next_step", .string)
            .field("review_summary", .string)
            .field("reviewed_at", .datetime)
            .field("reviewed_by", .uuid)
            .field("board_comment", .string)
            .field("board_reviewed_at", .datetime)
            .field("board_reviewed_by", .uuid)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("end_of_cycle_form_id", .uuid, .references("appraisal_forms", "id", onDelete: .setNull))
            .create()
        // A person's plans, on their profile.
        try await database.createIndex("improvement_plans_staff", on: "improvement_plans", "staff_member_id", "starts_on")
        // Plans by stage and review date: reviews due, and the Board's queue.
        try await database.createIndex("improvement_plans_stage", on: "improvement_plans", "stage", "review_due_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("improvement_plans").delete()
    }
}
