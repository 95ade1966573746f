import Fluent

/// Rounds of upward feedback on responsible chiefs, each with the questions and threshold it
/// opened with, and once closed its compiled report.
struct CreateUpwardFeedbackRounds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("upward_feedback_rounds")
            // managed fields
            .id()
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid)
            .field("closed_at", .datetime)
            .field("closed_by", .uuid)
            // data fields
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("status", .string, .required)
            .field("threshold", .int, .required)
            .field("questions", .string, .required)
            .field("invited_count", .int, .required)
            .field("response_count", .int, .required)
            .field("report", .string)
            // relationships
            .field("chief_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("cycle_id", .uuid, .references("appraisal_cycles", "id", onDelete: .setNull))
            .create()
        // A chief's rounds, for their page and their End of Cycle form.
        try await database.createIndex("upward_feedback_rounds_chief", on: "upward_feedback_rounds", "chief_id", "opens_on")
        // The open rounds due to close.
        try await database.createIndex("upward_feedback_rounds_status", on: "upward_feedback_rounds", "status", "closes_on")
        // Whether a cycle already has its round.
        try await database.createIndex("upward_feedback_rounds_cycle", on: "upward_feedback_rounds", "cycle_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("upward_feedback_rounds").delete()
    }
}
