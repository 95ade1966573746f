import Fluent

struct CreateRoleGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_grants")
            // managed fields
            .id()
            .field("granted_at", .datetime)
            // data fields
            .field("role", .string, .required)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("granted_by_id", .uuid)
            // constraints
            .unique(on: "staff_member_id", "role")
            .create()
        try await database.createIndex("role_grants_role", on: "role_grants", "role")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_grants").delete()
    }
}
