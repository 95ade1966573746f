import Fluent

struct CreateWorkgroupMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroup_memberships")
            // managed fields
            .id()
            .field("joined_at", .datetime)
            // data fields
            .field("role", .string, .required)
            // relationships
            .field("workgroup_id", .uuid, .required, .references("workgroups", "id", onDelete: .cascade))
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            // constraints
            .unique(on: "workgroup_id", "staff_member_id")
            .create()
        try await database.createIndex("workgroup_memberships_staff_member_id", on: "workgroup_memberships", "staff_member_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroup_memberships").delete()
    }
}
