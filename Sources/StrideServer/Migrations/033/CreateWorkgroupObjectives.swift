import Fluent

/// What a workgroup is to achieve, contributing to a unit outcome: an owner, a period, and the
/// lead's override of the status its criteria give, with the reason.
struct CreateWorkgroupObjectives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroup_objectives")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("title", .string, .required)
            .field("description", .string)
            .field("starts_on", .string, .required)
            .field("due_on", .string, .required)
            .field("status_override", .string)
            .field("override_reason", .string)
            .field("record_version", .int, .required)
            // relationships
            .field("workgroup_id", .uuid, .required, .references("workgroups", "id", onDelete: .cascade))
            .field("unit_outcome_id", .uuid, .references("unit_outcomes", "id", onDelete: .setNull))
            .field("owner_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .create()
        // A workgroup's objectives on its page.
        try await database.createIndex("workgroup_objectives_workgroup", on: "workgroup_objectives", "workgroup_id", "due_on")
        // The objectives under a unit outcome, on the alignment page.
        try await database.createIndex("workgroup_objectives_unit_outcome_id", on: "workgroup_objectives", "unit_outcome_id")
        // An owner's objectives, on their manager's dashboard.
        try await database.createIndex("workgroup_objectives_owner_id", on: "workgroup_objectives", "owner_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroup_objectives").delete()
    }
}
