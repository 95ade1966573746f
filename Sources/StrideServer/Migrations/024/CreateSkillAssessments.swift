import Fluent

/// Skill levels people propose for themselves, each with their manager's decision once made.
struct CreateSkillAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skill_assessments")
            // managed fields
            .id()
            .field("proposed_at", .datetime, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid)
            // data fields
            .field("level", .int, .required)
            .field("evidence", .string, .required)
            .field("indicators", .string, .required)
            .field("status", .string, .required)
            .field("decided_level", .int)
            .field("comment", .string)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("skill_id", .uuid, .required, .references("skills", "id", onDelete: .cascade))
            .create()
        // A person's history of each skill, in order; their confirmed levels are its latest decisions.
        try await database.createIndex("skill_assessments_staff_skill_proposed", on: "skill_assessments",
                                       "staff_member_id", "skill_id", "proposed_at")
        // What waits for a decision, for a manager's queue.
        try await database.createIndex("skill_assessments_status_staff", on: "skill_assessments", "status", "staff_member_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skill_assessments").delete()
    }
}
