import Fluent

/// The questions and anonymity threshold new upward feedback rounds open with: one row, written
/// when HR first changes the standard template.
struct CreateUpwardFeedbackTemplates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("upward_feedback_templates")
            // managed fields
            .id()
            .field("updated_at", .datetime, .required)
            .field("updated_by", .uuid)
            // data fields
            .field("threshold", .int, .required)
            .field("include_sub_units", .bool, .required)
            .field("questions", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("upward_feedback_templates").delete()
    }
}
