import Fluent

/// Rounds of skills assessment: HR asks everyone, a unit or a role's holders to propose their
/// levels by a date.
struct CreateSkillRounds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skill_rounds")
            // managed fields
            .id()
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid)
            // data fields
            .field("name", .string, .required)
            .field("scope", .string, .required)
            .field("due_on", .string, .required)
            // relationships
            .field("unit_id", .uuid, .references("organisational_units", "id", onDelete: .cascade))
            .field("role_profile_id", .uuid, .references("role_profiles", "id", onDelete: .cascade))
            .create()
        // The rounds still open, for everyone's home page.
        try await database.createIndex("skill_rounds_due_on", on: "skill_rounds", "due_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skill_rounds").delete()
    }
}
