import Fluent

/// Job roles and the skills each requires, at a level, essential or desirable.
struct CreateRoleProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_profiles")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("name", .string, .required)
            // The name folded for case-insensitive uniqueness and lookup by the staff import.
            .field("name_key", .string, .required)
            .field("description", .string)
            .field("record_version", .int, .required)
            .unique(on: "name_key")
            .create()
        try await database.schema("role_profile_requirements")
            // managed fields
            .id()
            // data fields
            .field("level", .int, .required)
            .field("essential", .bool, .required)
            .field("position", .int, .required)
            // relationships
            .field("role_profile_id", .uuid, .required, .references("role_profiles", "id", onDelete: .cascade))
            // A skill a framework re-import removes takes its requirements with it (the import says so).
            .field("skill_id", .uuid, .required, .references("skills", "id", onDelete: .cascade))
            .unique(on: "role_profile_id", "skill_id")
            .create()
        // Which roles require a skill: the framework re-import's check and the skill's page.
        try await database.createIndex("role_profile_requirements_skill_id", on: "role_profile_requirements", "skill_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_profile_requirements").delete()
        try await database.schema("role_profiles").delete()
    }
}
