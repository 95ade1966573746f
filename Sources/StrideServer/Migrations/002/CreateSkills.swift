import Fluent

/// Skills, each level of each skill, and each behavioural indicator of a level. `framework_id`
/// is repeated on levels and indicators so a whole framework loads in one query per table.
struct CreateSkills: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skills")
            // managed fields
            .id()
            // data fields
            .field("code", .string)
            .field("name", .string, .required)
            .field("category", .string, .required)
            .field("subcategory", .string)
            .field("description", .string, .required)
            .field("summary_description", .string)
            .field("guidance_notes", .string, .required)   // JSON array of paragraphs
            .field("activities", .string, .required)       // JSON array of items
            .field("position", .int, .required)
            // relationships
            .field("framework_id", .uuid, .required, .references("skills_frameworks", "id", onDelete: .cascade))
            // constraints
            .unique(on: "framework_id", "name")
            .create()
        try await database.createIndex("skills_framework_id_position", on: "skills", "framework_id", "position")
        try await database.createIndex("skills_framework_id_code", on: "skills", "framework_id", "code")

        try await database.schema("skill_levels")
            .id()
            .field("skill_id", .uuid, .required, .references("skills", "id", onDelete: .cascade))
            .field("framework_id", .uuid, .required, .references("skills_frameworks", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("defined", .bool, .required)
            .field("summary", .string)
            .field("note", .string)
            .unique(on: "skill_id", "number")
            .create()
        try await database.createIndex("skill_levels_framework_id", on: "skill_levels", "framework_id")

        try await database.schema("skill_level_indicators")
            .id()
            .field("skill_level_id", .uuid, .required, .references("skill_levels", "id", onDelete: .cascade))
            .field("framework_id", .uuid, .required, .references("skills_frameworks", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .unique(on: "skill_level_id", "position")
            .create()
        try await database.createIndex("skill_level_indicators_framework_id", on: "skill_level_indicators", "framework_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skill_level_indicators").delete()
        try await database.schema("skill_levels").delete()
        try await database.schema("skills").delete()
    }
}
