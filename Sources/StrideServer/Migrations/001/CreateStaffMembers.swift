import Fluent

struct CreateStaffMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("staff_members")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("staff_number", .string, .required)
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("grade", .string, .required)
            .field("job_title", .string, .required)
            .field("entry_on_duty", .string, .required)
            .field("contract_type", .string, .required)
            .field("status", .string, .required)
            // relationships
            .field("unit_id", .uuid, .references("organisational_units", "id", onDelete: .setNull))
            .field("supervisor_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            // constraints
            .unique(on: "staff_number")
            .unique(on: "email")
            .create()
        try await database.createIndex("staff_members_unit_id", on: "staff_members", "unit_id")
        try await database.createIndex("staff_members_supervisor_id", on: "staff_members", "supervisor_id")
        try await database.createIndex("staff_members_name", on: "staff_members", "name")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff_members").delete()
    }
}
