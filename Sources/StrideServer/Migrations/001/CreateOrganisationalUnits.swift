import Fluent

struct CreateOrganisationalUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisational_units")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("name", .string, .required)
            .field("code", .string, .required)
            // relationships
            .field("parent_id", .uuid, .references("organisational_units", "id", onDelete: .restrict))
            // the chief is a staff member; no foreign key because staff_members refers back here
            .field("chief_id", .uuid)
            // constraints
            .unique(on: "code")
            .create()
        try await database.createIndex("organisational_units_parent_id", on: "organisational_units", "parent_id")
        try await database.createIndex("organisational_units_chief_id", on: "organisational_units", "chief_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisational_units").delete()
    }
}
