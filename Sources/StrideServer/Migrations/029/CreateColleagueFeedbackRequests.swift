import Fluent

/// The colleagues designated for a staff member on probation, each asked for feedback by the
/// probationary report, and the feedback each gave (with their name: it is not anonymous).
struct CreateColleagueFeedbackRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("colleague_feedback_requests")
            // managed fields
            .id()
            .field("designated_at", .datetime, .required)
            .field("designated_by", .uuid)
            .field("given_at", .datetime)
            // data fields
            .field("due_on", .string, .required)
            .field("ratings", .string)
            .field("strengths", .string)
            .field("development", .string)
            // relationships
            .field("cycle_id", .uuid, .required, .references("appraisal_cycles", "id", onDelete: .cascade))
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("colleague_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .unique(on: "cycle_id", "colleague_id")
            .create()
        // What a colleague is asked for, on their feedback page and home page.
        try await database.createIndex("colleague_feedback_requests_colleague", on: "colleague_feedback_requests", "colleague_id", "given_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("colleague_feedback_requests").delete()
    }
}
