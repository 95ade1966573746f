import Fluent

/// Frameworks, their level scale and categories. One row per (name, version): the keys are
/// the names folded for comparison, so "SFIA 9" and "sfia  9" are the same framework.
struct CreateSkillsFrameworks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skills_frameworks")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("name", .string, .required)
            .field("version", .string, .required)
            .field("name_key", .string, .required)
            .field("version_key", .string, .required)
            .field("publisher", .string, .required)
            .field("source_file_name", .string)
            .field("source_format", .string, .required)
            .field("imported_at", .datetime, .required)
            // constraints
            .unique(on: "name_key", "version_key")
            .create()

        try await database.schema("framework_levels")
            .id()
            .field("framework_id", .uuid, .required, .references("skills_frameworks", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("name", .string, .required)
            .field("descriptor", .string)
            .unique(on: "framework_id", "number")
            .create()

        try await database.schema("skill_categories")
            .id()
            .field("framework_id", .uuid, .required, .references("skills_frameworks", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("subcategories", .string, .required)   // JSON array of names, in source order
            .field("position", .int, .required)
            .unique(on: "framework_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skill_categories").delete()
        try await database.schema("framework_levels").delete()
        try await database.schema("skills_frameworks").delete()
    }
}
