import Fluent

/// The skills a workgroup's work needs, each at a level, essential or desirable: what its
/// skills matrix measures the members against.
struct CreateWorkgroupSkillNeeds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroup_skill_needs")
            // managed fields
            .id()
            // data fields
            .field("level", .int, .required)
            .field("essential", .bool, .required)
            .field("position", .int, .required)
            // relationships
            .field("workgroup_id", .uuid, .required, .references("workgroups", "id", onDelete: .cascade))
            .field("skill_id", .uuid, .required, .references("skills", "id", onDelete: .cascade))
            .unique(on: "workgroup_id", "skill_id")
            .create()
        // Which workgroups need a skill: a framework's re-import checks it.
        try await database.createIndex("workgroup_skill_needs_skill_id", on: "workgroup_skill_needs", "skill_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroup_skill_needs").delete()
    }
}
