import Fluent

struct CreateWorkgroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroups")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("purpose", .string, .required)
            .field("end_date", .string)
            // relationships
            .field("lead_id", .uuid, .required, .references("staff_members", "id", onDelete: .restrict))
            // constraints
            .unique(on: "name")
            .create()
        try await database.createIndex("workgroups_lead_id", on: "workgroups", "lead_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroups").delete()
    }
}
