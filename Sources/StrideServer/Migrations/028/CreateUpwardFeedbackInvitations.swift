import Fluent

/// Who is invited to each round and whether they have responded: kept apart from the responses,
/// only to refuse a second response and to remind those who have not. It has no time of response.
struct CreateUpwardFeedbackInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("upward_feedback_invitations")
            // managed fields
            .id()
            // data fields
            .field("responded", .bool, .required)
            // relationships
            .field("round_id", .uuid, .required, .references("upward_feedback_rounds", "id", onDelete: .cascade))
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .unique(on: "round_id", "staff_member_id")
            .create()
        // A person's invitations, for their list and home page.
        try await database.createIndex("upward_feedback_invitations_staff", on: "upward_feedback_invitations", "staff_member_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("upward_feedback_invitations").delete()
    }
}
